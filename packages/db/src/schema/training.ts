import type { SentenceFacts } from "@sinergi/domain";
import type { Generated, GeneratedAlways } from "kysely";
import type { Timestamp } from "./core.ts";
import type { Json } from "./organisation.ts";

/** inmates */
export interface InmatesTable {
  id: string;
  facilityId: string;
  registrationNumber: string;
  name: string;
  nik: string | null;
  sex: string;
  birthDate: string;
  legalStatus: string;
  domicileRegencyCode: string | null;
  admissionDate: string;
  expectedReleaseDate: string | null;
  nikValidation: Generated<string>;
  /** Sentence facts (start, length, remissions) as the domain states them; null while unknown. */
  sentence: Json<SentenceFacts | null>;
  /** Recorded domicile, else the NIK's regency under today's code (a stored generated column). */
  effectiveDomicileCode: GeneratedAlways<string | null>;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** programs */
export interface ProgramsTable {
  id: string;
  name: string;
  track: string;
  field: string;
  providerPartnerId: string | null;
  fundingAgreementId: string | null;
  /** The regional office whose register holds it; null: the national register. */
  ownerRegionalOfficeId: Generated<string | null>;
  minAttendanceShare: Generated<number>;
  certificationScheme: Json<unknown | null>;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** cohorts */
export interface CohortsTable {
  id: string;
  programId: string;
  facilityId: string;
  name: string;
  startDate: string;
  endDate: string;
  capacity: number;
  place: string | null;
  instructors: Json<unknown[]>;
  eligibility: Json<unknown>;
  plannedSessions: number | null;
  state: string;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Training tables. */
export interface TrainingTables {
  inmates: InmatesTable;
  programs: ProgramsTable;
  cohorts: CohortsTable;
}
