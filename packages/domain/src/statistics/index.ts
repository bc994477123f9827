export * from "./residents.ts";
