import {
  addHistory,
  type FacilityModel,
  later,
  type Move,
  type PartnerModel,
  plusSeconds,
  type SeedRun,
  TAG,
} from "./context.ts";
import { officialName } from "./names.ts";
import { dateBetween, localInstant, officeTime, plusDays, type Rng } from "./random.ts";
import type { Cell } from "./sink.ts";

/** Rows of visits and licences. */
export interface EngagementRows {
  readonly engagements: Cell[][];
  readonly partners: Cell[][];
  readonly followUps: Cell[][];
  readonly licences: Cell[][];
}

/** Column lists, in the order the rows are built. */
export const ENGAGEMENT_COLUMNS = {
  engagements: [
    "id",
    "facility_id",
    "kind",
    "date",
    "place",
    "attendees",
    "summary",
    "outcomes",
    "created_at",
    "updated_at",
  ],
  partners: ["engagement_id", "partner_id", "position"],
  followUps: [
    "id",
    "engagement_id",
    "text",
    "owner_name",
    "due_date",
    "status",
    "closed_at",
    "note",
    "drop_reason",
    "revision",
    "created_at",
    "updated_at",
  ],
  licences: [
    "id",
    "facility_id",
    "type",
    "number",
    "issuer",
    "status",
    "applied_on",
    "granted_on",
    "expires_on",
    "notes",
    "revision",
    "created_at",
    "updated_at",
  ],
} as const;

const KINDS = { audience: 15, courtesy_visit: 20, coordination: 35, signing: 10, monitoring: 20 } as const;
const FOLLOW_UPS = [
  "Menyusun draf perjanjian kerja sama",
  "Mengirim data warga binaan calon peserta pelatihan",
  "Menjadwalkan perekaman KTP-el",
  "Menyiapkan laporan realisasi kegiatan",
  "Mengusulkan anggaran kegiatan tahun depan",
  "Mengirim surat undangan rapat koordinasi",
];

/** A facility's visits over the three years: partners met, what was agreed, follow-ups (some overdue). */
export function facilityEngagements(
  run: SeedRun,
  rng: Rng,
  out: EngagementRows,
  f: FacilityModel,
  pool: readonly PartnerModel[],
  count: number,
): void {
  for (let i = 0; i < count; i += 1) {
    const id = run.ids.next(TAG.engagement);
    const date = dateBetween(rng, run.windowStart, run.today);
    const recorded = localInstant(
      plusDays(date, rng.int(0, 3)) > run.today ? date : plusDays(date, rng.int(0, 3)),
      "16:00",
      f.zone,
    );
    const kind = rng.weighted(KINDS);
    const partners = [rng.pick(pool)];
    if (rng.chance(0.3)) {
      const other = rng.pick(pool);
      if (other.id !== partners[0]?.id) partners.push(other);
    }
    const attendees = [
      { name: f.head, title: `Kepala ${f.name}`, side: "facility" },
      ...partners.map((p) => ({ name: officialName(rng), title: `Perwakilan ${p.name}`, side: "partner" })),
    ];
    out.engagements.push([
      id,
      f.id,
      kind,
      date,
      rng.chance(0.6) ? f.name : (partners[0] as PartnerModel).name,
      JSON.stringify(attendees),
      `Pertemuan dengan ${partners.map((p) => p.name).join(" dan ")}`,
      JSON.stringify(["Para pihak sepakat menindaklanjuti kerja sama"]),
      recorded,
      recorded,
    ]);
    partners.forEach((p, k) => {
      out.partners.push([id, p.id, k]);
    });
    const followUps = rng.weighted({ 0: 30, 1: 40, 2: 22, 3: 8 });
    for (let k = 0; k < Number(followUps); k += 1) {
      const fid = run.ids.next(TAG.followUp);
      const due = plusDays(date, rng.int(7, 60));
      const owner = officialName(rng);
      const moves: Move[] = [{ to: "open", at: recorded, actor: f.head }];
      let status = "open";
      let note: string | null = null;
      let dropReason: string | null = null;
      if (due <= run.today || rng.chance(0.2)) {
        status = rng.weighted({ done: 70, dropped: 8, open: 22 });
        if (status !== "open") {
          const closedOn = dateBetween(
            rng,
            recorded.slice(0, 10),
            [plusDays(due, 14), run.today].sort()[0] as string,
          );
          const at = later(localInstant(closedOn, officeTime(rng), f.zone), plusSeconds(recorded, 600));
          if (status === "done") note = rng.chance(0.5) ? "Sudah dilaksanakan" : null;
          else dropReason = "Tidak lagi relevan setelah perubahan program mitra";
          moves.push({ to: status, at, actor: f.head, reason: note ?? dropReason });
        }
      }
      const last = moves[moves.length - 1] as Move;
      out.followUps.push([
        fid,
        id,
        rng.pick(FOLLOW_UPS),
        owner,
        due,
        status,
        status === "open" ? null : last.at,
        note,
        dropReason,
        moves.length,
        recorded,
        last.at,
      ]);
      addHistory(run, "follow_up", fid, moves);
    }
  }
}

const LICENCES = [
  ["hygiene_sanitation", "Dinas Kesehatan", 36],
  ["primary_clinic", "Dinas Penanaman Modal dan PTSP", 60],
  ["pharmacy", "Dinas Kesehatan", 60],
  ["fire_safety", "Dinas Pemadam Kebakaran", 12],
  ["building", "Dinas Pekerjaan Umum dan Penataan Ruang", 240],
] as const;

/** A facility's licences: granted with expiries spread around today, some expired, a few applied for. */
export function facilityLicences(run: SeedRun, rng: Rng, out: EngagementRows, f: FacilityModel): void {
  for (const [type, issuer, months] of LICENCES) {
    if (type === "pharmacy" && rng.chance(0.4)) continue;
    const id = run.ids.next(TAG.licence);
    const appliedOn = dateBetween(
      rng,
      plusDays(run.today, -Math.min(months * 30, 2000)),
      plusDays(run.today, -20),
    );
    const applied = localInstant(appliedOn, officeTime(rng), f.zone);
    const moves: Move[] = [{ to: "applied", at: applied, actor: f.head }];
    let grantedOn: string | null = null;
    let expiresOn: string | null = null;
    let number: string | null = null;
    if (rng.chance(0.9)) {
      grantedOn = plusDays(appliedOn, rng.int(7, 45));
      if (grantedOn > run.today) grantedOn = run.today;
      expiresOn = plusDays(grantedOn, months * 30 + rng.int(-20, 20));
      number = `${rng.int(100, 999)}/${type.slice(0, 3).toUpperCase()}/${grantedOn.slice(0, 4)}`;
      moves.push({
        to: "granted",
        at: later(localInstant(grantedOn, officeTime(rng), f.zone), plusSeconds(applied, 60)),
        actor: f.head,
      });
      if (expiresOn < run.today)
        moves.push({
          to: "expired",
          at: localInstant(plusDays(expiresOn, 1), "00:05", f.zone),
          actor: "system",
        });
    }
    const last = moves[moves.length - 1] as Move;
    out.licences.push([
      id,
      f.id,
      type,
      number,
      `${issuer} ${f.regency.name}`,
      last.to,
      appliedOn,
      grantedOn,
      expiresOn,
      null,
      moves.length,
      applied,
      last.at,
    ]);
    addHistory(run, "facility_licence", id, moves);
  }
}
