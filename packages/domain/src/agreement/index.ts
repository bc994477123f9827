export * from "./action-item.ts";
export * from "./agreement.ts";
export * from "./amendment.ts";
export * from "./errors.ts";
export * from "./lifecycle.ts";
export * from "./renewal.ts";
export * from "./schemas.ts";
export * from "./status.ts";
