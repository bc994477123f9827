export * from "./assessments.ts";
export * from "./certificates.ts";
export * from "./enrollments.ts";
