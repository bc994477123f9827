export * from "./cohorts.ts";
export * from "./inmate-export.ts";
export * from "./inmates.ts";
export * from "./programs.ts";
export * from "./record-grants.ts";
