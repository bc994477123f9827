import { A, useSearchParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { For, type JSX, Show } from "solid-js";
import type { Schemas } from "../../api/client.ts";
import type { User } from "../../auth/session.ts";
import { formatNumber } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { FieldColumnHeader } from "../../ui/field-column.tsx";
import { fieldLabel } from "../../ui/field-labels.ts";
import { NonEmpty, QueryView } from "../../ui/states.tsx";
import { coverageByOffice, coverageQuery } from "./queries.ts";

type Coverage = Schemas["Coverage"];
type Row = Coverage["rows"][number];
type Field = Coverage["fields"][number];

/** A regional row's cell: how many of its facilities the field covers, coloured none / some / all. */
function OfficeCell(props: { row: Row; field: Field }): JSX.Element {
  const n = () => props.row.covered[props.field] ?? 0;
  // None reads like a facility's "Belum" (muted); some draws the eye; all is good.
  const tone = () => (n() === 0 ? "muted" : n() === props.row.facilities ? "badge good" : "badge warn");
  return (
    <span
      class={tone()}
      title={t("dashboard.coverageCount", { n: formatNumber(n()), of: formatNumber(props.row.facilities) })}
    >
      {formatNumber(n())} / {formatNumber(props.row.facilities)}
    </span>
  );
}

/** A facility row's cell: covered or not yet. */
function FacilityCell(props: { row: Row; field: Field }): JSX.Element {
  return (
    <Show
      when={(props.row.covered[props.field] ?? 0) > 0}
      fallback={<span class="muted">{t("dashboard.notCovered")}</span>}
    >
      <span class="badge good">{t("dashboard.covered")}</span>
    </Show>
  );
}

/**
 * Facilities × standard fields, counted by the API over every agreement in force. A national user first
 * sees one row per Kanwil (how many of its facilities each field covers) and opens a Kanwil's facilities
 * from its name; the chosen Kanwil is in the address (`?kanwil=`), so the view can be linked and reloaded.
 */
export function CoverageCard(props: { readonly user: User }): JSX.Element {
  const [params] = useSearchParams<{ kanwil?: string }>();
  const byOffice = () => coverageByOffice(props.user, params.kanwil);
  const coverage = useQuery(() => coverageQuery(props.user, params.kanwil));
  return (
    <div class="card">
      <h2>{t("dashboard.coverage")}</h2>
      <p class="muted">{byOffice() ? t("dashboard.coverageByOfficeHint") : t("dashboard.coverageHint")}</p>
      <Show when={params.kanwil}>
        <p>
          <A href="/">{t("dashboard.coverageAllOffices")}</A>
        </p>
      </Show>
      <QueryView query={coverage}>
        {(matrix) => (
          <NonEmpty items={matrix.rows} empty={t("dashboard.noFacilities")}>
            <Show when={params.kanwil ? matrix.rows[0] : undefined}>
              {(first) => <h3>{first().regionalOfficeName}</h3>}
            </Show>
            {/* Focusable: on a tablet the matrix scrolls sideways, by keyboard too, its first column kept. */}
            <section class="table-wrap" tabindex="0" aria-label={t("dashboard.coverage")}>
              <table class="coverage">
                <caption class="visually-hidden">{t("dashboard.coverage")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{byOffice() ? t("dashboard.office") : t("facility.name")}</th>
                    <For each={matrix.fields}>
                      {(f) => <FieldColumnHeader field={f} full={fieldLabel(f)} />}
                    </For>
                  </tr>
                </thead>
                <tbody>
                  <For each={matrix.rows}>
                    {(row) => (
                      <tr>
                        <th scope="row">
                          <Show
                            when={row.kind === "regionalOffice"}
                            fallback={<A href={`/facilities/${row.id}`}>{row.name}</A>}
                          >
                            <A href={`/?kanwil=${row.id}`}>{row.name}</A>
                            <div class="muted">
                              {t("dashboard.facilityCount", { n: formatNumber(row.facilities) })}
                            </div>
                          </Show>
                        </th>
                        <For each={matrix.fields}>
                          {(f) => (
                            <td>
                              <Show
                                when={row.kind === "regionalOffice"}
                                fallback={<FacilityCell row={row} field={f} />}
                              >
                                <OfficeCell row={row} field={f} />
                              </Show>
                            </td>
                          )}
                        </For>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
          </NonEmpty>
        )}
      </QueryView>
    </div>
  );
}
