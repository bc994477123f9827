import { type ActionItemRecord, type AgreementView, documentsInScope, type Executor } from "@sinergi/db";
import {
  type Agreement,
  agreementStatus,
  currentRenewalAlert,
  dateInZone,
  type Evidence,
  IdSchema,
  inScope,
  type MoveContext,
  mayCiteAsParent,
  realisationShare,
} from "@sinergi/domain";
import type { Context } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../../context.ts";
import { ProblemError } from "../../http/problem.ts";

/** OpenAPI tag of every agreement route. */
export const tags = ["Agreements"];
/** Path parameters of one agreement. */
export const IdParams = v.object({ id: IdSchema });

/** An agreement as the API returns it: stored fields plus its status today in its facility's time zone. */
export function presentAgreement(view: AgreementView, now: string) {
  const { successorState, ...rest } = view;
  const today = dateInZone(now, view.timeZone);
  const successor = successorState === null ? null : { state: successorState };
  return {
    ...rest,
    status: agreementStatus(view, today, successor),
    statusDate: today,
    renewalAlert: currentRenewalAlert(view, today, successor),
  };
}

/** An action item as the API returns it, with its realisation share. */
export const presentActionItem = (item: ActionItemRecord) => ({
  ...item,
  realisationShare: realisationShare(item),
});

/** The domain agreement inside a stored view (what a version snapshot keeps). */
export function domainAgreement(v: Agreement): Agreement {
  return {
    id: v.id,
    kind: v.kind,
    title: v.title,
    facilityId: v.facilityId,
    regionalOfficeId: v.regionalOfficeId,
    partnerIds: v.partnerIds,
    parentMouId: v.parentMouId,
    fields: v.fields,
    facilityDocumentNumber: v.facilityDocumentNumber,
    partnerDocumentNumber: v.partnerDocumentNumber,
    signatories: v.signatories,
    signedDocumentId: v.signedDocumentId,
    startDate: v.startDate,
    endDate: v.endDate,
    recordAccess: v.recordAccess,
    renewsId: v.renewsId,
    state: v.state,
    signedAt: v.signedAt,
    signedOn: v.signedOn,
    signedTime: v.signedTime,
    terminatedOn: v.terminatedOn,
    terminationReason: v.terminationReason,
    version: v.version,
  };
}

/** Who and when, for a lifecycle move made by this request. */
export function moveContext(c: Context<AppEnv>, reason?: string): MoveContext {
  return { actor: c.get("actor"), at: c.get("now")(), ...(reason === undefined ? {} : { reason }) };
}

/** True when the caller's scope covers the agreement (outside it reads as not found). */
export async function agreementVisible(
  c: Context<AppEnv>,
  a: Pick<Agreement, "facilityId" | "regionalOfficeId" | "partnerIds">,
  // Inside a transaction pass it: PGlite has one connection, so the plain handle would wait forever.
  db: Executor = c.get("db"),
): Promise<boolean> {
  const principal = c.get("principal");
  if (!principal) return false;
  let regionalOfficeIds = a.regionalOfficeId === null ? [] : [a.regionalOfficeId];
  if (a.facilityId !== null && principal.scope.kind === "regional") {
    const f = await db
      .selectFrom("facilities")
      .select("regionalOfficeId")
      .where("id", "=", a.facilityId)
      .executeTakeFirst();
    if (f) regionalOfficeIds = [...regionalOfficeIds, f.regionalOfficeId];
  }
  return inScope(principal.scope, {
    facilityIds: a.facilityId === null ? [] : [a.facilityId],
    regionalOfficeIds,
    partnerIds: a.partnerIds,
  });
}

/**
 * True when the caller may read the agreement: in scope, or an MoU that frames the caller's agreements
 * (a national MoU for every office and facility; a regional office's MoU for its facilities).
 */
export async function agreementReadable(
  c: Context<AppEnv>,
  a: Pick<Agreement, "kind" | "facilityId" | "regionalOfficeId" | "partnerIds">,
  db: Executor = c.get("db"),
): Promise<boolean> {
  if (await agreementVisible(c, a, db)) return true;
  const scope = c.get("principal")?.scope;
  if (a.kind !== "mou" || a.facilityId !== null || !scope) return false;
  if (scope.kind === "partner") return false;
  if (a.regionalOfficeId === null) return true;
  if (scope.kind !== "facility") return false;
  const f = await db
    .selectFrom("facilities")
    .select("regionalOfficeId")
    .where("id", "=", scope.facilityId)
    .executeTakeFirst();
  return f?.regionalOfficeId === a.regionalOfficeId;
}

/** The local date today in the agreement's time zone (the signing day may not be after it). */
export const localToday = (c: Context<AppEnv>, view: Pick<AgreementView, "timeZone">): string =>
  dateInZone(c.get("now")(), view.timeZone);

/**
 * Checks that every stored document named (the signed scan, evidence) exists and lies in the caller's
 * scope: 422 naming the field otherwise, worded the same whether missing or out of reach.
 */
export async function checkDocuments(
  c: Context<AppEnv>,
  db: Executor,
  named: readonly { readonly field: string; readonly id: string | null | undefined }[],
): Promise<void> {
  const scope = c.get("principal")?.scope;
  const wanted = named.filter((n): n is { field: string; id: string } => typeof n.id === "string");
  if (wanted.length === 0) return;
  const found = scope
    ? await documentsInScope(db, [...new Set(wanted.map((n) => n.id.toLowerCase()))], scope)
    : new Set();
  const errors = wanted
    .filter((n) => !found.has(n.id.toLowerCase()))
    .map((n) => ({ field: n.field, message: "no such document" }));
  if (errors.length > 0)
    throw new ProblemError(422, "validation/reference", "A referenced record does not exist", { errors });
}

/** The stored documents an evidence list names, as fields to check. */
export const evidenceDocuments = (evidence: readonly Evidence[] | undefined, prefix: string) =>
  (evidence ?? []).map((e, i) => ({ field: `${prefix}.${i}.documentId`, id: e.documentId }));

/**
 * Refuses a create or edit that would put the agreement outside the caller's own scope (a facility
 * admin drafting for another facility): 422 on the party, worded like a missing one so nothing leaks.
 */
export async function checkPartiesInScope(
  c: Context<AppEnv>,
  trx: Executor,
  a: Pick<Agreement, "facilityId" | "regionalOfficeId" | "partnerIds">,
): Promise<void> {
  if (await agreementVisible(c, a, trx)) return;
  const field = a.facilityId !== null ? "facilityId" : "regionalOfficeId";
  throw new ProblemError(422, "validation/reference", "A referenced record does not exist", {
    errors: [{ field, message: field === "facilityId" ? "no such facility" : "no such regional office" }],
  });
}

/**
 * Checks that the parties and the parent MoU named by a create or update exist (422 naming the field
 * otherwise), so a bad id is an input error, not a bare constraint failure; a clause covering the
 * partner's area residents needs a partner with an area.
 */
export async function checkReferences(
  db: Executor,
  a: Pick<Agreement, "facilityId" | "regionalOfficeId" | "partnerIds" | "parentMouId" | "recordAccess">,
): Promise<void> {
  const errors: { field: string; message: string }[] = [];
  if (a.facilityId !== null) {
    const f = await db
      .selectFrom("facilities")
      .select("id")
      .where("id", "=", a.facilityId)
      .executeTakeFirst();
    if (!f) errors.push({ field: "facilityId", message: "no such facility" });
  }
  if (a.regionalOfficeId !== null) {
    const ro = await db
      .selectFrom("regionalOffices")
      .select("id")
      .where("id", "=", a.regionalOfficeId)
      .executeTakeFirst();
    if (!ro) errors.push({ field: "regionalOfficeId", message: "no such regional office" });
  }
  if (a.partnerIds.length > 0) {
    const found = await db
      .selectFrom("partners")
      .select(["id", "areaCode"])
      .where("id", "in", [...a.partnerIds])
      .execute();
    const known = new Set(found.map((p) => p.id));
    a.partnerIds.forEach((id, i) => {
      if (!known.has(id.toLowerCase())) errors.push({ field: `partnerIds.${i}`, message: "no such partner" });
    });
    if (a.recordAccess?.covers === "area_residents" && found.some((p) => p.areaCode === null))
      errors.push({
        field: "recordAccess.covers",
        message: "the partner has no area recorded, so no residents to cover",
      });
  }
  if (a.parentMouId !== null) {
    const parent = await db
      .selectFrom("agreements")
      .select(["kind", "facilityId", "regionalOfficeId"])
      .where("id", "=", a.parentMouId)
      .executeTakeFirst();
    const home =
      a.facilityId === null
        ? undefined
        : await db
            .selectFrom("facilities")
            .select("regionalOfficeId")
            .where("id", "=", a.facilityId)
            .executeTakeFirst();
    // An office's own PKS is framed by its own MoUs, as a facility's is by its office's.
    const office = home?.regionalOfficeId ?? a.regionalOfficeId;
    const child = { facilityId: a.facilityId, facilityRegionalOfficeId: office };
    // Another facility's agreement answers like a missing one, whatever its kind: nothing leaks.
    if (!parent || !mayCiteAsParent(child, parent))
      errors.push({
        field: "parentMouId",
        message: "no such MoU of this facility, its regional office or national",
      });
  }
  if (errors.length > 0)
    throw new ProblemError(422, "validation/reference", "A referenced record does not exist", { errors });
}
