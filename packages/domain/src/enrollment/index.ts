export * from "./eligibility.ts";
export * from "./enrollment.ts";
export * from "./errors.ts";
export * from "./lifecycle.ts";
export * from "./schemas.ts";
