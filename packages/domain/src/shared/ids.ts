/** Ids are UUID strings generated outside the domain and passed in. */
export type Id = string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `s` looks like a UUID. */
export const isUuid = (s: string): boolean => UUID.test(s);
