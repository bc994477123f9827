export * from "./errors.ts";
export * from "./licence.ts";
