import {
  computeUnitFigures,
  findReport,
  finishRun,
  insertNextRevision,
  listReports,
  partnerReportFacts,
  type ReportSummary,
  type StoredReport,
  startRun,
} from "@sinergi/db";
import { assembleReport, assertNever, IdSchema, partnerView, type ReportLang } from "@sinergi/domain";
import { type Context, Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { audit } from "../../access/audit.ts";
import { authRequired, requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { setEtag } from "../../http/etag.ts";
import { listOf, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound } from "../../http/problem.ts";
import { params, query } from "../../http/validate.ts";
import { domicileAreaNames, viewWithAreaNames, withAreaNames } from "./area-names.ts";
import { reportCsv } from "./csv.ts";
import { reportPdf } from "./pdf.ts";
import {
  type ReportFormat,
  ReportListQuery,
  ReportReadQuery,
  ReportSchema,
  ReportSummarySchema,
} from "./schemas.ts";
import { type Layout, partnerLayout, reportLayout } from "./tables.ts";
import { reportXlsx } from "./xlsx.ts";

const tags = ["Reports"];
const IdParams = v.object({ id: IdSchema });

const MEDIA: Record<Exclude<ReportFormat, "json">, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/** The format asked for: `?format`, else the first rendering Accept names, else JSON. */
function formatOf(c: Context<AppEnv>, asked: ReportFormat | undefined): ReportFormat {
  if (asked) return asked;
  const accept = c.req.header("accept") ?? "";
  for (const [format, media] of Object.entries(MEDIA) as [Exclude<ReportFormat, "json">, string][])
    if (accept.includes(media.split(";")[0] ?? media)) return format;
  return "json";
}

const SCOPE_WORDS = {
  facility: { id: "upt", en: "facility" },
  regional_office: { id: "kanwil", en: "regional-office" },
  national: { id: "nasional", en: "national" },
} as const;

/** A plain file name: what, which scope kind, which month, which revision; never a name or an id. */
const fileName = (r: StoredReport, lang: ReportLang, ext: string) =>
  `${lang === "id" ? "laporan" : "report"}-${SCOPE_WORDS[r.scope.kind][lang]}-${r.period}-r${r.revision}.${ext}`;

const summaryOf = (r: ReportSummary) => ({
  id: r.id,
  scopeKind: r.scope.kind,
  facilityId: r.scope.kind === "facility" ? r.scope.facilityId : null,
  regionalOfficeId: r.scope.kind === "regional_office" ? r.scope.regionalOfficeId : null,
  scopeName: r.scopeName,
  timeZone: r.timeZone,
  period: r.period,
  revision: r.revision,
  latest: r.latest,
  madeAt: r.madeAt,
  dataCutOff: r.dataCutOff,
  madeBy: r.madeBy,
});

/** /reports: the monthly report snapshots, scoped, in JSON, CSV, XLSX and PDF. */
export function reportsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/reports",
    describeRoute({
      operationId: "listReports",
      summary: "List monthly reports",
      description:
        "The reports in the caller's scope, newest month first: a facility its own; a regional office its own " +
        "and its facilities'; national all; a partner system those of the facilities and offices its agreements " +
        "concern and the national one. Only each scope and month's latest revision unless `allRevisions=true`.",
      tags,
      responses: {
        200: jsonContent("A page of reports (without their figures)", listOf(ReportSummarySchema)),
        ...errorResponses(400),
      },
    }),
    requirePermission("reports:read"),
    query(ReportListQuery),
    async (c) => {
      const q = c.req.valid("query");
      const page = await withCursor(() => listReports(c.get("db"), { ...q, viewer: viewerOf(c) }));
      return c.json({
        items: page.items.map(summaryOf),
        nextCursor: page.nextCursor,
      });
    },
  );

  r.get(
    "/reports/:id",
    describeRoute({
      operationId: "getReport",
      summary: "Read a report as JSON, CSV, XLSX or PDF",
      description:
        "`format` (or the Accept header: text/csv, the XLSX type, application/pdf) picks the rendering; `lang` " +
        "the labels (Indonesian by default). CSV is UTF-8 with a byte-order mark. The PDF heads with the " +
        "facility's or office's name and the month in words, and draws the main figures as a table and a bar " +
        "chart. A partner system reads only the figures about its own area's residents and its agreements, " +
        "with counts from 1 to 4 withheld together with the counts they could be worked out from.",
      tags,
      responses: {
        200: {
          ...jsonContent("The report", ReportSchema, true),
          content: {
            ...jsonContent("The report", ReportSchema, true).content,
            "text/csv": { schema: { type: "string" as const } },
            [MEDIA.xlsx]: { schema: { type: "string" as const, format: "binary" } },
            "application/pdf": { schema: { type: "string" as const, format: "binary" } },
          },
        },
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("reports:read"),
    params(IdParams),
    query(ReportReadQuery),
    async (c) => {
      const p = c.get("principal");
      if (!p) throw authRequired();
      const db = c.get("db");
      const report = await findReport(db, c.req.valid("param").id, p.scope);
      if (!report) throw notFound("Report");
      const q = c.req.valid("query");
      const lang = q.lang ?? "id";
      const format = formatOf(c, q.format);
      let layout: Layout;
      let body: object;
      if (p.scope.kind === "partner") {
        const view = partnerView(report.content, await partnerReportFacts(db, p.scope.partnerId));
        const names = await domicileAreaNames(db, view);
        body = { ...summaryOf(report), view: "partner", content: viewWithAreaNames(view, names) };
        layout = partnerLayout(report, view, lang, names);
      } else {
        const names = await domicileAreaNames(db, report.content);
        body = { ...summaryOf(report), view: "full", content: withAreaNames(report.content, names) };
        layout = reportLayout(report, report.content, lang, names);
      }
      c.header("cache-control", "private, no-store");
      setEtag(c, report.revision);
      if (format === "json") return c.json(body);
      const headers = {
        "content-type": MEDIA[format],
        "content-disposition": `attachment; filename="${fileName(report, lang, format)}"`,
      };
      switch (format) {
        case "csv":
          return c.body(await reportCsv(layout), 200, headers);
        case "xlsx":
          return c.body(await reportXlsx(layout), 200, headers);
        case "pdf":
          return c.body(new Uint8Array(await reportPdf(layout, lang)), 200, headers);
        default:
          return assertNever(format);
      }
    },
  );

  r.post(
    "/reports/:id/regenerate",
    describeRoute({
      operationId: "regenerateReport",
      summary: "Make the next revision of a report from today's data",
      description:
        "Recomputes the report's scope and month and stores it as the next revision; every earlier revision " +
        "stays readable (list with `allRevisions=true`). For admins of the report's scope.",
      tags,
      responses: {
        201: jsonContent("The new revision (without its figures)", ReportSummarySchema, true),
        ...errorResponses(400, 404),
      },
    }),
    requirePermission("reports:regenerate"),
    params(IdParams),
    async (c) => {
      const p = c.get("principal");
      if (!p) throw authRequired();
      const db = c.get("db");
      const old = await findReport(db, c.req.valid("param").id, p.scope);
      if (!old) throw notFound("Report");
      const made = await db.transaction().execute(async (trx) => {
        const scope = old.content.scope;
        const content = assembleReport(scope, old.period, await computeUnitFigures(trx, old.period, scope));
        const id = c.get("newId")();
        const at = c.get("now")();
        const revision = await insertNextRevision(trx, {
          id,
          content,
          madeAt: at,
          dataCutOff: at,
          madeBy: `user:${p.id}`,
        });
        // The run log shows regenerates beside the worker's passes, made by the person who asked.
        const runId = c.get("newId")();
        await startRun(trx, { id: runId, kind: "regenerate", worker: `user:${p.id}`, at });
        await finishRun(trx, runId, { at, reportsMade: 1, failures: [] });
        const stored = await findReport(trx, id, undefined);
        if (!stored) throw new Error("the report just made is missing");
        // A regenerate creates a report (the next revision); the old one is untouched.
        await audit(trx, c, {
          action: "create",
          resourceType: "report",
          resourceId: id,
          before: null,
          after: { ...summaryOf(stored), regeneratedFrom: old.id, revision },
        });
        return stored;
      });
      setEtag(c, made.revision);
      c.header("Location", `/api/v1/reports/${made.id}`);
      return c.json(summaryOf(made), 201);
    },
  );

  return r;
}
