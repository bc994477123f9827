export * from "./figures.ts";
export * from "./reports.ts";
