import type { AgreementSnapshot } from "@sinergi/domain";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";

/** An earlier version kept after an amendment. */
export interface AgreementVersionRecord {
  readonly version: number;
  readonly snapshot: AgreementSnapshot;
  readonly supersededAt: string;
  readonly supersededBy: string;
  readonly reason: string | null;
}

/** Keeps the text an amendment superseded. */
export async function insertAgreementVersion(
  db: Executor,
  prior: AgreementSnapshot,
  superseded: { at: string; by: string; reason: string | null },
): Promise<void> {
  await db
    .insertInto("agreementVersions")
    .values({
      agreementId: prior.id,
      version: prior.version,
      snapshot: json(prior),
      supersededAt: superseded.at,
      supersededBy: superseded.by,
      reason: superseded.reason,
    })
    .execute();
}

/** The superseded versions of an agreement, oldest first. */
export async function listAgreementVersions(db: Executor, id: string): Promise<AgreementVersionRecord[]> {
  const rows = await db
    .selectFrom("agreementVersions")
    .selectAll()
    .where("agreementId", "=", id)
    .orderBy("version")
    .execute();
  return rows.map((r) => ({
    version: r.version,
    snapshot: r.snapshot as AgreementSnapshot,
    supersededAt: r.supersededAt,
    supersededBy: r.supersededBy,
    reason: r.reason,
  }));
}
