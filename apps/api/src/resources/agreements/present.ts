import {
  type ActionItemRecord,
  type AgreementView,
  documentsInScope,
  type Executor,
  findAgreement,
  findFacility,
  findPartner,
  isChangeable,
  mayHoldAgreement,
  type Reference,
  unseenReferences,
} from "@sinergi/db";
import {
  type Agreement,
  agreementStatus,
  currentRenewalAlert,
  dateInZone,
  type Evidence,
  IdSchema,
  mayCiteAsParent,
  realisationShare,
} from "@sinergi/domain";
import type { Context } from "hono";
import * as v from "valibot";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { notFound, ProblemError } from "../../http/problem.ts";
import { referenceProblem } from "../../http/references.ts";

/** OpenAPI tag of every agreement route. */
export const tags = ["Agreements"];
/** Path parameters of one agreement. */
export const IdParams = v.object({ id: IdSchema });

/** An agreement as the API returns it: stored fields plus its status today in its facility's time zone. */
export function presentAgreement(view: AgreementView, now: string): PresentedAgreement {
  const today = dateInZone(now, view.timeZone);
  const successor = view.successorState === null ? null : { state: view.successorState };
  // Field by field (the type asks for each), without the successor's state: leaving one key out by rest
  // and adding three by spread took V8 about as long as the rest of a 50-row page's work.
  return {
    id: view.id,
    kind: view.kind,
    title: view.title,
    facilityId: view.facilityId,
    regionalOfficeId: view.regionalOfficeId,
    partnerIds: view.partnerIds,
    parentMouId: view.parentMouId,
    fields: view.fields,
    facilityDocumentNumber: view.facilityDocumentNumber,
    partnerDocumentNumber: view.partnerDocumentNumber,
    signatories: view.signatories,
    signedDocumentId: view.signedDocumentId,
    signedDocument: view.signedDocument,
    startDate: view.startDate,
    endDate: view.endDate,
    recordAccess: view.recordAccess,
    renewsId: view.renewsId,
    state: view.state,
    signedAt: view.signedAt,
    signedOn: view.signedOn,
    signedTime: view.signedTime,
    terminatedOn: view.terminatedOn,
    terminationReason: view.terminationReason,
    version: view.version,
    revision: view.revision,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    timeZone: view.timeZone,
    successorId: view.successorId,
    status: agreementStatus(view, today, successor),
    statusDate: today,
    renewalAlert: currentRenewalAlert(view, today, successor),
  };
}

/** An agreement as the API returns it. */
export interface PresentedAgreement extends Omit<AgreementView, "successorState"> {
  readonly status: ReturnType<typeof agreementStatus>;
  readonly statusDate: string;
  readonly renewalAlert: ReturnType<typeof currentRenewalAlert>;
}

/** An action item as the API returns it, with its realisation share. */
export const presentActionItem = (i: ActionItemRecord): PresentedActionItem => ({
  id: i.id,
  agreementId: i.agreementId,
  activity: i.activity,
  field: i.field,
  target: i.target,
  dueDate: i.dueDate,
  realisedAmount: i.realisedAmount,
  evidence: i.evidence,
  status: i.status,
  revision: i.revision,
  createdAt: i.createdAt,
  updatedAt: i.updatedAt,
  realisationShare: realisationShare(i),
});

/** An action item as the API returns it (field by field, as `presentAgreement`). */
export interface PresentedActionItem extends ActionItemRecord {
  readonly realisationShare: ReturnType<typeof realisationShare>;
}

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

/** Who and when, for a lifecycle move (written once, in the move-route factory). */
export { moveContext } from "../../http/move-route.ts";

/**
 * The agreement, locked, for a change: 404 when the caller cannot see it, 403 when it may read but not
 * change it (a facility reads its Kanwil's MoUs that frame its PKS; only the Kanwil edits them).
 */
export async function changeableAgreement(
  c: Context<AppEnv>,
  trx: Executor,
  id: string,
): Promise<AgreementView> {
  const viewer = viewerOf(c);
  const current = await findAgreement(trx, id, { forUpdate: true, viewer });
  if (!current) throw notFound("Agreement");
  if (!(await isChangeable(trx, "agreement", viewer, id)))
    throw new ProblemError(403, "auth/forbidden", "Your scope may read this agreement but not change it");
  return current;
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
 * admin drafting for another facility, or for its Kanwil): 422 on the party, worded like a missing one
 * so nothing leaks.
 */
export async function checkPartiesInScope(
  c: Context<AppEnv>,
  trx: Executor,
  a: Pick<Agreement, "facilityId" | "regionalOfficeId" | "partnerIds">,
): Promise<void> {
  if (await mayHoldAgreement(trx, viewerOf(c), a)) return;
  const field = a.facilityId !== null ? "facilityId" : "regionalOfficeId";
  throw referenceProblem([
    { field, message: field === "facilityId" ? "no such facility" : "no such regional office" },
  ]);
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
  // The parties' scope is checked by checkPartiesInScope; here only that they exist.
  const refs: Reference[] = [
    ...(a.facilityId === null
      ? []
      : [{ kind: "facility" as const, id: a.facilityId, field: "facilityId", message: "no such facility" }]),
    ...(a.regionalOfficeId === null
      ? []
      : [
          {
            kind: "regional_office" as const,
            id: a.regionalOfficeId,
            field: "regionalOfficeId",
            message: "no such regional office",
          },
        ]),
    ...a.partnerIds.map((id, i) => ({
      kind: "partner" as const,
      id,
      field: `partnerIds.${i}`,
      message: "no such partner",
    })),
  ];
  const errors: { field: string; message?: string }[] = await unseenReferences(db, undefined, refs);
  if (a.recordAccess?.covers === "area_residents") {
    const partners = await Promise.all(a.partnerIds.map((id) => findPartner(db, id)));
    if (partners.some((p) => p !== undefined && p.areaCode === null))
      errors.push({
        field: "recordAccess.covers",
        message: "the partner has no area recorded, so no residents to cover",
      });
  }
  if (a.parentMouId !== null) {
    const parent = await findAgreement(db, a.parentMouId);
    const home = a.facilityId === null ? undefined : await findFacility(db, a.facilityId);
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
  if (errors.length > 0) throw referenceProblem(errors);
}
