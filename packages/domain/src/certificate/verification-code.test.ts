import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatVerificationCode, isVerificationCode, verificationCodeFrom } from "./verification-code.ts";

describe("verification codes", () => {
  it("encodes 80 bits as 16 Crockford characters, most significant bits first", () => {
    expect(formatVerificationCode(new Uint8Array(10))).toBe("0000000000000000");
    expect(formatVerificationCode(new Uint8Array(10).fill(255))).toBe("ZZZZZZZZZZZZZZZZ");
    expect(formatVerificationCode(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 31]))).toBe("000000000000000Z");
  });

  it("refuses fewer than 80 random bits", () => {
    expect(() => formatVerificationCode(new Uint8Array(9))).toThrow();
  });

  it("recognises codes case-insensitively and rejects the letters Crockford leaves out", () => {
    expect(isVerificationCode("abcdefghjkmnpqrs")).toBe(true);
    expect(isVerificationCode("ABCDEFGHJKMNPQRI")).toBe(false);
    expect(isVerificationCode("ABCDEFGHJKMNPQRU")).toBe(false);
    expect(isVerificationCode("ABCDEFGHJKMNPQR")).toBe(false);
    expect(isVerificationCode("ABCDEFGHJKMNPQRST")).toBe(false);
  });

  test.prop([fc.uint8Array({ minLength: 10, maxLength: 10 }), fc.integer({ min: 0, max: 79 })])(
    "turns 80 random bits into a valid code, and any one flipped bit into a different code",
    (bytes, bit) => {
      const code = formatVerificationCode(bytes);
      expect(isVerificationCode(code)).toBe(true);
      const flipped = Uint8Array.from(bytes);
      const at = Math.floor(bit / 8);
      flipped[at] = (flipped[at] ?? 0) ^ (1 << (bit % 8));
      expect(formatVerificationCode(flipped)).not.toBe(code);
    },
  );
});

describe("finding the code in what a person types or scans", () => {
  it("reads a code typed in groups, in any case, with look-alike letters", () => {
    expect(verificationCodeFrom("abcd-efgh-jkmn-pqrs")).toBe("ABCDEFGHJKMNPQRS");
    expect(verificationCodeFrom(" ABCD EFGH JKMN PQRS ")).toBe("ABCDEFGHJKMNPQRS");
    expect(verificationCodeFrom("O0IL-0000-0000-0000")).toBe("0011000000000000");
    expect(verificationCodeFrom("ABCDEFGHJKMNPQRU")).toBeNull();
    expect(verificationCodeFrom("ABCDEFGHJKMNPQR")).toBeNull();
    expect(verificationCodeFrom("")).toBeNull();
  });
  it("reads the code from a QR link's last segment or its code parameter, and nothing from other links", () => {
    expect(verificationCodeFrom("https://sinergi.example/api/v1/public/certificates/ABCDEFGHJKMNPQRS")).toBe(
      "ABCDEFGHJKMNPQRS",
    );
    expect(verificationCodeFrom("http://localhost/cek/abcdefghjkmnpqrs/")).toBe("ABCDEFGHJKMNPQRS");
    expect(verificationCodeFrom("https://x.example/verify?code=ABCD-EFGH-JKMN-PQRS")).toBe(
      "ABCDEFGHJKMNPQRS",
    );
    expect(verificationCodeFrom("https://x.example/")).toBeNull();
    expect(verificationCodeFrom("https://x.example/certificates/SNG-2026-00001")).toBeNull();
    expect(verificationCodeFrom("https://[bad")).toBeNull();
  });
  // Codes and their wrappings drawn on their own: the alphabet here is written out, not imported.
  const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const code = fc
    .array(fc.constantFrom(...ALPHABET), { minLength: 16, maxLength: 16 })
    .map((a) => a.join(""));
  test.prop([
    code,
    fc.constantFrom("", "-", " "),
    fc.boolean(),
    fc.constantFrom("", "https://sinergi.example/api/v1/public/certificates/", "http://h.example/a/b/"),
  ])("finds any code however it is grouped, cased or linked", (c, sep, lower, prefix) => {
    const grouped = (c.match(/.{4}/g) ?? []).join(sep);
    const typed = lower ? grouped.toLowerCase() : grouped;
    expect(verificationCodeFrom(`${prefix}${prefix ? c : typed}`)).toBe(c);
  });
});
