import {
  type ActionItemRow,
  type AgreementRow,
  type CohortRow,
  type EngagementRow,
  type EnrollmentRow,
  type InmateRow,
  type LicenceRow,
  provinceTimeZone,
  type RenewalRow,
  type ReportScope,
  type ReportUnit,
  type TrainingRows,
  type UnitInput,
} from "@sinergi/domain";
import type { Executor } from "../../../connection.ts";
import { ENROLLMENT_ENTITY } from "../../enrollment/enrollments.ts";
import { DIRECTORATE_NAME } from "./units.ts";

/**
 * Plain rows of every unit of a scope, read table by table with no figure logic, for the domain's
 * reference `unitFiguresOf` (the property test compares it with the SQL). Not for production: it reads
 * unit by unit.
 */
export async function loadUnitInputs(db: Executor, scope: ReportScope): Promise<UnitInput[]> {
  let fq = db.selectFrom("facilities").selectAll();
  if (scope.kind === "facility") fq = fq.where("id", "=", scope.facilityId);
  if (scope.kind === "regional_office") fq = fq.where("regionalOfficeId", "=", scope.regionalOfficeId);
  const facilities = await fq.execute();
  const offices =
    scope.kind === "facility"
      ? []
      : await db
          .selectFrom("regionalOffices")
          .selectAll()
          .$if(scope.kind === "regional_office", (q) =>
            q.where("id", "=", scope.kind === "regional_office" ? scope.regionalOfficeId : ""),
          )
          .execute();
  const units: ReportUnit[] = [
    ...facilities.map((f) => ({
      kind: "facility" as const,
      id: f.id,
      name: f.name,
      regionalOfficeId: f.regionalOfficeId,
      timeZone: f.timeZoneOverride ?? f.timeZone,
    })),
    ...offices.map((o) => ({
      kind: "regional_office" as const,
      id: o.id,
      name: o.name,
      regionalOfficeId: o.id,
      timeZone: provinceTimeZone(o.provinceCode),
    })),
    ...(scope.kind === "national"
      ? [
          {
            kind: "directorate" as const,
            id: null,
            name: DIRECTORATE_NAME,
            regionalOfficeId: null,
            timeZone: "Asia/Jakarta",
          },
        ]
      : []),
  ];
  const out: UnitInput[] = [];
  for (const unit of units) out.push(await loadUnit(db, unit));
  return out;
}

async function loadUnit(db: Executor, unit: ReportUnit): Promise<UnitInput> {
  const facilityId = unit.kind === "facility" ? unit.id : null;
  const own = await db
    .selectFrom("agreements")
    .selectAll()
    .where((eb) =>
      unit.kind === "facility"
        ? eb("facilityId", "=", unit.id ?? "")
        : unit.kind === "regional_office"
          ? eb.and([eb("regionalOfficeId", "=", unit.id ?? ""), eb("facilityId", "is", null)])
          : eb.and([eb("regionalOfficeId", "is", null), eb("facilityId", "is", null)]),
    )
    .execute();
  const ids = own.map((a) => a.id);
  const agreements: AgreementRow[] = own.map((a) => ({
    id: a.id,
    kind: a.kind as AgreementRow["kind"],
    title: a.title,
    state: a.state as AgreementRow["state"],
    signedOn: a.signedOn,
    startDate: a.startDate,
    endDate: a.endDate,
    terminatedOn: a.terminatedOn,
    fields: a.fields,
  }));
  const renewals: RenewalRow[] =
    ids.length === 0
      ? []
      : (
          await db
            .selectFrom("agreements")
            .select(["renewsId", "state", "signedOn"])
            .where("renewsId", "in", ids)
            .execute()
        ).map((r) => ({
          renewsId: r.renewsId ?? "",
          state: r.state as RenewalRow["state"],
          signedOn: r.signedOn,
        }));
  const items =
    ids.length === 0
      ? []
      : await db.selectFrom("actionItems").selectAll().where("agreementId", "in", ids).execute();
  const adjustments =
    items.length === 0
      ? []
      : await db
          .selectFrom("actionItemAdjustments")
          .selectAll()
          .where(
            "actionItemId",
            "in",
            items.map((i) => i.id),
          )
          .execute();
  const actionItems: ActionItemRow[] = items.map((i) => ({
    id: i.id,
    agreementId: i.agreementId,
    status: i.status as ActionItemRow["status"],
    targetAmount: i.targetAmount,
    dueDate: i.dueDate,
    realisedAmount: i.realisedAmount,
    adjustments: adjustments
      .filter((x) => x.actionItemId === i.id)
      .map((x) => ({
        id: x.id,
        adjustedAt: x.adjustedAt,
        previousAmount: x.previousAmount,
        realisedAmount: x.realisedAmount,
      })),
  }));
  const engagements: EngagementRow[] = [];
  if (facilityId !== null) {
    const es = await db.selectFrom("engagements").selectAll().where("facilityId", "=", facilityId).execute();
    for (const e of es) {
      const fus = await db.selectFrom("followUps").selectAll().where("engagementId", "=", e.id).execute();
      engagements.push({
        date: e.date,
        followUps: fus.map((f) => ({
          dueDate: f.dueDate,
          status: f.status as "open" | "done" | "dropped",
          closedAt: f.closedAt,
        })),
      });
    }
  }
  const training =
    facilityId === null ? emptyTraining() : await trainingRows(db, { facilityId, fundingAgreementIds: null });
  const funded =
    ids.length === 0
      ? emptyTraining()
      : await trainingRows(db, { facilityId: null, fundingAgreementIds: ids });
  const inmateIds = [...new Set(training.enrollments.map((e) => e.inmateId))];
  const inmates: InmateRow[] =
    facilityId === null
      ? []
      : (
          await db
            .selectFrom("inmates")
            .select(["id", "facilityId", "admissionDate", "domicileRegencyCode", "nik"])
            .where((eb) =>
              inmateIds.length === 0
                ? eb("facilityId", "=", facilityId)
                : eb.or([eb("facilityId", "=", facilityId), eb("id", "in", inmateIds)]),
            )
            .execute()
        ).map((i) => ({ ...i }));
  const population =
    facilityId === null
      ? []
      : await db
          .selectFrom("populationSnapshots")
          .select(["takenOn", "total"])
          .where("facilityId", "=", facilityId)
          .execute();
  const licences: LicenceRow[] =
    facilityId === null
      ? []
      : (
          await db
            .selectFrom("facilityLicences")
            .select(["id", "type", "number", "status", "expiresOn"])
            .where("facilityId", "=", facilityId)
            .execute()
        ).map((l) => ({ ...l, status: l.status as LicenceRow["status"] }));
  return {
    unit,
    agreements,
    renewals,
    actionItems,
    engagements,
    training,
    funded,
    inmates,
    population,
    licences,
  };
}

const emptyTraining = (): TrainingRows => ({ cohorts: [], enrollments: [], certificates: [] });

/** Cohorts of a facility, or of the programs some agreements fund, with enrollments and certificates. */
async function trainingRows(
  db: Executor,
  by: { facilityId: string | null; fundingAgreementIds: string[] | null },
): Promise<TrainingRows> {
  const rows = await db
    .selectFrom("cohorts")
    .innerJoin("programs", "programs.id", "cohorts.programId")
    .select([
      "cohorts.id",
      "cohorts.facilityId",
      "cohorts.state",
      "cohorts.startDate",
      "cohorts.endDate",
      "programs.fundingAgreementId",
    ])
    .$if(by.facilityId !== null, (q) => q.where("cohorts.facilityId", "=", by.facilityId ?? ""))
    .$if(by.fundingAgreementIds !== null, (q) =>
      q.where("programs.fundingAgreementId", "in", by.fundingAgreementIds ?? []),
    )
    .execute();
  const cohorts: CohortRow[] = rows.map((c) => ({ ...c, state: c.state as CohortRow["state"] }));
  if (cohorts.length === 0) return emptyTraining();
  const es = await db
    .selectFrom("enrollments")
    .select(["id", "cohortId", "inmateId", "state", "enrolledAt"])
    .where(
      "cohortId",
      "in",
      cohorts.map((c) => c.id),
    )
    .execute();
  const history =
    es.length === 0
      ? []
      : await db
          .selectFrom("lifecycleHistory")
          .select(["entityId", "toState", "at"])
          .where("entityType", "=", ENROLLMENT_ENTITY)
          .where(
            "entityId",
            "in",
            es.map((e) => e.id),
          )
          .execute();
  const enrollments: EnrollmentRow[] = es.map((e) => {
    const moves = history.filter((h) => h.entityId === e.id && h.toState === e.state).map((h) => h.at);
    const endedAt =
      e.state === "enrolled" || moves.length === 0
        ? null
        : moves.reduce((x, y) => (Date.parse(x) >= Date.parse(y) ? x : y));
    return { ...e, state: e.state as EnrollmentRow["state"], endedAt };
  });
  const certificates =
    es.length === 0
      ? []
      : await db
          .selectFrom("certificates")
          .select(["enrollmentId", "issuedOn"])
          .where(
            "enrollmentId",
            "in",
            es.map((e) => e.id),
          )
          .execute();
  return { cohorts, enrollments, certificates };
}
