import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { DocumentError } from "./errors.ts";

/** What a stored document is: a signed agreement scan, an addendum, action-item evidence, a licence scan. */
export const DOCUMENT_PURPOSES = ["signed_agreement", "addendum", "evidence", "licence"] as const;
/** What a stored document is. */
export type DocumentPurpose = (typeof DOCUMENT_PURPOSES)[number];

/** The only content types accepted, as read from the file's own bytes (never its name). */
export const DOCUMENT_MEDIA_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
/** An accepted content type. */
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** The largest document accepted: 20 MB (a multi-page scan at 300 dpi fits). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** A stored document's facts (the bytes live beside them in the database). */
export interface StoredDocument {
  readonly id: string;
  readonly purpose: DocumentPurpose;
  readonly fileName: string;
  readonly mediaType: DocumentMediaType;
  readonly sizeBytes: number;
  /** SHA-256 of the bytes, computed by the server (64 lowercase hex digits). */
  readonly sha256: string;
  /** The facility it belongs to, or null. */
  readonly facilityId: string | null;
  /** The regional office it belongs to, or null (both null: national). */
  readonly regionalOfficeId: string | null;
  readonly uploadedBy: string;
}

/**
 * Checks an upload: not empty, at most 20 MB, and a content type sniffed from its bytes that is PDF,
 * JPEG or PNG (`sniffed` is undefined when the bytes match no known format).
 */
export function checkUpload(
  sizeBytes: number,
  sniffed: string | undefined,
): Result<DocumentMediaType, DocumentError> {
  if (sizeBytes === 0)
    return err(domainError("document/empty", "the document is empty", { field: "content" }));
  if (sizeBytes > MAX_DOCUMENT_BYTES)
    return err(
      domainError("document/too-large", "the document is larger than 20 MB", {
        field: "content",
        detail: { maxBytes: MAX_DOCUMENT_BYTES },
      }),
    );
  const allowed = (DOCUMENT_MEDIA_TYPES as readonly string[]).includes(sniffed ?? "");
  if (!allowed)
    return err(
      domainError("document/unsupported-type", "the document must be a PDF, JPEG or PNG file", {
        field: "content",
        detail: { allowed: [...DOCUMENT_MEDIA_TYPES] },
      }),
    );
  return ok(sniffed as DocumentMediaType);
}

/** A file name safe to send back in Content-Disposition: no path, no control or quote characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return clean.length > 0 ? clean.slice(0, 255) : "document";
}
