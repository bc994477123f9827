export * from "./areas.ts";
export * from "./facilities.ts";
export * from "./licences.ts";
export * from "./partners.ts";
export * from "./population.ts";
