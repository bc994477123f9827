export * from "./area.ts";
export * from "./regency-successors.ts";
