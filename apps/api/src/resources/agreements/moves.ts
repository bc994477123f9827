import {
  allActionItems,
  appendHistory,
  insertActionItems,
  insertAgreement,
  insertAgreementVersion,
  saveActionItem,
  saveAgreement,
  successorStates,
} from "@sinergi/db";
import {
  type Agreement,
  AgreementMoveNoteSchema,
  type AgreementMoveResult,
  AgreementSchema,
  AmendAgreementSchema,
  amendAgreement,
  amendPlan,
  type MoveContext,
  negotiateAgreement,
  type Permission,
  proposeAgreement,
  RenewAgreementSchema,
  renewAgreement,
  SignAgreementSchema,
  signAgreement,
  TerminateAgreementSchema,
  terminateAgreement,
  withdrawAgreement,
} from "@sinergi/domain";
import type { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { unwrap } from "../../http/error-map.ts";
import { checkIfMatch, setEtag } from "../../http/etag.ts";
import { moveRoute } from "../../http/move-route.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { jsonBody, params } from "../../http/validate.ts";
import {
  changeableAgreement,
  checkDocuments,
  checkReferences,
  domainAgreement,
  evidenceDocuments,
  IdParams,
  localToday,
  moveContext,
  presentAgreement,
  tags,
} from "./present.ts";

interface MoveSpec<S extends v.GenericSchema> {
  readonly name: string;
  readonly summary: string;
  readonly permission: Permission;
  readonly body: S;
  /** `today` is the local date in the agreement's time zone. */
  readonly apply: (
    a: Agreement,
    body: v.InferOutput<S>,
    ctx: MoveContext,
    today: string,
  ) => AgreementMoveResult;
}

const move = <S extends v.GenericSchema>(spec: MoveSpec<S>): MoveSpec<S> => spec;

const simpleMoves = [
  move({
    name: "propose",
    summary: "Propose a draft to the partner (draft -> proposed)",
    permission: "agreements:write",
    body: AgreementMoveNoteSchema,
    apply: (a, _b, ctx) => proposeAgreement(a, ctx),
  }),
  move({
    name: "negotiate",
    summary: "Start negotiating a proposed agreement (proposed -> negotiating)",
    permission: "agreements:write",
    body: AgreementMoveNoteSchema,
    apply: (a, _b, ctx) => negotiateAgreement(a, ctx),
  }),
  move({
    name: "sign",
    summary:
      "Sign (negotiating -> signed) on the day on the paper; needs both document numbers, a signatory signing " +
      "for each side, the stored signed document and dates",
    permission: "agreements:sign",
    body: SignAgreementSchema,
    apply: (a, { reason: _r, ...facts }, ctx, today) => signAgreement(a, facts, ctx, today),
  }),
  move({
    name: "terminate",
    summary: "Terminate a signed agreement with reason and date (signed -> terminated)",
    permission: "agreements:terminate",
    body: TerminateAgreementSchema,
    apply: (a, body, ctx) => terminateAgreement(a, body, ctx),
  }),
  move({
    name: "withdraw",
    summary: "Withdraw an unsigned agreement (draft/proposed/negotiating -> withdrawn)",
    permission: "agreements:write",
    body: AgreementMoveNoteSchema,
    apply: (a, _b, ctx) => withdrawAgreement(a, ctx),
  }),
];

/** Registers the lifecycle moves, amend and renew on the agreements router. */
export function moveRoutes(r: Hono<AppEnv>): void {
  for (const spec of simpleMoves)
    moveRoute(r, {
      path: `/agreements/:id/${spec.name}`,
      operationId: `${spec.name}Agreement`,
      summary: spec.summary,
      tags,
      permission: spec.permission,
      params: IdParams,
      body: spec.body as v.GenericSchema<unknown, { reason?: string; signedDocumentId?: string }>,
      reason: (b) => b.reason,
      response: { description: "The agreement after the move", schema: AgreementSchema },
      resourceType: "agreement",
      action: `move:${spec.name}`,
      load: (c, trx, id) => changeableAgreement(c, trx, id),
      apply: async (current, body, ctx, trx, c) => {
        await checkDocuments(c, trx, [{ field: "signedDocumentId", id: body.signedDocumentId }]);
        const { entity, history } = unwrap(spec.apply(current, body as never, ctx, localToday(c, current)));
        const saved = await saveAgreement(trx, entity, current, ctx.at);
        await appendHistory(trx, "agreement", current.id, history);
        return { saved, before: domainAgreement(current), after: domainAgreement(entity) };
      },
      present: (saved, _c, ctx) => presentAgreement(saved, ctx.at),
    });

  moveRoute(r, {
    path: "/agreements/:id/amend",
    operationId: "amendAgreement",
    summary:
      "Amend a signed agreement (addendum): bumps the version, the earlier one stays readable; may add, " +
      "change or end action items",
    tags,
    permission: "agreements:sign",
    params: IdParams,
    body: AmendAgreementSchema,
    response: { description: "The amended agreement", schema: AgreementSchema },
    resourceType: "agreement",
    action: "move:amend",
    load: (c, trx, id) => changeableAgreement(c, trx, id),
    apply: async (current, body, ctx, trx, c) => {
      const id = current.id;
      const { actionItems: changes, ...amendment } = body;
      const { entity, prior, history } = unwrap(amendAgreement(current, amendment, ctx));
      await checkReferences(trx, entity);
      await checkDocuments(c, trx, [
        { field: "signedDocumentId", id: body.signedDocumentId },
        ...(changes?.add ?? []).flatMap((i, n) =>
          evidenceDocuments(i.evidence, `actionItems.add.${n}.evidence`),
        ),
        ...(changes?.change ?? []).flatMap((i, n) =>
          evidenceDocuments(i.evidence, `actionItems.change.${n}.evidence`),
        ),
      ]);
      const plan = changes
        ? unwrap(
            amendPlan(
              await allActionItems(trx, id),
              changes,
              { agreementId: id, newItemId: c.get("newId"), version: entity.version },
              ctx,
            ),
          )
        : { added: [], changed: [], ended: [] };
      await insertActionItems(trx, plan.added, ctx.at);
      for (const item of plan.changed) await saveActionItem(trx, item, ctx.at);
      for (const { entity: item, history: h } of plan.ended) {
        await saveActionItem(trx, item, ctx.at);
        await appendHistory(trx, "action_item", item.id, h);
      }
      await insertAgreementVersion(trx, domainAgreement(prior), {
        at: ctx.at,
        by: ctx.actor,
        reason: body.reason,
      });
      const saved = await saveAgreement(trx, entity, current, ctx.at);
      await appendHistory(trx, "agreement", id, history);
      return {
        saved,
        before: domainAgreement(current),
        after: changes ? { ...domainAgreement(entity), actionItems: plan } : domainAgreement(entity),
      };
    },
    present: (saved, _c, ctx) => presentAgreement(saved, ctx.at),
  });

  r.post(
    "/agreements/:id/renew",
    describeRoute({
      operationId: "renewAgreement",
      summary:
        "Draft the successor of a signed agreement, copying what carries over (parties, signatories, fields, action plan)",
      description:
        "The successor starts the day after the predecessor ends and runs the same term unless dates are given. " +
        "The predecessor reads as `renewed` once the successor is signed.",
      tags,
      responses: {
        201: jsonContent("The successor (a draft)", AgreementSchema, true),
        ...errorResponses(400, 404, 409, 412, 422),
      },
    }),
    requirePermission("agreements:write"),
    params(IdParams),
    jsonBody(RenewAgreementSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      const { reason, ...body } = c.req.valid("json");
      const ctx = moveContext(c, reason);
      const newId = c.get("newId");
      const created = await c
        .get("db")
        .transaction()
        .execute(async (trx) => {
          const current = await changeableAgreement(c, trx, id);
          checkIfMatch(c, current.revision);
          const plan = await allActionItems(trx, id);
          const states = await successorStates(trx, id);
          const renewal = unwrap(
            renewAgreement(current, plan, body, { id: newId(), newItemId: newId }, states, ctx),
          );
          const successor = await insertAgreement(trx, renewal.entity, ctx.at);
          await insertActionItems(trx, renewal.actionItems, ctx.at);
          await appendHistory(trx, "agreement", successor.id, renewal.history);
          await audit(trx, c, {
            action: "move:renew",
            resourceType: "agreement",
            resourceId: successor.id,
            before: null,
            // The successor's own terms: the entity was copied from the stored predecessor, revision and all.
            after: { ...domainAgreement(renewal.entity), actionItems: renewal.actionItems },
          });
          return successor;
        });
      setEtag(c, created.revision);
      c.header("Location", `/api/v1/agreements/${created.id}`);
      return c.json(presentAgreement(created, ctx.at), 201);
    },
  );
}
