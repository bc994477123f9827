export * from "./area.ts";
