/** @sinergi/domain: the pure model of Sinergi (no I/O, no clock). */
export * from "./access/index.ts";
export * from "./agreement/index.ts";
export * from "./area/index.ts";
export * from "./certificate/index.ts";
export * from "./cohort/index.ts";
export * from "./engagement/index.ts";
export * from "./enrollment/index.ts";
export * from "./facility/index.ts";
export * from "./inmate/index.ts";
export * from "./licence/index.ts";
export * from "./partner/index.ts";
export * from "./population/index.ts";
export * from "./program/index.ts";
export * from "./regional-office/index.ts";
export * from "./shared/index.ts";
export * from "./statistics/index.ts";
export * from "./user/index.ts";
