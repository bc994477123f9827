export * from "./activity-figures.ts";
export * from "./agreement-figures.ts";
export * from "./assemble.ts";
export * from "./figures.ts";
export * from "./input.ts";
export * from "./period.ts";
export * from "./unit-figures.ts";
