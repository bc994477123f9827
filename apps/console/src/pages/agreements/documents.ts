import { api, type Schemas, unwrap } from "../../api/client.ts";

/** The facility (or regional office) a stored document belongs to, as the upload names it. */
export type DocumentOwner = { facilityId: string } | { regionalOfficeId: string } | Record<never, never>;

/** The owner of an agreement's documents: its facility, or the regional office of an office's MoU. */
export function ownerOf(a: {
  readonly facilityId: string | null;
  readonly regionalOfficeId: string | null;
}): DocumentOwner {
  if (a.facilityId) return { facilityId: a.facilityId };
  if (a.regionalOfficeId) return { regionalOfficeId: a.regionalOfficeId };
  return {};
}

/** Stores a chosen file on the server (which reads its type and computes its SHA-256); its stored facts. */
export async function uploadDocument(
  file: File,
  purpose: Schemas["DocumentPurpose"],
  owner: DocumentOwner,
): Promise<Schemas["Document"]> {
  return unwrap(
    await api.POST("/api/v1/documents", {
      params: { query: { purpose, fileName: file.name, ...owner } },
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as File,
      headers: { "content-type": file.type || "application/pdf" },
    }),
  );
}

/** Where a stored document is downloaded (same origin: the session cookie rides along). */
export const downloadHref = (id: string): string => `/api/v1/documents/${id}/content`;
