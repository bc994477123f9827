export * from "./regional-offices.ts";
