export * from "./errors.ts";
export * from "./partner.ts";
