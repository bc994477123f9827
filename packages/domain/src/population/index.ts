export * from "./errors.ts";
export * from "./population.ts";
