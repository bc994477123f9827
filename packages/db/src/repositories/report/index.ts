export * from "./alerts-read.ts";
export * from "./figures.ts";
export * from "./read.ts";
export * from "./reports.ts";
