import { useQuery } from "@tanstack/solid-query";
import { createColumnHelper } from "@tanstack/solid-table";
import { type JSX, lazy, Show } from "solid-js";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { formatDate, formatDateTime, formatNumber, formatShare } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures } from "../../ui/data-table.tsx";
import { fieldLabel } from "../../ui/field-labels.ts";
import { actionStatusLabel } from "../../ui/labels.tsx";
import { Loading, NonEmpty } from "../../ui/states.tsx";
import { actorLabel } from "./actors.ts";

// chart.js is loaded only when an action plan is shown.
const BarChart = lazy(async () => ({ default: (await import("../../ui/chart.tsx")).BarChart }));

type ActionItem = Schemas["ActionItem"];
const plan = createColumnHelper<typeof listFeatures, ActionItem>();
const planColumns = [
  plan.accessor("activity", { header: () => t("actionPlan.activity"), cell: (c) => c.getValue() }),
  plan.accessor("field", { header: () => t("agreement.field"), cell: (c) => fieldLabel(c.getValue()) }),
  plan.accessor("target", {
    header: () => t("actionPlan.target"),
    cell: (c) => `${formatNumber(c.getValue().amount)} ${c.getValue().unit}`,
  }),
  plan.accessor("realisedAmount", {
    header: () => t("actionPlan.realised"),
    cell: (c) => `${formatNumber(c.getValue())} (${formatShare(c.row.original.realisationShare)})`,
  }),
  plan.accessor("dueDate", { header: () => t("actionPlan.due"), cell: (c) => formatDate(c.getValue()) }),
  plan.accessor("status", {
    header: () => t("agreement.status"),
    cell: (c) => actionStatusLabel(c.getValue()),
  }),
] as ListColumn<ActionItem>[];

/** A correction of an activity's realised amount, with the activity it corrected. */
type Correction = {
  id: string;
  activity: string;
  unit: string;
  previousAmount: number;
  realisedAmount: number;
  reason: string;
  at: string;
  actor: string;
};

/** Every correction of the plan's realised amounts, newest first (the API keeps them per activity). */
function useCorrections(agreementId: () => string, items: () => readonly ActionItem[]) {
  return useQuery(() => ({
    queryKey: ["agreement", agreementId(), "adjustments", items().map((i) => `${i.id}:${i.revision}`)],
    queryFn: async (): Promise<Correction[]> => {
      const lists = await Promise.all(
        items().map(async (item) => {
          const res = await api.GET("/api/v1/agreements/{id}/action-items/{itemId}/adjustments", {
            params: { path: { id: agreementId(), itemId: item.id } },
          });
          return unwrap(res).items.map((a) => ({ ...a, activity: item.activity, unit: item.target.unit }));
        }),
      );
      return lists.flat().sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0));
    },
  }));
}

function Corrections(props: { readonly rows: readonly Correction[]; readonly timeZone: string }) {
  const session = useSession();
  const c = createColumnHelper<typeof listFeatures, Correction>();
  const columns = [
    c.accessor("activity", { header: () => t("actionPlan.activity"), cell: (x) => x.getValue() }),
    c.accessor("at", {
      header: () => t("corrections.at"),
      cell: (x) => formatDateTime(x.getValue(), props.timeZone),
    }),
    c.accessor("realisedAmount", {
      header: () => t("corrections.change"),
      cell: (x) =>
        `${formatNumber(x.row.original.previousAmount)} → ${formatNumber(x.getValue())} ${x.row.original.unit}`,
    }),
    c.accessor("reason", { header: () => t("moves.reason"), cell: (x) => x.getValue() }),
    c.accessor("actor", {
      header: () => t("timeline.by"),
      cell: (x) => actorLabel(x.getValue(), session.user()?.id),
    }),
  ] as ListColumn<Correction>[];
  return (
    <DataTable
      caption={t("corrections.title")}
      columns={columns}
      rows={props.rows}
      rowId={(r) => r.id}
      empty={t("corrections.empty")}
    />
  );
}

/** The action plan: realisation against each target as a chart and a table, then the corrections kept. */
export function ActionPlanTab(props: {
  readonly agreement: Schemas["Agreement"];
  readonly items: readonly ActionItem[];
}): JSX.Element {
  const corrections = useCorrections(
    () => props.agreement.id,
    () => props.items,
  );
  return (
    <NonEmpty items={props.items} empty={t("actionPlan.empty")}>
      <BarChart
        title={t("actionPlan.chart")}
        horizontal
        max={100}
        labels={props.items.map((i) => i.activity)}
        series={[
          {
            label: t("actionPlan.realisedShare"),
            values: props.items.map((i) => Math.round(i.realisationShare * 100)),
            colour: "#0b4f8a",
          },
        ]}
      />
      <DataTable
        caption={t("actionPlan.title")}
        columns={planColumns}
        rows={props.items}
        rowId={(i) => i.id}
        numeric={["target", "realisedAmount"]}
      />
      <Show when={corrections.data} fallback={<Loading />}>
        {(rows) => <Corrections rows={rows()} timeZone={props.agreement.timeZone} />}
      </Show>
    </NonEmpty>
  );
}
