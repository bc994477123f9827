import type { ColumnType, Generated } from "kysely";
import type { Timestamp } from "./core.ts";

/** A jsonb column: written through `json()`, read as the parsed value. */
export type Json<T> = ColumnType<T, unknown, unknown>;

/** regional_offices */
export interface RegionalOfficesTable {
  id: string;
  name: string;
  provinceCode: string;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** facilities */
export interface FacilitiesTable {
  id: string;
  regionalOfficeId: string;
  kind: string;
  class: string;
  specialisation: Generated<string>;
  name: string;
  regencyCode: string;
  timeZone: string;
  timeZoneOverride: string | null;
  capacity: number | null;
  head: Json<{ name: string; title?: string } | null>;
  contacts: Json<unknown[]>;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** facility_licences */
export interface FacilityLicencesTable {
  id: string;
  facilityId: string;
  type: string;
  number: string | null;
  issuer: string;
  status: string;
  appliedOn: string | null;
  grantedOn: string | null;
  expiresOn: string | null;
  revokedReason: string | null;
  notes: string | null;
  /** The licence's scan (migration 2026-12-04-01). */
  documentId: Generated<string | null>;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** population_snapshots */
export interface PopulationSnapshotsTable {
  id: string;
  facilityId: string;
  takenOn: string;
  total: number;
  detainees: number | null;
  convicts: number | null;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** population_domicile_counts */
export interface PopulationDomicileCountsTable {
  snapshotId: string;
  regencyCode: string;
  count: number;
}

/** partners */
export interface PartnersTable {
  id: string;
  kind: string;
  name: string;
  parentId: string | null;
  areaCode: string | null;
  /** The regional office whose register holds it; null: the national register. */
  ownerRegionalOfficeId: Generated<string | null>;
  contacts: Json<unknown[]>;
  fields: string[];
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Organisation tables. */
export interface OrganisationTables {
  regionalOffices: RegionalOfficesTable;
  facilities: FacilitiesTable;
  facilityLicences: FacilityLicencesTable;
  populationSnapshots: PopulationSnapshotsTable;
  populationDomicileCounts: PopulationDomicileCountsTable;
  partners: PartnersTable;
}
