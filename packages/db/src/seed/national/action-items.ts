import { ACTIVITIES } from "./agreement-text.ts";
import type { AgreementRows } from "./agreements.ts";
import { addHistory, earlier, later, type Move, plusSeconds, type SeedRun, TAG } from "./context.ts";
import { daysFrom, plusDays, type Rng } from "./random.ts";

/** The action items of a signed agreement over its term, each with its lifecycle so far. */
export function actionPlan(
  run: SeedRun,
  rng: Rng,
  out: AgreementRows,
  agreementId: string,
  fields: readonly string[],
  start: string,
  end: string,
  terminatedOn: string | null,
  agreementMoves: readonly Move[],
): void {
  const created = agreementMoves[0] as Move;
  const signed = agreementMoves.find((m) => m.to === "signed") as Move;
  const n = rng.int(1, 3);
  const span = daysFrom(start, end);
  for (let k = 1; k <= n; k += 1) {
    const field = fields[(k - 1) % fields.length] as string;
    const [activity, unit, lo, hi] = ACTIVITIES[field] ?? [
      "Kegiatan pembinaan warga binaan",
      "kegiatan",
      1,
      10,
    ];
    const target = rng.int(lo, hi);
    const due = plusDays(start, Math.floor((span * k) / (n + 1)));
    const moves: Move[] = [{ to: "planned", at: created.at, actor: created.actor }];
    const startedOn = [
      plusDays(signed.at.slice(0, 10), 30),
      plusDays(due, -1),
      run.today,
    ].sort()[0] as string;
    const startedAt =
      `${startedOn}T03:00:00.000Z` > signed.at ? `${startedOn}T03:00:00.000Z` : plusSeconds(signed.at, 3600);
    let status: "planned" | "in_progress" | "done" | "cancelled" = "planned";
    let realised = 0;
    const stop = terminatedOn ?? run.today;
    if (terminatedOn && due > terminatedOn) status = "cancelled";
    else if (due <= run.today) status = rng.weighted({ done: 75, in_progress: 20, cancelled: 5 });
    else if (start <= run.today) status = rng.chance(0.6) ? "in_progress" : "planned";
    if (status === "done" || status === "in_progress") {
      moves.push({ to: "in_progress", at: startedAt, actor: signed.actor });
      realised =
        status === "done"
          ? Math.round(target * (0.8 + rng.next() * 0.4))
          : Math.round(target * rng.next() * 0.8);
    }
    if (status === "done")
      moves.push({
        to: "done",
        at: later(`${due}T04:00:00.000Z`, plusSeconds(startedAt, 3600)),
        actor: signed.actor,
      });
    if (status === "cancelled")
      moves.push({
        to: "cancelled",
        at: later(`${earlier(terminatedOn ?? due, stop)}T05:00:00.000Z`, plusSeconds(signed.at, 7200)),
        actor: signed.actor,
        reason: terminatedOn ? "Perjanjian diakhiri" : "Tidak dapat dilaksanakan",
      });
    const id = run.ids.next(TAG.actionItem);
    const last = moves[moves.length - 1] as Move;
    out.actionItems.push([
      id,
      agreementId,
      activity,
      field,
      target,
      unit,
      due,
      realised,
      realised > 0
        ? JSON.stringify([{ label: "Laporan realisasi kegiatan", date: last.at.slice(0, 10) }])
        : "[]",
      status,
      moves.length,
      created.at,
      last.at,
    ]);
    addHistory(run, "action_item", id, moves);
  }
}
