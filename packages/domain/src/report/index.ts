export * from "./assemble.ts";
export * from "./figures.ts";
