export * from "./certificate.ts";
export * from "./errors.ts";
export * from "./schemas.ts";
export * from "./verification-code.ts";
