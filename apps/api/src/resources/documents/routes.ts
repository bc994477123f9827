import { createHash } from "node:crypto";
import { documentContent, type Executor, findDocument, insertDocument } from "@sinergi/db";
import {
  checkUpload,
  type DocumentPurpose,
  DocumentSchema,
  IdSchema,
  MAX_DOCUMENT_BYTES,
  type Permission,
  type Scope,
  type StoredDocument,
  safeFileName,
  type UploadDocumentQuery,
  UploadDocumentQuerySchema,
} from "@sinergi/domain";
import { type Context, Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { assertPermission, requireAnyPermission, requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { MAX_BODY_BYTES } from "../../http/body-limit.ts";
import { unwrap } from "../../http/error-map.ts";
import { setEtag } from "../../http/etag.ts";
import { errorResponses, jsonContent, problemResponse } from "../../http/openapi.ts";
import { notFound, ProblemError } from "../../http/problem.ts";
import { params, query } from "../../http/validate.ts";

const tags = ["Documents"];
const IdParams = v.object({ id: IdSchema });
const UPLOAD_PATH = "/api/v1/documents";

/** Uploading needs the permission of writing what the document is for (the record that cites it). */
const UPLOAD_PERMISSION: Readonly<Record<DocumentPurpose, Permission>> = {
  signed_agreement: "agreements:write",
  addendum: "agreements:write",
  evidence: "agreements:write",
  licence: "organisation:write",
};

/** The body limit of a route: an upload may carry a whole document (20 MB, plus multipart framing). */
export const uploadLimit = (method: string, path: string): number =>
  method === "POST" && path === UPLOAD_PATH ? MAX_DOCUMENT_BYTES + 64 * 1024 : MAX_BODY_BYTES;

/** The file of a request: a multipart part named `file`, or else the raw body with `fileName` from the query. */
async function uploadedFile(
  c: Context<AppEnv>,
  q: UploadDocumentQuery,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const type = c.req.header("content-type") ?? "";
  if (/^multipart\/form-data/i.test(type)) {
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody();
    } catch {
      throw new ProblemError(400, "validation", "The multipart body cannot be read", {
        errors: [{ field: "file", message: "must be a readable multipart/form-data body" }],
      });
    }
    const file = form.file;
    if (!(file instanceof File))
      throw new ProblemError(422, "validation", "The request is not valid", {
        errors: [{ field: "file", message: "must be a file part named file" }],
      });
    return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: q.fileName ?? file.name };
  }
  return { bytes: new Uint8Array(await c.req.arrayBuffer()), fileName: q.fileName ?? "document" };
}

/** Whose the document is: the named facility or office when the caller's scope covers it, else the caller's own. */
async function ownerOf(
  db: Executor,
  scope: Scope,
  q: UploadDocumentQuery,
): Promise<Pick<StoredDocument, "facilityId" | "regionalOfficeId">> {
  const refused = (field: string, what: string) =>
    new ProblemError(422, "validation/reference", "A referenced record does not exist", {
      errors: [{ field: `query.${field}`, message: `no such ${what}` }],
    });
  if (q.facilityId !== undefined && q.regionalOfficeId !== undefined)
    throw new ProblemError(422, "validation", "The request is not valid", {
      errors: [
        { field: "query.regionalOfficeId", message: "name a facility or a regional office, not both" },
      ],
    });
  if (q.facilityId !== undefined) {
    const f = await db
      .selectFrom("facilities")
      .select(["id", "regionalOfficeId"])
      .where("id", "=", q.facilityId)
      .executeTakeFirst();
    const ok =
      f !== undefined &&
      (scope.kind === "national" ||
        (scope.kind === "regional" && f.regionalOfficeId === scope.regionalOfficeId) ||
        (scope.kind === "facility" && f.id === scope.facilityId));
    if (!ok) throw refused("facilityId", "facility");
    return { facilityId: f.id, regionalOfficeId: null };
  }
  if (q.regionalOfficeId !== undefined) {
    const ro = await db
      .selectFrom("regionalOffices")
      .select("id")
      .where("id", "=", q.regionalOfficeId)
      .executeTakeFirst();
    const ok =
      ro !== undefined &&
      (scope.kind === "national" || (scope.kind === "regional" && ro.id === scope.regionalOfficeId));
    if (!ok) throw refused("regionalOfficeId", "regional office");
    return { facilityId: null, regionalOfficeId: ro.id };
  }
  if (scope.kind === "facility") return { facilityId: scope.facilityId, regionalOfficeId: null };
  if (scope.kind === "regional") return { facilityId: null, regionalOfficeId: scope.regionalOfficeId };
  return { facilityId: null, regionalOfficeId: null };
}

/** /documents: uploaded signed scans, addenda, evidence and licence scans, stored in the database. */
export function documentsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.post(
    "/documents",
    describeRoute({
      operationId: "uploadDocument",
      summary: "Upload a document (signed scan, addendum, evidence, licence scan)",
      description:
        "Send the file as multipart/form-data (a part named `file`) or as the raw body with its content type " +
        "and `fileName` in the query. The server reads the real type from the bytes (PDF, JPEG or PNG; the " +
        "name and declared type are not trusted), computes the SHA-256 and stores the bytes in the database. " +
        "At most 20 MB. Refer to it by id: an agreement's `signedDocumentId`, an addendum's, evidence's " +
        "`documentId`, a licence's `documentId`.\n\n" +
        "Who may upload depends on what the document is for (`purpose`), as for the record that will cite " +
        "it: a licence scan needs `organisation:write` (as writing the licence does); a signed agreement, " +
        "an addendum or evidence needs `agreements:write`. A caller with neither is refused before the " +
        "body is read; one with the other permission only is refused 403 naming the one needed.",
      tags,
      requestBody: {
        required: true,
        description: "The file: a multipart part named `file`, or the raw bytes.",
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              required: ["file"],
              properties: {
                file: { type: "string", format: "binary", description: "The file (PDF, JPEG or PNG)." },
              },
            },
          },
          "application/pdf": { schema: { type: "string", format: "binary", description: "A PDF file." } },
          "image/jpeg": { schema: { type: "string", format: "binary", description: "A JPEG image." } },
          "image/png": { schema: { type: "string", format: "binary", description: "A PNG image." } },
        },
      },
      responses: {
        201: jsonContent("Stored", DocumentSchema, true),
        413: problemResponse(413, "The document is larger than 20 MB"),
        ...errorResponses(400, 415, 422),
      },
    }),
    requireAnyPermission([...new Set(Object.values(UPLOAD_PERMISSION))]),
    query(UploadDocumentQuerySchema),
    async (c) => {
      const q = c.req.valid("query");
      assertPermission(c, UPLOAD_PERMISSION[q.purpose]);
      const { bytes, fileName } = await uploadedFile(c, q);
      const sniffed = bytes.length === 0 ? undefined : await sniffMediaType(bytes);
      const mediaType = unwrap(checkUpload(bytes.length, sniffed));
      const principal = c.get("principal");
      if (!principal) throw notFound("Document");
      const at = c.get("now")();
      const doc: StoredDocument = {
        id: c.get("newId")(),
        purpose: q.purpose,
        fileName: safeFileName(fileName),
        mediaType,
        sizeBytes: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        ...(await ownerOf(c.get("db"), principal.scope, q)),
        uploadedBy: c.get("actor"),
      };
      const saved = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const stored = await insertDocument(trx, doc, bytes, at);
          await audit(trx, c, {
            action: "create",
            resourceType: "document",
            resourceId: doc.id,
            before: null,
            after: doc,
          });
          return stored;
        });
      setEtag(c, saved.revision);
      c.header("Location", `/api/v1/documents/${saved.id}`);
      return c.json(saved, 201);
    },
  );

  r.get(
    "/documents/:id",
    describeRoute({
      operationId: "getDocument",
      summary: "Read a document's facts (name, type, size, SHA-256)",
      tags,
      responses: {
        200: jsonContent("The document's facts", DocumentSchema, true),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("agreements:read"),
    params(IdParams),
    async (c) => {
      const principal = c.get("principal");
      const found = principal && (await findDocument(c.get("db"), c.req.valid("param").id, principal.scope));
      if (!found) throw notFound("Document");
      setEtag(c, found.revision);
      return c.json(found);
    },
  );

  r.get(
    "/documents/:id/content",
    describeRoute({
      operationId: "downloadDocument",
      summary: "Download a document's bytes (each download is audited)",
      tags,
      responses: {
        200: {
          description: "The file as uploaded, with its sniffed content type",
          content: {
            "application/pdf": { schema: { type: "string", format: "binary", description: "A PDF file." } },
            "image/jpeg": { schema: { type: "string", format: "binary", description: "A JPEG image." } },
            "image/png": { schema: { type: "string", format: "binary", description: "A PNG image." } },
          },
        },
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("agreements:read"),
    params(IdParams),
    async (c) => {
      const principal = c.get("principal");
      const { id } = c.req.valid("param");
      const bytes = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const found = principal && (await findDocument(trx, id, principal.scope));
          if (!found) throw notFound("Document");
          const content = await documentContent(trx, id);
          if (!content) throw notFound("Document");
          await audit(trx, c, {
            action: "download",
            resourceType: "document",
            resourceId: id,
            before: null,
            after: { fileName: found.fileName, sha256: found.sha256, sizeBytes: found.sizeBytes },
          });
          return { content, found };
        });
      const { content, found } = bytes;
      return c.body(new Uint8Array(content), 200, {
        "Content-Type": found.mediaType,
        "Content-Length": String(content.length),
        "Content-Disposition": `attachment; filename="${found.fileName.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(found.fileName)}`,
        ETag: `"${found.sha256}"`,
      });
    },
  );

  return r;
}

/** The media type the bytes' signature says; file-type is loaded on the first upload, not at start. */
async function sniffMediaType(bytes: Uint8Array): Promise<string | undefined> {
  const { fileTypeFromBuffer } = await import("file-type");
  return (await fileTypeFromBuffer(bytes))?.mime;
}
