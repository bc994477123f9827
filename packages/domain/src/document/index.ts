export * from "./document.ts";
export * from "./errors.ts";
export * from "./schemas.ts";
