import { createHash } from "node:crypto";
import type { Database } from "@sinergi/db";
import type { Kysely } from "kysely";

/** The stored signed scan the signing tests refer to (a national document, so every scope reaches it). */
export const SIGNED_SCAN_ID = "00000000-0000-4000-8000-00000000d0c1";

/** A minimal PDF's bytes (the header is what the type sniffing reads). */
export const PDF_BYTES = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

/** Stores the signed scan straight in the database (once per database). */
export async function storeSignedScan(db: Kysely<Database>): Promise<void> {
  const at = new Date().toISOString();
  await db
    .insertInto("documents")
    .values({
      id: SIGNED_SCAN_ID,
      purpose: "signed_agreement",
      fileName: "pks-dinkes.pdf",
      mediaType: "application/pdf",
      sizeBytes: PDF_BYTES.length,
      sha256: createHash("sha256").update(PDF_BYTES).digest("hex"),
      content: PDF_BYTES,
      facilityId: null,
      regionalOfficeId: null,
      uploadedBy: "test",
      createdAt: at,
      updatedAt: at,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

/** Everything signing needs, with a 2024-03-05 .. 2027-03-04 term, signed on 1 March 2024. */
export const signingFacts = {
  signedOn: "2024-03-01",
  facilityDocumentNumber: "W17.PAS.PAS.10-PK.01.05-123",
  partnerDocumentNumber: "440/123/DINKES/2024",
  signatories: [
    { name: "Budi Santoso", position: "Kepala Rutan", side: "facility" },
    { name: "dr. Siti Aminah", position: "Kepala Dinas Kesehatan", side: "partner" },
  ],
  signedDocumentId: SIGNED_SCAN_ID,
  startDate: "2024-03-05",
  endDate: "2027-03-04",
};

/** Uploads a small PDF through the API as the raw body; returns the stored document. */
export async function uploadPdf(
  t: {
    request: (
      method: string,
      path: string,
      o: { body: string; headers: Record<string, string> },
    ) => Promise<{ status: number; body: { id: string; sha256: string } }>;
  },
  fileName: string,
  purpose = "signed_agreement",
): Promise<{ id: string; sha256: string }> {
  const res = await t.request("POST", `/api/v1/documents?purpose=${purpose}&fileName=${fileName}`, {
    body: new TextDecoder().decode(PDF_BYTES),
    headers: { "content-type": "application/pdf" },
  });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status}`);
  return res.body;
}
