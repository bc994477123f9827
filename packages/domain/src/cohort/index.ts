export * from "./cohort.ts";
export * from "./errors.ts";
export * from "./lifecycle.ts";
export * from "./schemas.ts";
