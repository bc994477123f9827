export * from "./alert-emails.ts";
export * from "./alerts-raise.ts";
export * from "./alerts-read.ts";
export * from "./figures.ts";
export * from "./make.ts";
export * from "./read.ts";
export * from "./reports.ts";
export * from "./runs.ts";
