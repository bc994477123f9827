export * from "./errors.ts";
export * from "./program.ts";
export * from "./schemas.ts";
