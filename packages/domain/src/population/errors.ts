/** Error codes of population snapshots. */
export type PopulationErrorCode = "population/status-sum-mismatch" | "population/domicile-exceeds-total";
