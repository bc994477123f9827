export * from "./errors.ts";
export * from "./facility.ts";
