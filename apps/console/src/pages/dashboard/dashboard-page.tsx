import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { For, type JSX, Show } from "solid-js";
import { useSession } from "../../auth/session.ts";
import { formatDate, formatNumber } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { CountBars } from "../../ui/count-bars.tsx";
import { licenceTypeLabel } from "../../ui/labels.tsx";
import { Empty, NonEmpty, QueryView } from "../../ui/states.tsx";
import { useFacilityNames } from "../lookups.ts";
import { CoverageCard } from "./coverage-card.tsx";
import {
  endingSoonCountsQuery,
  expiringAgreementsQuery,
  expiringLicencesQuery,
  overdueFollowUpsQuery,
} from "./queries.ts";
import { LatestReport, UnreadAlerts } from "./report-cards.tsx";

/** Agreements entering their last 90 days: how many in each window (over the whole scope), and the first few. */
function Expiring(): JSX.Element {
  const counts = useQuery(() => endingSoonCountsQuery);
  const list = useQuery(() => expiringAgreementsQuery);
  const facilityName = useFacilityNames(() => list.data?.map((a) => a.facilityId) ?? []);
  return (
    <div class="card">
      <h2>{t("dashboard.expiring")}</h2>
      <QueryView query={counts}>
        {(n) => (
          <Show
            when={n.days0To7 + n.days8To30 + n.days31To90 > 0}
            fallback={<Empty>{t("dashboard.noneExpiring")}</Empty>}
          >
            <div class="grid">
              <CountBars
                title={t("dashboard.expiringChart")}
                unit={t("dashboard.agreements")}
                colour="#7a4b00"
                bars={[
                  { label: t("dashboard.within7"), count: n.days0To7 },
                  { label: t("dashboard.within30"), count: n.days8To30 },
                  { label: t("dashboard.within90"), count: n.days31To90 },
                ]}
              />
              <QueryView query={list}>
                {(items) => (
                  <ul>
                    <For each={items}>
                      {(a) => (
                        <li>
                          <A href={`/agreements/${a.id}`}>{a.title}</A>
                          <div class="muted">
                            {facilityName(a.facilityId)} ·{" "}
                            {t("dashboard.endsOn", { date: formatDate(a.endDate) })}
                          </div>
                        </li>
                      )}
                    </For>
                  </ul>
                )}
              </QueryView>
            </div>
          </Show>
        )}
      </QueryView>
      <p>
        <A href="/agreements?status=expiring">{t("dashboard.allExpiring")}</A>
      </p>
    </div>
  );
}

function OverdueFollowUps(): JSX.Element {
  const list = useQuery(() => overdueFollowUpsQuery);
  return (
    <div class="card">
      <h2>{t("dashboard.overdue")}</h2>
      <QueryView query={list}>
        {(page) => (
          <NonEmpty items={page.items} empty={t("dashboard.noneOverdue")}>
            <p class="figure">
              {formatNumber(page.items.length)}
              {page.nextCursor ? "+" : ""}
            </p>
            <ul>
              <For each={page.items.slice(0, 6)}>
                {(f) => (
                  <li>
                    <A href={`/visits/${f.engagementId}`}>{f.text}</A>
                    <div class="muted">
                      {f.ownerName} · {t("followUp.dueOn", { date: formatDate(f.dueDate) })}
                    </div>
                  </li>
                )}
              </For>
            </ul>
            <A href="/visits?tab=follow-ups">{t("dashboard.allFollowUps")}</A>
          </NonEmpty>
        )}
      </QueryView>
    </div>
  );
}

function ExpiringLicences(): JSX.Element {
  // One list across the caller's scope, each licence's 90 days counted in its facility's own zone: a
  // national admin's 530 facilities in one request rather than one per facility.
  const licences = useQuery(() => expiringLicencesQuery);
  return (
    <div class="card">
      <h2>{t("dashboard.licences")}</h2>
      <QueryView query={licences}>
        {(list) => (
          <NonEmpty items={list} empty={t("dashboard.noneLicences")}>
            <ul>
              <For each={list}>
                {(x) => (
                  <li>
                    {licenceTypeLabel(x.type)} — <A href={`/facilities/${x.facilityId}`}>{x.facilityName}</A>
                    <div class="muted">{t("licence.expiresOn", { date: formatDate(x.expiresOn) })}</div>
                  </li>
                )}
              </For>
            </ul>
          </NonEmpty>
        )}
      </QueryView>
    </div>
  );
}

/** What needs the user today, for their scope: expiring agreements, overdue follow-ups, coverage, licences. */
export default function DashboardPage(): JSX.Element {
  const session = useSession();
  return (
    <section>
      <h1>{t("dashboard.title", { name: session.user()?.name ?? "" })}</h1>
      <div class="grid">
        <Show when={session.can("agreements:read")}>
          <Expiring />
        </Show>
        <Show when={session.can("engagements:read")}>
          <OverdueFollowUps />
        </Show>
      </div>
      <div class="grid">
        <Show when={session.can("reports:read") && session.user()}>
          {(user) => <LatestReport user={user()} />}
        </Show>
        <Show when={session.can("alerts:read")}>
          <UnreadAlerts />
        </Show>
      </div>
      <Show when={session.can("agreements:read") && session.user()}>
        {(user) => <CoverageCard user={user()} />}
      </Show>
      <ExpiringLicences />
    </section>
  );
}
