import {
  COVERAGE_FIELDS,
  FIELD_LABELS,
  FIGURE_LABELS,
  type FigureKey,
  figureValue,
  RATE_LABELS,
  type RateKey,
  REPORT_TEXT,
  type ReportContent,
  type ReportTotals,
  rateValue,
} from "@sinergi/domain";
import { For, type JSX, Show } from "solid-js";
import { formatNumber, formatShare } from "../../i18n/format.ts";
import { locale, t } from "../../i18n/i18n.ts";
import { FieldColumnHeader } from "../../ui/field-column.tsx";

type Tile = { readonly label: string; readonly value: string; readonly note?: string };

const count = (totals: ReportTotals, key: FigureKey): Tile => ({
  label: FIGURE_LABELS[key][locale()],
  value: formatNumber(figureValue(totals, key)),
});

const rate = (totals: ReportTotals, key: RateKey, note: string): Tile => {
  const value = rateValue(totals, key);
  return { label: RATE_LABELS[key][locale()], value: value === null ? "—" : formatShare(value), note };
};

/** The tiles of a report's main figures: agreements, training with its rates, engagements, realisation. */
export function mainFigures(totals: ReportTotals): Tile[] {
  const tr = totals.training;
  const ended = tr.completions + tr.endedOtherwise;
  return [
    count(totals, "agreements.activeAtEnd"),
    count(totals, "agreements.signed"),
    count(totals, "agreements.expiringNext90"),
    count(totals, "training.enrollments"),
    rate(
      totals,
      "completionRate",
      t("report.ofEnded", { completions: formatNumber(tr.completions), ended: formatNumber(ended) }),
    ),
    rate(
      totals,
      "shareTrained",
      t("report.ofPopulation", {
        trained: formatNumber(tr.inmatesTrained),
        population: formatNumber(tr.population),
      }),
    ),
    count(totals, "training.certificatesIssued"),
    count(totals, "engagements.visits"),
    count(totals, "engagements.followUpsOverdueAtEnd"),
    rate(
      totals,
      "realisationRate",
      t("report.ofDue", {
        met: formatNumber(totals.actionPlan.itemsMet),
        due: formatNumber(totals.actionPlan.itemsDue),
      }),
    ),
  ];
}

/** The main figures as a compact grid of labelled numbers (a description list: read in order). */
export function FigureGrid(props: { readonly totals: ReportTotals }): JSX.Element {
  return (
    <dl class="figure-grid">
      <For each={mainFigures(props.totals)}>
        {(tile) => (
          <div class="figure-tile">
            <dt>{tile.label}</dt>
            <dd class="figure">{tile.value}</dd>
            <Show when={tile.note}>
              <dd class="muted">{tile.note}</dd>
            </Show>
          </div>
        )}
      </For>
    </dl>
  );
}

/** Units × standard fields: a mark and a word in each cell, so it reads without colour. */
export function CoverageMatrix(props: { readonly content: ReportContent }): JSX.Element {
  const unitKind = (kind: "facility" | "regional_office" | "directorate") => REPORT_TEXT[kind][locale()];
  return (
    // Focusable: a keyboard user scrolls the matrix sideways on a tablet, its first column kept in view.
    <section class="table-wrap" tabindex="0" aria-label={t("report.coverage")}>
      <table class="coverage">
        <caption class="visually-hidden">{t("report.coverage")}</caption>
        <thead>
          <tr>
            <th scope="col">{REPORT_TEXT.unit[locale()]}</th>
            <For each={COVERAGE_FIELDS}>
              {(f) => <FieldColumnHeader field={f} full={FIELD_LABELS[f][locale()]} />}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.content.units}>
            {(u) => (
              <tr>
                <th scope="row">
                  {u.unit.name}
                  <Show when={u.unit.kind !== "facility"}>
                    <span class="muted block">{unitKind(u.unit.kind)}</span>
                  </Show>
                </th>
                <For each={COVERAGE_FIELDS}>
                  {(f) => (
                    <td>
                      <Show
                        when={u.coverage[f] > 0}
                        fallback={
                          <span class="muted">
                            <span aria-hidden="true">—</span>
                            <span class="visually-hidden">{t("report.notInForce")}</span>
                          </span>
                        }
                      >
                        <span class="badge good">
                          <span aria-hidden="true">✓ </span>
                          {t("report.inForce")}
                        </span>
                      </Show>
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("report.unitsCovered")}</th>
            <For each={COVERAGE_FIELDS}>
              {(f) => (
                <td>
                  {formatNumber(props.content.totals.coverage[f])} /{" "}
                  {formatNumber(props.content.units.length)}
                </td>
              )}
            </For>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
