import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatVerificationCode, isVerificationCode } from "./verification-code.ts";

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
