import { type EnrollmentRecord, type Executor, findCohortEnrollments } from "@sinergi/db";
import type { Context } from "hono";
import { audit } from "../../access/audit.ts";
import type { AppEnv } from "../../context.ts";
import { cohortFacts, presentEnrollment, visibleCohort } from "../enrollments/shared.ts";
import { batchRefused, type ItemRefusal, referenceRefusal, staleRefusal } from "./refusals.ts";

/** One item of a bulk write: the enrollment it names and, optionally, the revision the caller read. */
export interface BatchItem {
  readonly enrollmentId: string;
  readonly revision?: number | undefined;
}

/** What applying one item gives: the enrollment to save, or the refusal. */
export type Applied<T> =
  | { readonly next: EnrollmentRecord; readonly extra: T }
  | { readonly refusal: ItemRefusal };

/**
 * Runs a bulk write on enrollments of one cohort in one transaction: locks them in id order, applies
 * `apply` to each item, and either refuses the whole batch (listing every refused item) or saves each
 * one with its own audit entry. Returns the saved enrollments as the API shows them, in the items' order.
 */
export async function writeBatch<I extends BatchItem, T>(
  c: Context<AppEnv>,
  options: {
    readonly list: string;
    readonly action: string;
    readonly items: readonly I[];
    readonly apply: (
      e: EnrollmentRecord,
      item: I,
      index: number,
      facts: Awaited<ReturnType<typeof cohortFacts>>,
    ) => Applied<T>;
    readonly save: (
      trx: Executor,
      next: EnrollmentRecord,
      extra: T,
      now: string,
    ) => Promise<EnrollmentRecord>;
  },
) {
  const now = c.get("now")();
  const saved = await c
    .get("db")
    .transaction()
    .execute(async (trx) => {
      const cohort = await visibleCohort(c, c.req.param("id") ?? "", trx);
      const facts = await cohortFacts(trx, cohort);
      const rows = await findCohortEnrollments(
        trx,
        cohort.id,
        options.items.map((i) => i.enrollmentId),
        { forUpdate: true },
      );
      const byId = new Map(rows.map((e) => [e.id, e] as const));
      const refusals: ItemRefusal[] = [];
      const applied: { before: EnrollmentRecord; next: EnrollmentRecord; extra: T }[] = [];
      for (const [index, item] of options.items.entries()) {
        const before = byId.get(item.enrollmentId);
        if (!before) {
          refusals.push(referenceRefusal(options.list, index, "enrollmentId", "enrollment in this cohort"));
          continue;
        }
        if (item.revision !== undefined && item.revision !== before.revision) {
          refusals.push(staleRefusal(options.list, index));
          continue;
        }
        const r = options.apply(before, item, index, facts);
        if ("refusal" in r) refusals.push(r.refusal);
        else applied.push({ before, next: r.next, extra: r.extra });
      }
      if (refusals.length > 0) throw batchRefused(refusals);
      const out: EnrollmentRecord[] = [];
      for (const { before, next, extra } of applied) {
        const after = await options.save(trx, next, extra, now);
        // One audit entry per enrollment, as if each had been written on its own.
        await audit(trx, c, {
          action: options.action,
          resourceType: "enrollment",
          resourceId: after.id,
          before,
          after,
        });
        out.push(after);
      }
      return { out, planned: cohort.plannedSessions };
    });
  return { items: saved.out.map((e) => presentEnrollment(e, saved.planned)) };
}
