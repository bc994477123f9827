import { periodInWords, type ReportContent } from "@sinergi/domain";
import { A, useNavigate, useParams } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { For, type JSX, Show } from "solid-js";
import { api, ifMatch, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { formatDateTime } from "../../i18n/format.ts";
import { locale, t } from "../../i18n/i18n.ts";
import { unitZone } from "../../i18n/unit-zone.ts";
import { ConfirmButton } from "../../ui/confirm.tsx";
import { QueryView } from "../../ui/states.tsx";
import { fetchReport, type ReportDetail } from "./queries.ts";
import { CoverageMatrix, FigureGrid } from "./report-figures.tsx";
import { scopeInWords } from "./reports-page.tsx";

const FORMATS = [
  { format: "pdf", name: "PDF" },
  { format: "xlsx", name: "XLSX (Excel)" },
  { format: "csv", name: "CSV" },
] as const;

/** Where a report downloads in a format, with the labels in the console's current language. */
export const downloadHref = (id: string, format: string, lang: string): string =>
  `/api/v1/reports/${id}?format=${format}&lang=${lang}`;

function Regenerate(props: { readonly report: ReportDetail; readonly onReload: () => Promise<void> }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const period = () => periodInWords(props.report.period, locale());
  return (
    <ConfirmButton
      label={t("report.regenerate")}
      title={t("report.regenerateTitle", { period: period() })}
      consequence={t("report.regenerateConsequence")}
      confirmLabel={t("report.regenerateConfirm")}
      onReload={props.onReload}
      onConfirm={async () => {
        const next = unwrap(
          await api.POST("/api/v1/reports/{id}/regenerate", {
            params: { path: { id: props.report.id } },
            headers: ifMatch(props.report),
          }),
        );
        await client.invalidateQueries({ queryKey: ["reports"] });
        navigate(`/reports/${next.id}`);
      }}
    />
  );
}

/** One monthly report: its main figures, the coverage matrix, downloads, and (for admins) regenerate. */
export default function ReportPage(): JSX.Element {
  const params = useParams<{ id: string }>();
  const session = useSession();
  const report = useQuery(() => ({
    queryKey: ["reports", "one", params.id],
    queryFn: () => fetchReport(params.id),
  }));
  return (
    <QueryView query={report} height="24rem">
      {(r) => {
        const content = () => (r.view === "full" ? (r.content as unknown as ReportContent) : null);
        // Times read in the zone of the unit the report is about (a facility's own; an office's province).
        const zone = () => unitZone(r, content()?.units.map((u) => u.unit) ?? []);
        return (
          <article>
            <p>
              <A href="/reports">← {t("report.back")}</A>
            </p>
            <h1>
              {t("report.title", { period: periodInWords(r.period, locale()) })} — {scopeInWords(r)}
            </h1>
            <p class="muted">
              {t("report.cutOff", {
                revision: r.revision,
                madeAt: formatDateTime(r.madeAt, zone()),
                cutOff: formatDateTime(r.dataCutOff, zone()),
              })}
            </p>
            <div class="row">
              <Show when={session.can("reports:regenerate") && r.latest}>
                <Regenerate report={r} onReload={async () => void (await report.refetch())} />
              </Show>
            </div>
            <section class="card" aria-labelledby="report-downloads">
              <h2 id="report-downloads">{t("report.downloads")}</h2>
              <ul class="row plain">
                <For each={FORMATS}>
                  {(f) => (
                    <li>
                      <a class="button secondary" href={downloadHref(r.id, f.format, locale())} download="">
                        {t("report.download", { format: f.name })}
                      </a>
                    </li>
                  )}
                </For>
              </ul>
              <p class="muted">{t("report.downloadHint")}</p>
            </section>
            <Show when={content()} fallback={<p class="notice">{t("report.partnerView")}</p>}>
              {(c) => (
                <>
                  <h2>{t("report.totals")}</h2>
                  <FigureGrid totals={c().totals} />
                  <h2>{t("report.coverage")}</h2>
                  <p class="muted">{t("report.coverageHint")}</p>
                  <CoverageMatrix content={c()} />
                </>
              )}
            </Show>
          </article>
        );
      }}
    </QueryView>
  );
}
