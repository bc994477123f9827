/** Partner rule error codes. */
export type PartnerErrorCode = "partner/parent-cycle" | "partner/parent-kind";
