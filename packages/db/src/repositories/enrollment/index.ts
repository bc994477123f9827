export * from "./certificates.ts";
export * from "./enrollments.ts";
