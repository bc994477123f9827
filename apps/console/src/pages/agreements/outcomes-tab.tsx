import { useQuery } from "@tanstack/solid-query";
import { createColumnHelper } from "@tanstack/solid-table";
import { type JSX, Show } from "solid-js";
import { api, unwrap } from "../../api/client.ts";
import { formatDate, formatNumber } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures } from "../../ui/data-table.tsx";
import { Loading, QueryView } from "../../ui/states.tsx";
import { useFacilityNames } from "../lookups.ts";

/** The outcomes an agreement funded, as the API counts them. */
async function readOutcomes(id: string) {
  return unwrap(await api.GET("/api/v1/agreements/{id}/outcomes", { params: { path: { id } } }));
}
type Outcomes = Awaited<ReturnType<typeof readOutcomes>>;
type Cohort = Outcomes["cohorts"][number];

/** What an agreement funded: the totals first, then each cohort with the people trained and certified. */
export function OutcomesTab(props: { readonly agreementId: string }): JSX.Element {
  const outcomes = useQuery(() => ({
    queryKey: ["agreement", props.agreementId, "outcomes"],
    queryFn: () => readOutcomes(props.agreementId),
  }));
  const facilityName = useFacilityNames(() => outcomes.data?.cohorts.map((c) => c.facilityId) ?? []);
  const col = createColumnHelper<typeof listFeatures, Cohort>();
  const columns = [
    col.accessor("name", { header: () => t("outcomes.cohort"), cell: (c) => c.getValue() }),
    col.accessor("programName", { header: () => t("outcomes.program"), cell: (c) => c.getValue() }),
    col.accessor("facilityId", {
      header: () => t("agreement.facility"),
      cell: (c) => <>{facilityName(c.getValue())}</>,
    }),
    col.accessor("startDate", { header: () => t("agreement.start"), cell: (c) => formatDate(c.getValue()) }),
    col.accessor("enrolled", {
      header: () => t("outcomes.enrolled"),
      cell: (c) => formatNumber(c.getValue()),
    }),
    col.accessor("completed", {
      header: () => t("outcomes.completed"),
      cell: (c) => formatNumber(c.getValue()),
    }),
    col.accessor("certified", {
      header: () => t("outcomes.certified"),
      cell: (c) => formatNumber(c.getValue()),
    }),
  ] as ListColumn<Cohort>[];
  return (
    <QueryView query={outcomes}>
      {(o) => (
        <>
          <dl class="facts" data-testid="outcomes" style={{ "margin-bottom": "var(--space-4)" }}>
            <dt>{t("outcomes.cohortsFunded")}</dt>
            <dd>{formatNumber(o.cohortsFunded)}</dd>
            <dt>{t("outcomes.enrolled")}</dt>
            <dd>{formatNumber(o.enrolled)}</dd>
            <dt>{t("outcomes.completed")}</dt>
            <dd>{formatNumber(o.completed)}</dd>
            <dt>{t("outcomes.certified")}</dt>
            <dd>{formatNumber(o.certified)}</dd>
          </dl>
          {/* Facility names come from their own list: the table waits for them rather than show "…". */}
          <Show when={facilityName.ready()} fallback={<Loading />}>
            <DataTable
              caption={t("outcomes.title")}
              columns={columns}
              rows={o.cohorts}
              rowId={(c) => c.cohortId}
              numeric={["enrolled", "completed", "certified"]}
              empty={t("outcomes.empty")}
            />
          </Show>
        </>
      )}
    </QueryView>
  );
}
