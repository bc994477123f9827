export * from "./regional-office.ts";
