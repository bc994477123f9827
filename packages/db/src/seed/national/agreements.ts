import { createHash } from "node:crypto";
import { lastDayOfTerm, successorEndDate } from "@sinergi/domain";
import { demoPdf } from "../documents.ts";
import { actionPlan } from "./action-items.ts";
import { TERMINATION_REASONS, TOPICS } from "./agreement-text.ts";
import {
  addHistory,
  earlier,
  type FacilityModel,
  type Move,
  type PartnerModel,
  plusSeconds,
  type SeedRun,
  TAG,
} from "./context.ts";
import { nip, officialName } from "./names.ts";
import { dateBetween, localInstant, officeTime, plusDays, type Rng } from "./random.ts";
import { byteaHex, type Cell, textArray } from "./sink.ts";

/** A signed (or terminated) agreement, as programs and visits refer to it. */
export interface SignedAgreement {
  readonly id: string;
  readonly facilityId: string | null;
  readonly partner: PartnerModel;
  readonly fields: readonly string[];
  readonly startDate: string;
  /** The last day it was in force (end, or termination). */
  readonly lastDay: string;
}

/** Who signs: a facility, a Kanwil, or the directorate (national MoU). */
export interface SigningUnit {
  readonly facility: FacilityModel | null;
  readonly regionalOfficeId: string | null;
  readonly name: string;
  readonly head: string;
  readonly zone: string;
  readonly code: string;
}

/** Rows of the agreement tables being built. */
export interface AgreementRows {
  readonly documents: Cell[][];
  readonly agreements: Cell[][];
  readonly partners: Cell[][];
  readonly actionItems: Cell[][];
  readonly signed: SignedAgreement[];
}

/** Column lists of the agreement tables, in the order the rows are built. */
export const AGREEMENT_COLUMNS = {
  documents: [
    "id",
    "purpose",
    "file_name",
    "media_type",
    "size_bytes",
    "sha256",
    "content",
    "facility_id",
    "regional_office_id",
    "uploaded_by",
    "created_at",
    "updated_at",
  ],
  agreements: [
    "id",
    "kind",
    "title",
    "facility_id",
    "regional_office_id",
    "parent_mou_id",
    "fields",
    "facility_document_number",
    "partner_document_number",
    "signatories",
    "signed_document_id",
    "start_date",
    "end_date",
    "renews_id",
    "state",
    "signed_at",
    "signed_on",
    "signed_time",
    "terminated_on",
    "termination_reason",
    "revision",
    "created_at",
    "updated_at",
  ],
  partners: ["agreement_id", "partner_id"],
  actionItems: [
    "id",
    "agreement_id",
    "activity",
    "field",
    "target_amount",
    "target_unit",
    "due_date",
    "realised_amount",
    "evidence",
    "status",
    "revision",
    "created_at",
    "updated_at",
  ],
} as const;

/** New empty agreement rows. */
export const emptyAgreementRows = (): AgreementRows => ({
  documents: [],
  agreements: [],
  partners: [],
  actionItems: [],
  signed: [],
});

/**
 * One relationship over time: a first agreement, then renewals (each signed before its predecessor
 * ends, starting the day after), until one is left to expire, is terminated, or is still being drafted.
 */
export function agreementChain(
  run: SeedRun,
  rng: Rng,
  out: AgreementRows,
  unit: SigningUnit,
  partner: PartnerModel,
  kind: "mou" | "pks",
  parentMouId: string | null,
  maxCount: number,
): { count: number; firstSignedId: string | null } {
  const fields = partner.fields.slice(0, rng.int(1, Math.min(2, partner.fields.length)));
  let signedOn = dateBetween(rng, plusDays(run.windowStart, -400), plusDays(run.today, 45));
  let renewsId: string | null = null;
  let previous: { start: string; end: string } | null = null;
  let count = 0;
  let firstSignedId: string | null = null;
  const staff = officialName(rng);
  while (count < maxCount) {
    const id = run.ids.next(TAG.agreement);
    const negotiating = plusDays(signedOn, -rng.int(3, 25));
    const proposed = plusDays(negotiating, -rng.int(3, 25));
    const draft = plusDays(proposed, -rng.int(2, 40));
    if (draft > run.today) break;
    const at = (d: string): string => localInstant(d, officeTime(rng), unit.zone);
    const moves: Move[] = [{ to: "draft", at: at(draft), actor: staff }];
    const withdrawn = renewsId === null && proposed <= plusDays(run.today, -10) && rng.chance(0.03);
    if (proposed <= run.today) moves.push({ to: "proposed", at: at(proposed), actor: unit.head });
    if (negotiating <= run.today && !withdrawn)
      moves.push({
        to: "negotiating",
        at: at(negotiating),
        actor: staff,
        reason: "Pembahasan draf dengan mitra",
      });
    if (withdrawn)
      moves.push({
        to: "withdrawn",
        at: plusSeconds((moves[moves.length - 1] as Move).at, rng.int(1, 5) * 86_400),
        actor: unit.head,
        reason: "Mitra belum dapat melanjutkan",
      });
    const signedTime = officeTime(rng);
    const signs = !withdrawn && signedOn <= run.today;
    if (signs)
      moves.push({
        to: "signed",
        at: localInstant(signedOn, signedTime, unit.zone),
        actor: unit.head,
        reason: "Ditandatangani kedua pihak",
      });
    // A renewal starts the day after its predecessor ends and runs the same term (as the domain drafts it).
    const start: string = previous ? plusDays(previous.end, 1) : plusDays(signedOn, rng.int(0, 14));
    const end: string = previous
      ? successorEndDate({ startDate: previous.start, endDate: previous.end }, start)
      : lastDayOfTerm(start, kind === "mou" ? rng.pick([36, 60]) : rng.pick([12, 12, 24, 24, 36]));
    let terminatedOn: string | null = null;
    let reason: string | null = null;
    if (signs && rng.chance(0.05) && plusDays(start, 30) <= earlier(end, run.today)) {
      terminatedOn = dateBetween(rng, plusDays(start, 30), earlier(end, run.today));
      reason = rng.pick(TERMINATION_REASONS);
      moves.push({ to: "terminated", at: at(terminatedOn), actor: unit.head, reason });
    }
    const state = (moves[moves.length - 1] as Move).to;
    const year = signedOn.slice(0, 4);
    const seq = rng.int(1, 999);
    const title =
      `${kind === "mou" ? "Nota Kesepahaman" : "Perjanjian Kerja Sama"} antara ${unit.name} dan ${partner.name} tentang ${TOPICS[fields[0] ?? ""] ?? "Pembinaan Warga Binaan"}${renewsId ? " (Perpanjangan)" : ""}`.slice(
        0,
        300,
      );
    let documentId: string | null = null;
    const signedMove = moves.find((m) => m.to === "signed");
    if (signedMove) {
      documentId = run.ids.next(TAG.document);
      const pdf = demoPdf(`${title} | ${year}`);
      out.documents.push([
        documentId,
        "signed_agreement",
        `${kind.toUpperCase()}-${year}-${seq}.pdf`,
        "application/pdf",
        pdf.length,
        createHash("sha256").update(pdf).digest("hex"),
        byteaHex(pdf),
        unit.facility?.id ?? null,
        unit.facility ? null : unit.regionalOfficeId,
        signedMove.actor,
        signedMove.at,
        signedMove.at,
      ]);
    }
    const pending = state === "draft" || state === "proposed" || state === "negotiating";
    const signatories = [
      { name: unit.head, position: `Kepala ${unit.name}`, side: "facility", nip: nip(rng), role: "signs" },
      {
        name: officialName(rng),
        position:
          partner.role === "pemda"
            ? partner.name.replace("Pemerintah Kota", "Wali Kota").replace("Pemerintah Kabupaten", "Bupati")
            : `Kepala ${partner.name}`,
        side: "partner",
        role: "signs",
      },
    ];
    const last = moves[moves.length - 1] as Move;
    out.agreements.push([
      id,
      kind,
      title,
      unit.facility?.id ?? null,
      unit.facility ? null : unit.regionalOfficeId,
      kind === "pks" ? parentMouId : null,
      textArray(fields),
      signs || pending ? `W${unit.code}.PAS-HM.05.02-${seq}/${year}` : null,
      signs || pending ? `${seq}/${partner.short.replace(/\s+/g, "")}/${kind.toUpperCase()}/${year}` : null,
      JSON.stringify(signatories),
      documentId,
      start,
      end,
      renewsId,
      state,
      signedMove?.at ?? null,
      signs ? signedOn : null,
      signs ? signedTime : null,
      terminatedOn,
      reason,
      moves.length,
      (moves[0] as Move).at,
      last.at,
    ]);
    out.partners.push([id, partner.id]);
    addHistory(run, "agreement", id, moves);
    if (signs) {
      actionPlan(run, rng, out, id, fields, start, end, terminatedOn, moves);
      out.signed.push({
        id,
        facilityId: unit.facility?.id ?? null,
        partner,
        fields,
        startDate: start,
        lastDay: terminatedOn ?? end,
      });
      firstSignedId ??= id;
    }
    count += 1;
    // A renewal is drafted for a signed agreement nearing its end more often than not.
    if (!signs || terminatedOn || end > plusDays(run.today, 150) || !rng.chance(0.62)) break;
    renewsId = id;
    previous = { start, end };
    signedOn = plusDays(end, -rng.int(5, 75));
  }
  return { count, firstSignedId };
}
