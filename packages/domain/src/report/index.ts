export * from "./assemble.ts";
export * from "./figures.ts";
export * from "./labels.ts";
export * from "./partner-view.ts";
