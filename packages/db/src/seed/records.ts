import {
  dateInZone,
  type FacilityClass,
  type FacilityKind,
  type FacilitySpecialisation,
  type RecordAccess,
} from "@sinergi/domain";
import { json } from "../json.ts";
import { agreementTimeZone } from "../repositories/agreement/agreements.ts";
import { insertDemoDocument } from "./documents.ts";
import { demoId, type Move, type SeedContext, span, writeHistory, type Zone } from "./shared.ts";

/** The local wall-clock time (HH:MM) of an instant in a zone. */
const timeInZone = (at: string, zone: string): string =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(at));

/** A facility to insert. */
export interface FacilitySeed {
  readonly key: string;
  readonly regionalOfficeKey: string;
  readonly kind: FacilityKind;
  readonly class: FacilityClass;
  readonly specialisation?: FacilitySpecialisation;
  readonly name: string;
  readonly regencyCode: string;
  readonly timeZone: Zone;
  readonly capacity: number;
  readonly head: { name: string; title: string };
  readonly createdAt: string;
}

/** Inserts a facility; returns its id. */
export async function insertFacility(ctx: SeedContext, f: FacilitySeed): Promise<string> {
  const id = demoId(`facility:${f.key}`);
  await ctx.trx
    .insertInto("facilities")
    .values({
      id,
      regionalOfficeId: demoId(`regional-office:${f.regionalOfficeKey}`),
      kind: f.kind,
      class: f.class,
      specialisation: f.specialisation ?? "general",
      name: f.name,
      regencyCode: f.regencyCode,
      timeZone: f.timeZone,
      timeZoneOverride: null,
      capacity: f.capacity,
      head: json(f.head),
      contacts: json([{ name: f.head.name, role: f.head.title }]),
      createdAt: f.createdAt,
      updatedAt: f.createdAt,
    })
    .execute();
  ctx.counts.facilities += 1;
  return id;
}

/** A person at a meeting or under a document. */
export interface Person {
  readonly name: string;
  readonly title: string;
  /** The Kanwil and witnesses count on the facility's side, the regent on the partner's (as the domain has two sides). */
  readonly side: "facility" | "partner";
}

/** A follow-up of a visit; `closedAt` set means done. */
export interface FollowUpSeed {
  readonly key: string;
  readonly text: string;
  readonly ownerName: string;
  readonly dueDate: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly closed?: {
    readonly status: "done" | "dropped";
    readonly at: string;
    readonly by: string;
    readonly note: string;
  };
}

/** A visit with its partners and follow-ups. */
export interface EngagementSeed {
  readonly key: string;
  readonly facilityId: string;
  readonly partnerIds: readonly string[];
  readonly kind: "audience" | "courtesy_visit" | "coordination" | "signing" | "monitoring";
  readonly date: string;
  readonly place: string;
  readonly attendees: readonly Person[];
  readonly summary: string;
  readonly outcomes: readonly string[];
  readonly recordedAt: string;
  readonly followUps: readonly FollowUpSeed[];
}

/** Inserts an engagement, its partner links and follow-ups (with their history); returns its id. */
export async function insertEngagement(ctx: SeedContext, e: EngagementSeed): Promise<string> {
  const id = demoId(`engagement:${e.key}`);
  await ctx.trx
    .insertInto("engagements")
    .values({
      id,
      facilityId: e.facilityId,
      kind: e.kind,
      date: e.date,
      place: e.place,
      attendees: json(e.attendees),
      summary: e.summary,
      outcomes: json(e.outcomes),
      createdAt: e.recordedAt,
      updatedAt: e.recordedAt,
    })
    .execute();
  await ctx.trx
    .insertInto("engagementPartners")
    .values(e.partnerIds.map((partnerId) => ({ engagementId: id, partnerId })))
    .execute();
  ctx.counts.engagements += 1;
  for (const f of e.followUps) {
    const fid = demoId(`follow-up:${f.key}`);
    const moves: Move[] = [{ to: "open", at: f.createdAt, actor: f.createdBy }];
    if (f.closed)
      moves.push({ to: f.closed.status, at: f.closed.at, actor: f.closed.by, reason: f.closed.note });
    await ctx.trx
      .insertInto("followUps")
      .values({
        id: fid,
        engagementId: id,
        text: f.text,
        ownerName: f.ownerName,
        dueDate: f.dueDate,
        status: f.closed?.status ?? "open",
        closedAt: f.closed?.at ?? null,
        note: f.closed?.note ?? null,
        revision: moves.length,
        createdAt: f.createdAt,
        updatedAt: span(moves).last.at,
      })
      .execute();
    await writeHistory(ctx, "follow_up", fid, moves);
    ctx.counts.followUps += 1;
  }
  return id;
}

/** One activity of an agreement's action plan. */
export interface ActionItemSeed {
  readonly activity: string;
  readonly field: string;
  readonly target: number;
  readonly unit: string;
  readonly dueDate: string;
  readonly realised: number;
  readonly status: "planned" | "in_progress" | "done" | "cancelled";
  readonly evidence?: readonly { label: string; date: string }[];
}

/** A signatory: a person, and whether they sign (default) or witness ("mengetahui"). */
export interface SignatorySeed extends Person {
  readonly role?: "signs" | "witnesses";
  readonly nip?: string;
}

/** An agreement with its lifecycle moves and action plan. */
export interface AgreementSeed {
  readonly key: string;
  readonly kind: "mou" | "pks";
  readonly title: string;
  /** The facility party; null when a regional office (`regionalOfficeKey`) or the directorate signs. */
  readonly facilityId: string | null;
  /** The province code of the Kanwil that signs itself (instead of a facility). */
  readonly regionalOfficeKey?: string;
  /** The story key of the MoU a PKS implements. */
  readonly parentMouKey?: string;
  readonly partnerIds: readonly string[];
  readonly fields: readonly string[];
  readonly facilityDocumentNumber?: string;
  readonly partnerDocumentNumber?: string;
  readonly signatories: readonly SignatorySeed[];
  readonly fileName?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  /** The PKS clause granting the partner some inmates' records. */
  readonly recordAccess?: RecordAccess;
  readonly renewsKey?: string;
  /** draft first; the last move's state is the agreement's state. */
  readonly moves: readonly Move[];
  readonly actionItems: readonly ActionItemSeed[];
}

/** Agreement id from its story key. */
export const agreementId = (key: string): string => demoId(`agreement:${key}`);

/** Inserts an agreement, its partners, action plan and history; returns its id. */
export async function insertAgreement(ctx: SeedContext, a: AgreementSeed): Promise<string> {
  const id = agreementId(a.key);
  const { first, last } = span(a.moves);
  const signed = a.moves.find((m) => m.to === "signed");
  const regionalOfficeId =
    a.regionalOfficeKey === undefined ? null : demoId(`regional-office:${a.regionalOfficeKey}`);
  const signedDocumentId =
    a.fileName === undefined || signed === undefined
      ? null
      : await insertDemoDocument(ctx, {
          key: a.key,
          fileName: a.fileName,
          title: `${a.title} | ${a.facilityDocumentNumber} | ${a.partnerDocumentNumber}`,
          facilityId: a.facilityId,
          regionalOfficeId,
          purpose: "signed_agreement",
          at: signed.at,
          by: signed.actor,
        });
  // The zone the API reads this agreement's dates in: its facility's, its office's province's, or Jakarta.
  const zone = await agreementTimeZone(ctx.trx, { facilityId: a.facilityId, regionalOfficeId });
  const signatories = a.signatories.map((p) => ({
    name: p.name,
    position: p.title,
    side: p.side,
    ...(p.nip === undefined ? {} : { nip: p.nip }),
    role: p.role ?? "signs",
  }));
  await ctx.trx
    .insertInto("agreements")
    .values({
      id,
      kind: a.kind,
      title: a.title,
      facilityId: a.facilityId,
      regionalOfficeId,
      parentMouId: a.parentMouKey === undefined ? null : agreementId(a.parentMouKey),
      fields: [...a.fields],
      facilityDocumentNumber: a.facilityDocumentNumber ?? null,
      partnerDocumentNumber: a.partnerDocumentNumber ?? null,
      signatories: json(signatories),
      signedDocumentId,
      startDate: a.startDate ?? null,
      endDate: a.endDate ?? null,
      recordAccess: a.recordAccess === undefined ? null : json(a.recordAccess),
      renewsId: a.renewsKey === undefined ? null : agreementId(a.renewsKey),
      state: last.to,
      signedAt: signed?.at ?? null,
      signedOn: signed === undefined ? null : dateInZone(signed.at, zone),
      signedTime: signed === undefined ? null : timeInZone(signed.at, zone),
      terminatedOn: null,
      terminationReason: null,
      revision: a.moves.length,
      createdAt: first.at,
      updatedAt: last.at,
    })
    .execute();
  await ctx.trx
    .insertInto("agreementPartners")
    .values(a.partnerIds.map((partnerId) => ({ agreementId: id, partnerId })))
    .execute();
  await writeHistory(ctx, "agreement", id, a.moves);
  ctx.counts.agreements += 1;
  let n = 0;
  for (const item of a.actionItems) {
    n += 1;
    const itemId = demoId(`action-item:${a.key}:${n}`);
    const moves = actionItemMoves(ctx, item, first, signed);
    await ctx.trx
      .insertInto("actionItems")
      .values({
        id: itemId,
        agreementId: id,
        activity: item.activity,
        field: item.field,
        targetAmount: item.target,
        targetUnit: item.unit,
        dueDate: item.dueDate,
        realisedAmount: item.realised,
        evidence: json(item.evidence ?? (item.realised > 0 ? [{ label: "Laporan realisasi kegiatan" }] : [])),
        status: item.status,
        revision: moves.length,
        createdAt: first.at,
        updatedAt: span(moves).last.at,
      })
      .execute();
    await writeHistory(ctx, "action_item", itemId, moves);
    ctx.counts.actionItems += 1;
  }
  return id;
}

const earlier = (a: string, b: string): string => (a < b ? a : b);
const plusDays = (at: string, days: number): string =>
  new Date(Date.parse(at) + days * 86_400_000).toISOString();

/** planned when drafted; in progress a month after signing; done by its due date (never after `now`). */
function actionItemMoves(
  ctx: SeedContext,
  item: ActionItemSeed,
  created: Move,
  signed: Move | undefined,
): Move[] {
  const moves: Move[] = [{ to: "planned", at: created.at, actor: created.actor }];
  if (item.status === "planned" || !signed) return moves;
  const started = earlier(plusDays(signed.at, 30), ctx.now);
  moves.push({ to: "in_progress", at: started, actor: signed.actor });
  if (item.status === "done") {
    const due = earlier(`${item.dueDate}T03:00:00.000Z`, ctx.now);
    moves.push({ to: "done", at: due > started ? due : plusDays(started, 1), actor: signed.actor });
  }
  if (item.status === "cancelled") moves.push({ to: "cancelled", at: ctx.now, actor: signed.actor });
  return moves;
}

/** The usual road to a signature: drafted, proposed, negotiated, signed on the day. */
export function signingMoves(
  drafts: { draft: string; proposed: string; negotiating: string; signed: string },
  staff: string,
  head: string,
): Move[] {
  return [
    { to: "draft", at: drafts.draft, actor: staff },
    { to: "proposed", at: drafts.proposed, actor: head },
    { to: "negotiating", at: drafts.negotiating, actor: staff, reason: "Pembahasan draf dengan mitra" },
    { to: "signed", at: drafts.signed, actor: head, reason: "Ditandatangani kedua pihak" },
  ];
}
