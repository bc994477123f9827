import { A, useParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createColumnHelper } from "@tanstack/solid-table";
import { For, type JSX, lazy, Show } from "solid-js";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { formatDate, formatNumber, zoneName } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { DataTable, type ListColumn, type listFeatures } from "../../ui/data-table.tsx";
import { facilityKindLabel, licenceStateLabel, licenceTypeLabel, StatusBadge } from "../../ui/labels.tsx";
import { Empty, NonEmpty, QueryView } from "../../ui/states.tsx";
import { usePartnerNames } from "../lookups.ts";

const BarChart = lazy(async () => ({ default: (await import("../../ui/chart.tsx")).BarChart }));

type Licence = Schemas["Licence"];
const licence = createColumnHelper<typeof listFeatures, Licence>();
const licenceColumns = [
  licence.accessor("type", { header: () => t("licence.type"), cell: (c) => licenceTypeLabel(c.getValue()) }),
  licence.accessor("number", { header: () => t("licence.number"), cell: (c) => c.getValue() ?? "—" }),
  licence.accessor("issuer", { header: () => t("licence.issuer"), cell: (c) => c.getValue() }),
  licence.accessor("statusToday", {
    header: () => t("agreement.status"),
    cell: (c) => licenceStateLabel(c.getValue()),
  }),
  licence.accessor("expiresOn", {
    header: () => t("licence.expires"),
    cell: (c) => formatDate(c.getValue()),
  }),
] as ListColumn<Licence>[];

function Population(props: { readonly facilityId: string }): JSX.Element {
  const snapshots = useQuery(() => ({
    queryKey: ["facility", props.facilityId, "population"],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/facilities/{id}/population-snapshots", {
          params: { path: { id: props.facilityId }, query: { limit: 1, sort: "-takenOn" } },
        }),
      ).items,
  }));
  const areas = useQuery(() => ({
    queryKey: [
      "areas",
      "regencies",
      (snapshots.data?.[0]?.byDomicile ?? []).map((d) => d.regencyCode).join(),
    ],
    enabled: (snapshots.data?.[0]?.byDomicile.length ?? 0) > 0,
    queryFn: async () => {
      const provinces = [
        ...new Set((snapshots.data?.[0]?.byDomicile ?? []).map((d) => d.regencyCode.slice(0, 2))),
      ];
      const pages = await Promise.all(
        provinces.map(
          async (parent) =>
            unwrap(await api.GET("/api/v1/areas", { params: { query: { parent, limit: 200 } } })).items,
        ),
      );
      return new Map(pages.flat().map((a) => [a.code, a.name]));
    },
  }));
  return (
    <QueryView query={snapshots}>
      {(list) => (
        <Show when={list[0]} fallback={<Empty>{t("population.empty")}</Empty>}>
          {(s) => (
            <div class="grid">
              <div>
                <p class="muted">{t("population.takenOn", { date: formatDate(s().takenOn) })}</p>
                <dl class="facts">
                  <dt>{t("population.total")}</dt>
                  <dd class="figure">{formatNumber(s().total)}</dd>
                  <dt>{t("population.detainees")}</dt>
                  <dd>{formatNumber(s().detainees)}</dd>
                  <dt>{t("population.convicts")}</dt>
                  <dd>{formatNumber(s().convicts)}</dd>
                </dl>
              </div>
              <Show when={s().byDomicile.length > 0}>
                <BarChart
                  title={t("population.byDomicile")}
                  horizontal
                  labels={s().byDomicile.map((d) => areas.data?.get(d.regencyCode) ?? d.regencyCode)}
                  series={[
                    {
                      label: t("population.inmates"),
                      values: s().byDomicile.map((d) => d.count),
                      colour: "#0b4f8a",
                    },
                  ]}
                />
              </Show>
            </div>
          )}
        </Show>
      )}
    </QueryView>
  );
}

/** How many agreements and programs the page lists at most. */
const FIRST = 100;

/** Says that a list shows only its first rows, when the API has more, and where the whole list is. */
function FirstOnly(props: {
  readonly page: { readonly items: readonly unknown[]; readonly nextCursor: string | null };
  /** Where the whole list is. */
  readonly all?: { readonly href: string; readonly label: string };
}) {
  return (
    <Show when={props.page.nextCursor !== null}>
      <p class="muted">
        {t("facility.firstOnly", { n: formatNumber(props.page.items.length) })}{" "}
        <Show when={props.all}>{(all) => <A href={all().href}>{all().label}</A>}</Show>
      </p>
    </Show>
  );
}

/** One facility: population by domicile, licences with expiry, its agreements and partners, its programs. */
export default function FacilityPage(): JSX.Element {
  const params = useParams<{ id: string }>();
  const session = useSession();
  const facility = useQuery(() => ({
    queryKey: ["facility", params.id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/facilities/{id}", { params: { path: { id: params.id } } })),
  }));
  const licences = useQuery(() => ({
    queryKey: ["facility", params.id, "licences"],
    enabled: facility.isSuccess,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/facilities/{id}/licences", {
          params: { path: { id: params.id }, query: { limit: 100 } },
        }),
      ).items,
  }));
  // Pages of 100: the largest facility has 149 agreements and runs 20 programs; more is said, not hidden.
  const agreements = useQuery(() => ({
    queryKey: ["agreements", "facility", params.id],
    enabled: facility.isSuccess && session.can("agreements:read"),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/agreements", {
          params: { query: { facilityId: params.id, limit: FIRST } },
        }),
      ),
  }));
  // The programs run here, asked of the API (a cohort here): the register holds thousands nationally.
  const programs = useQuery(() => ({
    queryKey: ["programs", "facility", params.id],
    enabled: facility.isSuccess && session.can("training:read"),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/programs", {
          params: { query: { facilityId: params.id, sort: "name", limit: FIRST } },
        }),
      ),
  }));
  const partnerIds = () => [...new Set((agreements.data?.items ?? []).flatMap((a) => a.partnerIds))];
  // Programs of one name differ by who gives them (and what funds them): the provider is named beside.
  const providerIds = () =>
    (programs.data?.items ?? []).flatMap((p) => (p.providerPartnerId ? [p.providerPartnerId] : []));
  const partnerName = usePartnerNames(() => [...new Set([...partnerIds(), ...providerIds()])]);
  return (
    <QueryView query={facility} height="24rem">
      {(f) => (
        <article>
          <p>
            <A href="/facilities">← {t("facilities.title")}</A>
          </p>
          <h1>{f.name}</h1>
          <div class="card">
            <dl class="facts">
              <dt>{t("facility.kind")}</dt>
              <dd>{facilityKindLabel(f.kind, f.class)}</dd>
              <dt>{t("facility.timeZone")}</dt>
              <dd>{zoneName(f.timeZone)}</dd>
              <dt>{t("facility.capacity")}</dt>
              <dd>{formatNumber(f.capacity)}</dd>
              <dt>{t("facility.head")}</dt>
              <dd>{f.head ? `${f.head.name}` : "—"}</dd>
            </dl>
          </div>
          <h2>{t("population.title")}</h2>
          <Population facilityId={f.id} />
          <h2>{t("licences.title")}</h2>
          <QueryView query={licences}>
            {(list) => (
              <DataTable
                caption={t("licences.title")}
                columns={licenceColumns}
                rows={list}
                rowId={(l) => l.id}
                empty={t("licences.empty")}
              />
            )}
          </QueryView>
          <Show when={session.can("agreements:read")}>
            <h2>{t("agreements.title")}</h2>
            <QueryView query={agreements}>
              {(page) => (
                <NonEmpty
                  items={page.items}
                  empty={
                    <>
                      {t("facility.noAgreements")}{" "}
                      <Show when={session.can("agreements:write")}>
                        <A href="/agreements/new">{t("facility.draftAgreement")}</A>
                      </Show>
                    </>
                  }
                >
                  <ul>
                    <For each={page.items}>
                      {(a) => (
                        <li>
                          <A href={`/agreements/${a.id}`}>{a.title}</A> <StatusBadge status={a.status} />{" "}
                          <span class="muted">{formatDate(a.endDate)}</span>
                        </li>
                      )}
                    </For>
                  </ul>
                  <FirstOnly
                    page={page}
                    all={{ href: `/agreements?facility=${f.id}`, label: t("facility.allAgreements") }}
                  />
                  <h3>{t("agreement.partners")}</h3>
                  <p>{partnerIds().map(partnerName).join(", ") || "—"}</p>
                </NonEmpty>
              )}
            </QueryView>
          </Show>
          <Show when={session.can("training:read")}>
            <h2>{t("programs.title")}</h2>
            <QueryView query={programs}>
              {(page) => (
                <NonEmpty items={page.items} empty={t("programs.empty")}>
                  <ul>
                    <For each={page.items}>
                      {(p) => (
                        <li>
                          {p.name}
                          <Show when={p.providerPartnerId}>
                            {(provider) => (
                              <span class="muted">
                                {" "}
                                · {t("programs.by", { name: partnerName(provider()) })}
                              </span>
                            )}
                          </Show>
                          <Show when={p.fundingAgreementId}>
                            {(agreement) => (
                              <>
                                {" · "}
                                <A href={`/agreements/${agreement()}`}>{t("programs.funding")}</A>
                              </>
                            )}
                          </Show>
                        </li>
                      )}
                    </For>
                  </ul>
                  <FirstOnly page={page} />
                </NonEmpty>
              )}
            </QueryView>
          </Show>
        </article>
      )}
    </QueryView>
  );
}
