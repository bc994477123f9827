import type { Migration } from "kysely";
import * as core from "./2026-11-23-01-core.ts";
import * as organisation from "./2026-11-23-02-organisation.ts";
import * as engagement from "./2026-11-23-03-engagement.ts";
import * as agreement from "./2026-11-23-04-agreement.ts";
import * as training from "./2026-11-23-05-training.ts";
import * as enrollment from "./2026-11-23-06-enrollment.ts";
import * as access from "./2026-11-23-07-access.ts";
import * as recordAccess from "./2026-11-23-08-record-access.ts";
import * as auditPlace from "./2026-11-23-09-audit-place.ts";
import * as accountHardening from "./2026-12-01-01-account-hardening.ts";
import * as inmateNikLookup from "./2026-12-01-02-inmate-nik-lookup.ts";
import * as registerOwners from "./2026-12-02-01-register-owners.ts";
import * as previousPassword from "./2026-12-02-03-previous-password.ts";
import * as rateLimits from "./2026-12-02-04-rate-limits.ts";
import * as idempotentReplay from "./2026-12-02-05-idempotent-replay.ts";
import * as paperAgreements from "./2026-12-03-01-paper-agreements.ts";
import * as certification from "./2026-12-03-11-certification.ts";
import * as inmateFacts from "./2026-12-03-21-inmate-facts.ts";
import * as licenceDocument from "./2026-12-04-01-licence-document.ts";
import * as reports from "./2026-12-04-11-reports.ts";
import * as reportIndexes from "./2026-12-04-31-report-indexes.ts";
import * as inmateListIndexes from "./2026-12-05-01-inmate-list-indexes.ts";
import * as enrollmentFacility from "./2026-12-06-01-enrollment-facility.ts";
import * as historyIndexes from "./2026-12-07-01-history-indexes.ts";

/** Every migration by name, in order. Landed migrations are frozen: add new files, never edit. */
export const migrations: Record<string, Migration> = {
  "2026-11-23-01-core": core,
  "2026-11-23-02-organisation": organisation,
  "2026-11-23-03-engagement": engagement,
  "2026-11-23-04-agreement": agreement,
  "2026-11-23-05-training": training,
  "2026-11-23-06-enrollment": enrollment,
  "2026-11-23-07-access": access,
  "2026-11-23-08-record-access": recordAccess,
  "2026-11-23-09-audit-place": auditPlace,
  "2026-12-01-01-account-hardening": accountHardening,
  "2026-12-01-02-inmate-nik-lookup": inmateNikLookup,
  "2026-12-02-01-register-owners": registerOwners,
  "2026-12-02-03-previous-password": previousPassword,
  "2026-12-02-04-rate-limits": rateLimits,
  "2026-12-02-05-idempotent-replay": idempotentReplay,
  "2026-12-03-01-paper-agreements": paperAgreements,
  "2026-12-03-11-certification": certification,
  "2026-12-03-21-inmate-facts": inmateFacts,
  "2026-12-04-01-licence-document": licenceDocument,
  "2026-12-04-11-reports": reports,
  "2026-12-04-31-report-indexes": reportIndexes,
  "2026-12-05-01-inmate-list-indexes": inmateListIndexes,
  "2026-12-06-01-enrollment-facility": enrollmentFacility,
  "2026-12-07-01-history-indexes": historyIndexes,
};
