const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Encodes 10 random bytes (80 bits) as 16 Crockford base32 characters; the bytes come from outside. */
export function formatVerificationCode(bytes: Uint8Array): string {
  if (bytes.length < 10) throw new Error("a verification code needs at least 10 random bytes");
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes.subarray(0, 10)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** True for a well-formed verification code (case-insensitive, Crockford alphabet, 16 characters). */
export const isVerificationCode = (s: string): boolean => /^[0-9A-HJKMNP-TV-Z]{16}$/i.test(s);
