import { agreementTimeZone, appendHistory, insertActionItems, insertAgreement } from "@sinergi/db";
import {
  AgreementSchema,
  createActionItem,
  dateInZone,
  draftAgreement,
  RecordAgreementSchema,
  recordSignedAgreement,
} from "@sinergi/domain";
import type { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { setEtag } from "../../http/etag.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { jsonBody } from "../../http/validate.ts";
import {
  checkDocuments,
  checkPartiesInScope,
  checkReferences,
  evidenceDocuments,
  moveContext,
  presentAgreement,
  tags,
} from "./present.ts";

/** Registers POST /agreements/record: an agreement already signed on paper, in one call. */
export function recordRoute(r: Hono<AppEnv>): void {
  r.post(
    "/agreements/record",
    describeRoute({
      operationId: "recordSignedAgreement",
      summary:
        "Record an agreement already signed on paper, with its signing facts and action plan, in one call",
      description:
        "Most existing PKS are on paper: this records one as signed in one transaction (terms, both document " +
        "numbers, signatories, the stored signed document, dates, the local signing day and time, the action " +
        "plan). Its history has one entry, marked as recorded after the fact. Needs the sign permission.",
      tags,
      responses: {
        201: jsonContent("The agreement, signed", AgreementSchema, true),
        ...errorResponses(400, 409, 422),
      },
    }),
    requirePermission("agreements:sign"),
    jsonBody(RecordAgreementSchema),
    async (c) => {
      const { reason, actionItems, signedOn, signedTime, ...terms } = c.req.valid("json");
      const ctx = moveContext(c, reason);
      const newId = c.get("newId");
      const draft = unwrap(draftAgreement(newId(), terms, ctx)).entity;
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          await checkReferences(trx, draft);
          await checkPartiesInScope(c, trx, draft);
          await checkDocuments(c, trx, [
            { field: "signedDocumentId", id: draft.signedDocumentId },
            ...(actionItems ?? []).flatMap((i, n) =>
              evidenceDocuments(i.evidence, `actionItems.${n}.evidence`),
            ),
          ]);
          // The signing day may not be after today where the agreement is (its facility's or office's zone).
          const today = dateInZone(ctx.at, await agreementTimeZone(trx, draft));
          const cmd = { signedOn, ...(signedTime === undefined ? {} : { signedTime }) };
          const { entity, history } = unwrap(recordSignedAgreement(draft, cmd, ctx, today));
          const plan = (actionItems ?? []).map((i) =>
            unwrap(createActionItem(newId(), entity.id, "draft", i)),
          );
          const saved = await insertAgreement(trx, entity, ctx.at);
          await insertActionItems(trx, plan, ctx.at);
          await appendHistory(trx, "agreement", saved.id, history);
          await audit(trx, c, {
            // A create like any other; its history says it was recorded after the fact.
            action: "create",
            resourceType: "agreement",
            resourceId: saved.id,
            before: null,
            after: { ...entity, actionItems: plan },
          });
          return saved;
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/agreements/${created.id}`);
      return c.json(presentAgreement(created, ctx.at), 201);
    },
  );
}
