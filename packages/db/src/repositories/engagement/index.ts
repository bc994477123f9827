export * from "./engagements.ts";
export * from "./follow-ups.ts";
