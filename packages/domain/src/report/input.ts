import type { AgreementKind, AgreementState } from "../agreement/agreement.ts";
import type { CohortState } from "../cohort/cohort.ts";
import type { FollowUpState } from "../engagement/follow-up.ts";
import type { EnrollmentState } from "../enrollment/enrollment.ts";
import type { ReportUnit } from "./figures.ts";

/** An agreement as the figures read it (its signing unit is the report unit). */
export interface AgreementRow {
  readonly id: string;
  readonly kind: AgreementKind;
  readonly title: string;
  readonly state: AgreementState;
  /** The local day it was signed (in the signing unit's zone); null while unsigned. */
  readonly signedOn: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly terminatedOn: string | null;
  readonly fields: readonly string[];
}

/** An agreement that renews another (its successor), wherever it was signed. */
export interface RenewalRow {
  readonly renewsId: string;
  readonly state: AgreementState;
  readonly signedOn: string | null;
}

/** A correction of an action item's realised amount, kept with its instant. */
export interface AdjustmentRow {
  readonly id: string;
  readonly adjustedAt: string;
  readonly previousAmount: number;
  readonly realisedAmount: number;
}

/** An action item of one of the unit's agreements. */
export interface ActionItemRow {
  readonly id: string;
  readonly agreementId: string;
  readonly status: "planned" | "in_progress" | "done" | "cancelled";
  readonly targetAmount: number;
  readonly dueDate: string | null;
  /** The realised amount today (after every adjustment). */
  readonly realisedAmount: number;
  readonly adjustments: readonly AdjustmentRow[];
}

/** A follow-up of an engagement, with the instant it was closed (done or dropped). */
export interface FollowUpRow {
  readonly dueDate: string;
  readonly status: FollowUpState;
  readonly closedAt: string | null;
}

/** An engagement (visit) of the facility on its local day, with its follow-ups. */
export interface EngagementRow {
  readonly date: string;
  readonly followUps: readonly FollowUpRow[];
}

/** A cohort, with the agreement funding its program (if any). */
export interface CohortRow {
  readonly id: string;
  readonly facilityId: string;
  readonly state: CohortState;
  readonly startDate: string;
  readonly endDate: string;
  readonly fundingAgreementId: string | null;
}

/** An enrollment: when it was made and, once it ended, the instant it moved into its end state. */
export interface EnrollmentRow {
  readonly id: string;
  readonly cohortId: string;
  readonly inmateId: string;
  readonly state: EnrollmentState;
  readonly enrolledAt: string;
  readonly endedAt: string | null;
}

/** A certificate of an enrollment (revoked ones too: they were issued). */
export interface CertificateRow {
  readonly enrollmentId: string;
  readonly issuedOn: string;
}

/** An inmate as the domicile figures read it. */
export interface InmateRow {
  readonly id: string;
  readonly facilityId: string;
  readonly admissionDate: string;
  readonly domicileRegencyCode: string | null;
  readonly nik: string | null;
}

/** A population count of the facility. */
export interface PopulationRow {
  readonly takenOn: string;
  readonly total: number;
}

/** A licence of the facility. */
export interface LicenceRow {
  readonly id: string;
  readonly type: string;
  readonly number: string | null;
  readonly status: "applied" | "granted" | "expired" | "revoked";
  readonly expiresOn: string | null;
}

/** Cohorts with their enrollments and certificates. */
export interface TrainingRows {
  readonly cohorts: readonly CohortRow[];
  readonly enrollments: readonly EnrollmentRow[];
  readonly certificates: readonly CertificateRow[];
}

/**
 * Everything one unit's figures are computed from, as plain rows (the reference definition reads
 * these; the SQL reads the tables). A regional office or the directorate has only agreement rows.
 */
export interface UnitInput {
  readonly unit: ReportUnit;
  /** The agreements the unit signed itself (a facility's, or an office's / the directorate's own). */
  readonly agreements: readonly AgreementRow[];
  /** Agreements renewing one of them. */
  readonly renewals: readonly RenewalRow[];
  readonly actionItems: readonly ActionItemRow[];
  readonly engagements: readonly EngagementRow[];
  /** The facility's own cohorts (wherever their programs are funded from). */
  readonly training: TrainingRows;
  /** Cohorts (anywhere) whose program one of the unit's agreements funds. */
  readonly funded: TrainingRows;
  /** The facility's inmates and every inmate enrolled in its cohorts. */
  readonly inmates: readonly InmateRow[];
  readonly population: readonly PopulationRow[];
  readonly licences: readonly LicenceRow[];
}
