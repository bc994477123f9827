import type { StandardCooperationField } from "../agreement/agreement.ts";

/**
 * The unit a row of figures is about: a facility, or the agreements a regional office or the
 * directorate signed themselves (they belong to no facility, so they get a row of their own).
 */
export interface ReportUnit {
  readonly kind: "facility" | "regional_office" | "directorate";
  /** The facility's or regional office's id; null for the directorate. */
  readonly id: string | null;
  readonly name: string;
  /** The regional office the unit reports to (a facility's Kanwil, the office itself); null for the directorate. */
  readonly regionalOfficeId: string | null;
  /** The IANA zone whose calendar month the row counts (the facility's; the office's province zone). */
  readonly timeZone: string;
}

/** Agreement counts for the month (signed etc. by local signing date; states as of the month's last day). */
export interface AgreementFigures {
  readonly activeAtEnd: number;
  readonly signed: number;
  readonly renewed: number;
  readonly terminated: number;
  readonly expired: number;
  readonly expiringNext90: number;
}

/** Action-plan realisation: items due by month end, and those whose realised amount reached the target. */
export interface ActionPlanFigures {
  readonly itemsInForce: number;
  readonly itemsDue: number;
  readonly itemsMet: number;
}

/** Visits in the month and follow-ups: overdue at month end, done in the month. */
export interface EngagementFigures {
  readonly visits: number;
  readonly followUpsOverdueAtEnd: number;
  readonly followUpsDone: number;
}

/** Training in the month. Rates are not stored: they are derived from these summable counts. */
export interface TrainingFigures {
  readonly cohortsRunning: number;
  readonly enrollments: number;
  readonly completions: number;
  /** Enrollments that ended in the month otherwise (withdrawn, transferred, released). */
  readonly endedOtherwise: number;
  readonly certificatesIssued: number;
  /** Distinct inmates enrolled in a cohort running at some point in the month. */
  readonly inmatesTrained: number;
  /** Population on the latest snapshot on or before month end (0 when none). */
  readonly population: number;
}

/** Residents served, by domicile area (the inmate's domicile, else the NIK's mapped area). */
export interface DomicileFigures {
  readonly areaCode: string;
  readonly inmates: number;
  readonly trained: number;
  readonly certified: number;
}

/** A licence expiring within 60 days after month end (or already expired and not renewed). */
export interface ExpiringLicence {
  readonly licenceId: string;
  readonly facilityId: string;
  readonly type: string;
  readonly number: string | null;
  readonly expiresOn: string;
}

/** What one agreement funded, cumulatively up to month end. */
export interface AgreementOutcome {
  readonly agreementId: string;
  readonly title: string;
  readonly cohortsFunded: number;
  readonly enrolled: number;
  readonly completed: number;
  readonly certified: number;
}

/** Every figure of one unit for one month. Coverage: 1 when an agreement in force covers the field. */
export interface UnitFigures {
  readonly unit: ReportUnit;
  readonly agreements: AgreementFigures;
  readonly coverage: { readonly [F in StandardCooperationField]: number };
  readonly actionPlan: ActionPlanFigures;
  readonly engagements: EngagementFigures;
  readonly training: TrainingFigures;
  readonly domicile: readonly DomicileFigures[];
  readonly licencesExpiring: readonly ExpiringLicence[];
  readonly outcomes: readonly AgreementOutcome[];
}

/** The totals of a report: the same counts summed over its units (coverage = units covered). */
export type ReportTotals = Omit<UnitFigures, "unit">;

/** The scope a report is made for. */
export type ReportScope =
  | { readonly kind: "facility"; readonly facilityId: string }
  | { readonly kind: "regional_office"; readonly regionalOfficeId: string }
  | { readonly kind: "national" };

/** The content of a report snapshot: its units (facilities, then own rows) and their exact sum. */
export interface ReportContent {
  readonly scope: ReportScope;
  /** Calendar month, `YYYY-MM`, each unit in its own time zone. */
  readonly period: string;
  readonly units: readonly UnitFigures[];
  readonly totals: ReportTotals;
}
