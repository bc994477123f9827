export * from "./residents.ts";
export * from "./suppression.ts";
