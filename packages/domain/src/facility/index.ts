export * from "./facility.ts";
