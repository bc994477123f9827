const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Encodes 10 random bytes (80 bits) as 16 Crockford base32 characters; the bytes come from outside. */
export function formatVerificationCode(bytes: Uint8Array): string {
  if (bytes.length < 10) throw new Error("a verification code needs at least 10 random bytes");
  let bits = 0;
  let value = 0;
  let out = "";
  // An index loop: an iterator over a subarray view cost more than the encoding (half a million codes).
  for (let i = 0; i < 10; i += 1) {
    value = (value << 8) | (bytes[i] as number);
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** True for a well-formed verification code (case-insensitive, Crockford alphabet, 16 characters). */
export const isVerificationCode = (s: string): boolean => /^[0-9A-HJKMNP-TV-Z]{16}$/i.test(s);

/** Crockford's reading of look-alike characters: O as 0, I and L as 1. */
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: "0", I: "1", L: "1" };

/** A code as a person may type it (any case, grouped with spaces or hyphens), in its stored form; else null. */
export function normaliseVerificationCode(typed: string): string | null {
  const plain = typed
    .replace(/[\s-]/g, "")
    .toUpperCase()
    .replace(/[OIL]/g, (ch) => LOOK_ALIKES[ch] ?? ch);
  return isVerificationCode(plain) ? plain : null;
}

/**
 * The verification code a reference carries: the code itself, however typed, or the link its QR holds
 * (the code is the link's last path segment, or its `code` parameter). Null when it carries none.
 */
export function verificationCodeFrom(reference: string): string | null {
  const ref = reference.trim();
  // The domain has no URL class: a link is split by hand into its path and query.
  const link = /^https?:\/\/[^/?#\s]+(\/[^?#]*)?(?:\?([^#]*))?(?:#.*)?$/i.exec(ref);
  if (!/^https?:\/\//i.test(ref)) return normaliseVerificationCode(ref);
  if (!link) return null;
  const param = (link[2] ?? "")
    .split("&")
    .map((pair) => pair.split("="))
    .find(([key]) => key === "code");
  const decode = (s: string): string | null => {
    try {
      return decodeURIComponent(s.replace(/\+/g, " "));
    } catch {
      return null;
    }
  };
  const pick = param
    ? (param[1] ?? "")
    : (link[1] ?? "")
        .split("/")
        .filter((x) => x !== "")
        .at(-1);
  const raw = pick === undefined ? null : decode(pick);
  return raw === null ? null : normaliseVerificationCode(raw);
}
