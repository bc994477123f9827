import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { addDays } from "../shared/dates.ts";
import { type Agreement, checkTerms } from "./agreement.ts";
import { amendAgreement } from "./amendment.ts";
import {
  AGREEMENT_TRANSITIONS,
  type AgreementCommand,
  missingForSigning,
  moveAgreement,
} from "./lifecycle.ts";
import { agreementStatus } from "./status.ts";
import { ctx, draftPks, signingFacts } from "./testing/fixtures.ts";

const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2022-01-01", n));

const signBody = fc.record(
  {
    facilityDocumentNumber: fc.constant(signingFacts.facilityDocumentNumber),
    partnerDocumentNumber: fc.constant(signingFacts.partnerDocumentNumber),
    signatories: fc.subarray([...signingFacts.signatories]),
    signedDocumentId: fc.constant(signingFacts.signedDocumentId),
    startDate: day,
    endDate: day,
    signedOn: day,
  },
  { requiredKeys: ["signedOn"] },
);

const command: fc.Arbitrary<AgreementCommand | { move: "amend"; endDate: string }> = fc.oneof(
  fc.constant({ move: "propose" as const }),
  fc.constant({ move: "negotiate" as const }),
  fc.constant({ move: "withdraw" as const }),
  fc.tuple(signBody, day).map(([body, today]) => ({ move: "sign" as const, body, today })),
  day.map((date) => ({ move: "terminate" as const, body: { reason: "ended", date } })),
  day.map((endDate) => ({ move: "amend" as const, endDate })),
);

function invariantsHold(a: Agreement): void {
  expect(checkTerms(a)).toBeUndefined();
  if (a.state === "signed" || a.state === "terminated") {
    expect(missingForSigning(a)).toEqual([]);
    expect(a.signedAt).not.toBeNull();
    expect(a.signedOn).not.toBeNull();
    if (a.state === "terminated" && a.signedOn !== null && a.terminatedOn !== null && a.startDate !== null) {
      expect(a.terminatedOn >= a.signedOn).toBe(true);
      expect(a.terminatedOn >= a.startDate).toBe(true);
    }
  } else {
    expect(a.signedAt).toBeNull();
    expect(a.signedOn).toBeNull();
  }
  expect(a.state === "terminated").toBe(a.terminatedOn !== null && a.terminationReason !== null);
  if (a.state !== "signed" && a.state !== "terminated") expect(a.version).toBe(1);
}

describe("agreement lifecycle properties", () => {
  test.prop([fc.array(command, { maxLength: 25 })])(
    "no sequence of moves reaches a forbidden state, and history chains state to state",
    (commands) => {
      let a = draftPks();
      let version = 1;
      for (const [i, cmd] of commands.entries()) {
        const c = ctx(new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString());
        if (cmd.move === "amend") {
          const r = amendAgreement(
            a,
            { reason: "x", signedDocumentId: signingFacts.signedDocumentId, endDate: cmd.endDate },
            c,
          );
          if (r.ok) {
            expect(r.value.prior).toEqual(a);
            a = r.value.entity;
            version += 1;
          } else expect(r.error.code).toMatch(/^agreement\//);
        } else {
          const before = a;
          const r = moveAgreement(a, cmd, c);
          if (r.ok) {
            expect(AGREEMENT_TRANSITIONS[cmd.move].from).toContain(before.state);
            expect(r.value.history).toMatchObject({ from: before.state, to: r.value.entity.state });
            a = r.value.entity;
          } else {
            expect(r.error.code).toMatch(/^agreement\//);
            if (!AGREEMENT_TRANSITIONS[cmd.move].from.includes(before.state))
              expect(r.error.code).toBe("agreement/illegal-transition");
          }
        }
        expect(a.version).toBe(version);
        invariantsHold(a);
      }
    },
  );

  test.prop([fc.array(command, { maxLength: 10 })])("terminated and withdrawn are final", (commands) => {
    for (const state of ["terminated", "withdrawn"] as const) {
      const a = draftPks({ ...signingFacts, state, terminatedOn: "2025-01-01", terminationReason: "x" });
      for (const cmd of commands) {
        const r =
          cmd.move === "amend"
            ? amendAgreement(a, { reason: "x", signedDocumentId: signingFacts.signedDocumentId }, ctx())
            : moveAgreement(a, cmd, ctx());
        expect(r.ok).toBe(false);
      }
    }
  });

  test.prop([day, day, day])("a signed agreement reads by its dates on any day", (x, y, today) => {
    const [startDate, endDate] = x < y ? [x, y] : [y, addDays(y, 1)];
    const a = draftPks({ ...signingFacts, state: "signed", startDate, endDate });
    const status = agreementStatus(a, today);
    if (today < startDate) expect(status).toBe("upcoming");
    else if (today > endDate) expect(status).toBe("expired");
    else expect(["active", "expiring"]).toContain(status);
    expect(agreementStatus(a, today, { state: "signed" })).toBe("renewed");
  });
});
