/** Licence error codes. */
export type LicenceErrorCode =
  | "licence/illegal-transition"
  | "licence/invalid-dates"
  | "licence/not-yet-expired";
