import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import { beforeAll, expect } from "vitest";
import { type ApiTest, anyRevision } from "../../testing.ts";
import { signingFacts, storeSignedScan } from "./fixtures.ts";

/** The agreements collection's path. */
export const AGREEMENTS = "/api/v1/agreements";

/**
 * The setup the agreement suites share: Barabai (WITA) at home and the signed scan stored before the
 * suite, and helpers that make agreements in each state. `org` is filled in before the first test.
 */
export function agreementSuite(t: ApiTest) {
  const org = {} as OrgFixture;
  beforeAll(async () => {
    Object.assign(org, await insertOrgFixture(t.db, { home: "barabai" }));
    await storeSignedScan(t.db);
  });
  /** A literacy PKS of the home facility with Dinas Kesehatan, made through the API as a draft. */
  const draft = async (extra: Record<string, unknown> = {}) =>
    (
      await t.post(AGREEMENTS, {
        kind: "pks",
        title: "PKS Peningkatan Budaya Literasi",
        facilityId: org.facilityId,
        partnerIds: [org.partnerIds[1]],
        fields: ["literacy"],
        ...extra,
      })
    ).body;
  /** A draft moved on to negotiating. */
  const negotiating = async () => {
    const a = await draft();
    await t.post(`${AGREEMENTS}/${a.id}/propose`, {}, anyRevision);
    return (await t.post(`${AGREEMENTS}/${a.id}/negotiate`, {}, anyRevision)).body;
  };
  /** A negotiated draft signed with the usual facts (overridable). */
  const signed = async (facts: Record<string, unknown> = {}) => {
    const a = await negotiating();
    const res = await t.post(`${AGREEMENTS}/${a.id}/sign`, { ...signingFacts, ...facts }, anyRevision);
    expect(res.status).toBe(200);
    return res.body;
  };
  /** The agreement's row as stored. */
  const row = (id: string) =>
    t.db.selectFrom("agreements").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  /** The body of a social PKS of the home facility with the city government (Pemkot). */
  const pks = (extra: Record<string, unknown> = {}) => ({
    kind: "pks",
    title: "PKS Pembinaan Kesadaran Hukum",
    facilityId: org.facilityId,
    partnerIds: [org.partnerIds[0]],
    fields: ["social"],
    ...extra,
  });
  /** Records a PKS signed on paper after the fact. */
  const record = (extra: Record<string, unknown> = {}) =>
    t.post(`${AGREEMENTS}/record`, { ...pks(), ...signingFacts, ...extra });
  return { org, draft, negotiating, signed, row, pks, record };
}
