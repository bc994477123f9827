import { demoId, type Move, type SeedContext, span, writeHistory } from "./shared.ts";

/** A facility licence with its history. */
export interface LicenceSeed {
  readonly key: string;
  readonly facilityId: string;
  readonly type: string;
  readonly number?: string;
  readonly issuer: string;
  readonly appliedOn: string;
  readonly grantedOn?: string;
  readonly expiresOn?: string;
  readonly status: "applied" | "granted" | "expired" | "revoked";
  readonly notes: string;
  readonly moves: readonly Move[];
}

/** Inserts a facility licence; returns its id. */
export async function insertLicence(ctx: SeedContext, l: LicenceSeed): Promise<string> {
  const id = demoId(`licence:${l.key}`);
  const { first, last } = span(l.moves);
  await ctx.trx
    .insertInto("facilityLicences")
    .values({
      id,
      facilityId: l.facilityId,
      type: l.type,
      number: l.number ?? null,
      issuer: l.issuer,
      status: l.status,
      appliedOn: l.appliedOn,
      grantedOn: l.grantedOn ?? null,
      expiresOn: l.expiresOn ?? null,
      revokedReason: null,
      notes: l.notes,
      revision: l.moves.length,
      createdAt: first.at,
      updatedAt: last.at,
    })
    .execute();
  await writeHistory(ctx, "facility_licence", id, l.moves);
  ctx.counts.licences += 1;
  return id;
}
