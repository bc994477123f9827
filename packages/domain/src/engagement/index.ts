export * from "./engagement.ts";
export * from "./errors.ts";
export * from "./follow-up.ts";
export * from "./lifecycle.ts";
export * from "./schemas.ts";
