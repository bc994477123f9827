import { expect, it } from "vitest";
import { describeApi } from "../../testing.ts";
import { trainingSuite } from "./training-suite.ts";

describeApi("enrolment eligibility", (t) => {
  const { inmate, cohort, enrol } = trainingSuite(t);

  it("warns, without refusing, when the inmate is due for release before the cohort ends", async () => {
    const cohortId = await cohort();
    const res = await enrol(cohortId, await inmate({ expectedReleaseDate: "2026-01-07" }));
    expect(res.status).toBe(201);
    expect(res.body.warnings.map((w: { code: string }) => w.code)).toEqual(["release-before-cohort-end"]);
  });

  it("refuses an inmate released before the cohort starts and only warns before it ends, minimum 0 included", async () => {
    const cohortId = await cohort({
      eligibility: { legalStatuses: ["convict"], minRemainingSentenceDays: 0 },
    });
    const before = await enrol(cohortId, await inmate({ expectedReleaseDate: "2026-01-04" }));
    expect([before.status, before.body.code]).toEqual([409, "enrollment/released-before-start"]);
    const during = await enrol(cohortId, await inmate({ expectedReleaseDate: "2026-01-05" }));
    expect(during.status).toBe(201);
    expect(during.body.warnings.map((w: { code: string }) => w.code)).toEqual(["release-before-cohort-end"]);
  });

  it("admits by the share of the sentence served by the cohort's start, from the inmate's sentence facts", async () => {
    const cohortId = await cohort({ eligibility: { legalStatuses: ["convict"], minSentenceServed: "half" } });
    const read = await t.get(`/api/v1/cohorts/${cohortId}`);
    expect(read.body.eligibility).toEqual({ legalStatuses: ["convict"], minSentenceServed: "half" });
    // Four years from 2024-01-05 (1,461 days): half served on 2026-01-05, the cohort's first day.
    const sentence = (startDate: string) => ({ startDate, length: { years: 4, months: 0, days: 0 } });
    const half = await enrol(
      cohortId,
      await inmate({ expectedReleaseDate: undefined, sentence: sentence("2024-01-05") }),
    );
    expect(half.status).toBe(201);
    const short = await enrol(
      cohortId,
      await inmate({ expectedReleaseDate: undefined, sentence: sentence("2024-01-07") }),
    );
    expect([short.status, short.body.code]).toEqual([409, "enrollment/sentence-not-served"]);
    const unknown = await enrol(cohortId, await inmate());
    expect([unknown.status, unknown.body.code]).toEqual([409, "enrollment/sentence-unknown"]);
  });

  it("refuses ineligible enrolments with the domain's code and creates nothing", async () => {
    const cohortId = await cohort();
    const count = async () => (await t.db.selectFrom("enrollments").select("id").execute()).length;
    const n = await count();
    const detainee = await enrol(cohortId, await inmate({ legalStatus: "detainee" }));
    expect([detainee.status, detainee.body.code]).toEqual([409, "enrollment/legal-status-not-eligible"]);
    const elsewhere = await enrol(cohortId, await inmate({ domicileRegencyCode: "12.07" }));
    expect(elsewhere.body.code).toBe("enrollment/domicile-not-eligible");
    const a = await inmate();
    expect((await enrol(cohortId, a)).status).toBe(201);
    const twice = await enrol(cohortId, a);
    expect([twice.status, twice.body.code]).toEqual([409, "enrollment/already-enrolled"]);
    expect((await enrol(cohortId, await inmate())).status).toBe(201);
    const full = await enrol(cohortId, await inmate());
    expect([full.status, full.body.code]).toEqual([409, "enrollment/cohort-full"]);
    const overlapping = await cohort({ name: "Roti overlap" });
    const busy = await enrol(overlapping, a);
    expect(busy.body.code).toBe("enrollment/overlapping-cohort");
    const planned = await cohort({ name: "Belum dibuka" }, []);
    expect((await enrol(planned, await inmate())).body.code).toBe("enrollment/cohort-not-open");
    expect(await count()).toBe(n + 2);
  });
});
