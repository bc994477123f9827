import { A } from "@solidjs/router";
import { createColumnHelper } from "@tanstack/solid-table";
import type { JSX } from "solid-js";
import type { Schemas } from "../../api/client.ts";
import { formatNumber, zoneName } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures } from "../../ui/data-table.tsx";
import { facilityKindLabel } from "../../ui/labels.tsx";
import { QueryView } from "../../ui/states.tsx";
import { useFacilities } from "../lookups.ts";

type Facility = Schemas["Facility"];
const helper = createColumnHelper<typeof listFeatures, Facility>();

/** The facilities in the user's scope. */
export default function FacilitiesPage(): JSX.Element {
  const facilities = useFacilities();
  const columns = [
    helper.accessor("name", {
      header: () => t("facility.name"),
      cell: (c) => <A href={`/facilities/${c.row.original.id}`}>{c.getValue()}</A>,
    }),
    helper.accessor("kind", {
      header: () => t("facility.kind"),
      cell: (c) => facilityKindLabel(c.getValue(), c.row.original.class),
    }),
    helper.accessor("timeZone", {
      header: () => t("facility.timeZone"),
      cell: (c) => zoneName(c.getValue()),
    }),
    helper.accessor("capacity", {
      header: () => t("facility.capacity"),
      cell: (c) => formatNumber(c.getValue()),
    }),
  ] as ListColumn<Facility>[];
  return (
    <section>
      <h1>{t("facilities.title")}</h1>
      <QueryView query={facilities} height="16rem">
        {(list) => (
          <DataTable
            caption={t("facilities.title")}
            columns={columns}
            rows={list}
            rowId={(f) => f.id}
            empty={t("facilities.empty")}
          />
        )}
      </QueryView>
    </section>
  );
}
