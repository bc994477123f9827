export * from "./access/index.ts";
export * from "./agreement/index.ts";
export * from "./engagement/index.ts";
export * from "./enrollment/index.ts";
export * from "./organisation/index.ts";
export * from "./regional-office/index.ts";
export * from "./statistics/index.ts";
export * from "./training/index.ts";
