export * from "./action-items.ts";
export * from "./agreements.ts";
export * from "./versions.ts";
