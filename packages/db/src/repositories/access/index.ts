export * from "./api-keys.ts";
export * from "./audit.ts";
export * from "./sessions.ts";
export * from "./users.ts";
