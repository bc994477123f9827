export * from "./action-items.ts";
export * from "./agreements.ts";
export * from "./coverage.ts";
export * from "./ending.ts";
export * from "./outcomes.ts";
export * from "./versions.ts";
