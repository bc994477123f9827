import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  judgePassword,
  MIN_PASSWORD_SCORE,
  type PasswordRefusal,
  passwordProblem,
  passwordRefusal,
  personalParts,
  refusalMessage,
  strongOneTimePassword,
} from "./password-rule.ts";
import { passwordScore } from "./password-strength.ts";

const agus = { name: "Agus Salim", email: "agus.salim@lapas-medan.go.id" };

describe("the password rule", () => {
  it("takes the name's words, the whole email and its local part as personal", () => {
    expect(personalParts(agus)).toEqual(
      expect.arrayContaining(["agus.salim@lapas-medan.go.id", "agus.salim", "agussalim", "agus", "salim"]),
    );
    expect(personalParts({ name: "Al Bo", email: "x@y.id" })).toEqual(["x@y.id", "albo"]);
  });

  it.each([
    ["Agus-Lari-Pagi-2026", "personal"],
    ["kopi SALIM tubruk hangat", "personal"],
    ["a g u s s a l i m tujuh kuda", "personal"],
    ["agus.salim@lapas-medan.go.id", "personal"],
    ["tujuh kuda berlari di pantai", undefined],
  ] as const)("judges %j as %s (given a strong score)", (password, verdict) => {
    expect(judgePassword(password, 4, agus)).toBe(verdict);
  });

  it("refuses any password scoring below 3, and accepts from 3", () => {
    expect(MIN_PASSWORD_SCORE).toBe(3);
    for (const score of [0, 1, 2]) expect(judgePassword("tujuh kuda berlari", score, agus)).toBe("too-weak");
    for (const score of [3, 4]) expect(judgePassword("tujuh kuda berlari", score, agus)).toBeUndefined();
  });

  test.prop([
    fc.string({ minLength: 12, maxLength: 60 }),
    fc.constantFrom("too-weak", "personal", "unchanged", "reused"),
  ])("says why in plain words, never repeating the password", (password, refusal) => {
    const problem = passwordProblem(refusal as PasswordRefusal, "newPassword").toProblem();
    expect(problem.errors?.[0]?.message).toBe(refusalMessage(refusal as PasswordRefusal));
    if (password.trim().length > 4) expect(JSON.stringify(problem)).not.toContain(password);
  });
});

describe("the strength estimate (zxcvbn-ts, common and Indonesian dictionaries)", () => {
  it.each([
    "password123456",
    "            ",
    "qwertyuiop123",
    "bismillah12345",
    "indonesia12345",
    "rahasia123456",
  ])("rates %j below 3", async (password) => {
    expect(await passwordScore(password)).toBeLessThan(MIN_PASSWORD_SCORE);
  });

  it.each(["tujuh kuda berlari di pantai", "Pagi-ini-kopi-tubruk-hangat", "correct horse battery staple"])(
    "rates %j 3 or more",
    async (password) => {
      expect(await passwordScore(password)).toBeGreaterThanOrEqual(MIN_PASSWORD_SCORE);
    },
  );

  it("refuses weak and personal passwords and accepts a strong one", async () => {
    expect(await passwordRefusal("password123456", agus)).toBe("too-weak");
    expect(await passwordRefusal(" ".repeat(12), agus)).toBe("too-weak");
    expect(await passwordRefusal("agus.salim@lapas-medan.go.id", agus)).toBe("personal");
    expect(await passwordRefusal("tujuh kuda berlari di pantai", agus)).toBeUndefined();
  });

  it("generates one-time passwords that pass the rule themselves", async () => {
    for (let i = 0; i < 5; i++) {
      const otp = await strongOneTimePassword(agus);
      expect(await passwordRefusal(otp, agus)).toBeUndefined();
    }
  });
});
