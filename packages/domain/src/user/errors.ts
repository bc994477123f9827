/** User account error codes. */
export type UserErrorCode =
  | "user/cannot-disable-self"
  | "user/cannot-change-own-access"
  | "user/cannot-reset-own-password"
  | "user/already-disabled"
  | "user/not-disabled"
  | "user/scope-misfit";
