import * as v from "valibot";
import {
  described,
  describedPicklist,
  IdSchema,
  IsoInstantSchema,
  integerSchema,
  RECORD_FIELDS,
  RevisionSchema,
  textSchema,
} from "../shared/schemas.ts";
import { DOCUMENT_MEDIA_TYPES, DOCUMENT_PURPOSES, MAX_DOCUMENT_BYTES } from "./document.ts";

/** What a stored document is. */
export const DocumentPurposeSchema = describedPicklist(
  DOCUMENT_PURPOSES,
  {
    signed_agreement: "The signed scan of an agreement.",
    addendum: "The signed scan of an addendum.",
    evidence: "Evidence of an action item's realisation.",
    licence: "A scan of a facility licence.",
  },
  `must be one of ${DOCUMENT_PURPOSES.join(", ")}`,
);

/** A content type the server accepts, as sniffed from the bytes. */
export const DocumentMediaTypeSchema = describedPicklist(DOCUMENT_MEDIA_TYPES, {
  "application/pdf": "PDF.",
  "image/jpeg": "JPEG image.",
  "image/png": "PNG image.",
});

const FIELDS = {
  ...RECORD_FIELDS,
  purpose: "What the document is.",
  fileName: "The file's name as uploaded (path parts and control characters removed).",
  mediaType: "Its content type, read from its bytes by the server (not from its name).",
  sizeBytes: "Its size in bytes (at most 20 MB).",
  sha256: "SHA-256 of its bytes, computed by the server (64 lowercase hex digits).",
  facilityId: "The facility it belongs to; null for an office's or a national document.",
  regionalOfficeId: "The regional office it belongs to; null otherwise.",
  uploadedBy: "Who uploaded it.",
} as const;

/** Query of an upload: what the document is, its name, and whose it is (default: the uploader's own unit). */
export const UploadDocumentQuerySchema = v.strictObject(
  described(
    {
      purpose: DocumentPurposeSchema,
      fileName: v.optional(textSchema(255)),
      facilityId: v.optional(IdSchema),
      regionalOfficeId: v.optional(IdSchema),
    },
    {
      purpose: FIELDS.purpose,
      fileName: "The file's name, for a raw upload (a multipart part carries its own).",
      facilityId: "The facility it belongs to (default: the uploader's facility).",
      regionalOfficeId: "The regional office it belongs to (default: the uploader's office).",
    },
  ),
);
/** Query of an upload. */
export type UploadDocumentQuery = v.InferOutput<typeof UploadDocumentQuerySchema>;

/** A stored document's facts as the API returns them (the bytes are downloaded apart). */
export const DocumentSchema = v.object(
  described(
    {
      id: IdSchema,
      purpose: DocumentPurposeSchema,
      fileName: v.string(),
      mediaType: DocumentMediaTypeSchema,
      sizeBytes: integerSchema(1, MAX_DOCUMENT_BYTES),
      sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
      facilityId: v.nullable(IdSchema),
      regionalOfficeId: v.nullable(IdSchema),
      uploadedBy: v.string(),
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);
