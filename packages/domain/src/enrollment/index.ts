export * from "./batch.ts";
export * from "./bulk-schemas.ts";
export * from "./eligibility.ts";
export * from "./enrollment.ts";
export * from "./errors.ts";
export * from "./lifecycle.ts";
export * from "./schemas.ts";
