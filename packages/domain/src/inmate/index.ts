export * from "./errors.ts";
export * from "./inmate.ts";
export * from "./nik.ts";
export * from "./schemas.ts";
export * from "./sentence.ts";
export * from "./sentence-schemas.ts";
