import { randomUUID } from "node:crypto";
import { addDays, addMonths } from "@sinergi/domain";
import type { Executor } from "../../../connection.ts";
import { json } from "../../../json.ts";
import { insertTraining } from "./insert-training.ts";
import type { Day, World } from "./random-world.ts";

const AT = "2026-01-01T00:00:00.000Z";
const stamp = { createdAt: AT, updatedAt: AT };

/** What the parts of a world's insertion share. */
export interface Place {
  readonly first: string;
  readonly day: (d: Day) => string;
  readonly at: (i: { day: Day; time: string }) => string;
  readonly facilityIds: readonly [string, string];
}

/** Inserts a generated world under a new regional office; returns the office's id. */
export async function insertWorld(db: Executor, w: World): Promise<string> {
  const first = `${w.period}-01`;
  const last = addDays(addMonths(first, 1), -1);
  const base = {
    first,
    "first-1": addDays(first, -1),
    mid: addDays(first, 14),
    last,
    "last+60": addDays(last, 60),
    "last+90": addDays(last, 90),
  };
  const day = (d: Day) => addDays(base[d.anchor], d.delta);
  const at = (i: { day: Day; time: string }) => `${day(i.day)}T${i.time}Z`;
  const officeId = randomUUID();
  await db
    .insertInto("regionalOffices")
    .values({ id: officeId, name: `Kanwil ${officeId}`, provinceCode: w.province, ...stamp })
    .execute();
  const facilityIds = [randomUUID(), randomUUID()] as const;
  for (const [n, id] of facilityIds.entries())
    await db
      .insertInto("facilities")
      .values({
        id,
        regionalOfficeId: officeId,
        kind: "rutan",
        class: "IIB",
        name: `Rutan ${n} ${id}`,
        regencyCode: "12.71",
        timeZone: w.zones[n] ?? "Asia/Jakarta",
        ...stamp,
      })
      .execute();
  const place: Place = { first, day, at, facilityIds };
  const agreementAt = await insertAgreements(db, w, place, officeId);
  await insertTraining(db, w, place, agreementAt);
  return officeId;
}

/** The agreements, action plans and visits; returns a picker of the agreements by number. */
async function insertAgreements(
  db: Executor,
  w: World,
  { day, at, facilityIds }: Place,
  officeId: string,
): Promise<(n: number) => string | null> {
  const agreementIds: string[] = [];
  const renewed = new Set<string>();
  for (const a of w.agreements) {
    const id = randomUUID();
    const signedOn = day(a.signed);
    const startDate = day(a.start);
    // A PKS runs at most three years less a day; the end follows the start.
    const end = day(a.end);
    const latest = addDays(startDate, 1094);
    const endDate = end <= startDate ? addDays(startDate, 30) : ([end, latest].sort()[0] ?? end);
    const stop = [day(a.stop), startDate].sort()[1] ?? startDate;
    const done = a.state === "signed" || a.state === "terminated";
    const predecessor =
      a.renews === null ? undefined : agreementIds[a.renews % Math.max(agreementIds.length, 1)];
    const renewsId = predecessor !== undefined && !renewed.has(predecessor) ? predecessor : null;
    if (renewsId !== null && a.state !== "withdrawn") renewed.add(renewsId);
    await db
      .insertInto("agreements")
      .values({
        id,
        kind: a.unit === 2 ? a.kind : "pks",
        title: a.title,
        facilityId: a.unit === 2 ? null : (facilityIds[a.unit] ?? null),
        regionalOfficeId: a.unit === 2 ? officeId : null,
        parentMouId: null,
        fields: a.fields,
        facilityDocumentNumber: done ? `F/${id}` : null,
        partnerDocumentNumber: done ? `P/${id}` : null,
        signatories: json([]),
        signedDocument: done ? json({ sha256: "a".repeat(64) }) : null,
        startDate,
        endDate,
        renewsId,
        state: a.state,
        signedAt: done ? `${signedOn}T05:00:00.000Z` : null,
        signedOn: done ? signedOn : null,
        terminatedOn: a.state === "terminated" ? stop : null,
        terminationReason: a.state === "terminated" ? "alasan" : null,
        ...stamp,
      })
      .execute();
    agreementIds.push(id);
  }
  const agreementAt = (n: number) =>
    agreementIds.length === 0 ? null : (agreementIds[n % agreementIds.length] ?? null);
  for (const it of w.items) {
    const agreementId = agreementAt(it.agreement);
    if (agreementId === null) continue;
    const id = randomUUID();
    const adjustments = [...it.adjustments].sort((x, y) => Date.parse(at(x.at)) - Date.parse(at(y.at)));
    await db
      .insertInto("actionItems")
      .values({
        id,
        agreementId,
        activity: "Kegiatan",
        field: "health",
        targetAmount: it.target,
        targetUnit: "orang",
        dueDate: it.due === null ? null : day(it.due),
        realisedAmount: adjustments.at(-1)?.amount ?? it.initial,
        evidence: json([]),
        status: it.status,
        ...stamp,
      })
      .execute();
    let previous = it.initial;
    for (const x of adjustments) {
      await db
        .insertInto("actionItemAdjustments")
        .values({
          id: randomUUID(),
          actionItemId: id,
          previousAmount: previous,
          realisedAmount: x.amount,
          reason: "koreksi",
          evidence: json([]),
          adjustedAt: at(x.at),
          adjustedBy: "tester",
        })
        .execute();
      previous = x.amount;
    }
  }
  for (const e of w.engagements) {
    const id = randomUUID();
    await db
      .insertInto("engagements")
      .values({
        id,
        facilityId: facilityIds[e.facility] ?? "",
        kind: "audience",
        date: day(e.date),
        ...stamp,
      })
      .execute();
    for (const f of e.followUps)
      await db
        .insertInto("followUps")
        .values({
          id: randomUUID(),
          engagementId: id,
          text: "Tindak lanjut",
          ownerName: "Kasi",
          dueDate: day(f.due),
          status: f.status,
          closedAt: f.status === "open" ? null : at(f.closed),
          dropReason: f.status === "dropped" ? "batal" : null,
          ...stamp,
        })
        .execute();
  }
  return agreementAt;
}
