export * from "./dates.ts";
export * from "./history.ts";
export * from "./ids.ts";
export * from "./result.ts";
export * from "./schemas.ts";
