import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { For, type JSX, Show } from "solid-js";
import type { Schemas } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { daysBetween, formatDate, formatNumber, todayIn } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { CountBars } from "../../ui/count-bars.tsx";
import { licenceTypeLabel } from "../../ui/labels.tsx";
import { NonEmpty, QueryView } from "../../ui/states.tsx";
import { useFacilityNames } from "../lookups.ts";
import { CoverageCard } from "./coverage-card.tsx";
import { expiringAgreementsQuery, expiringLicencesQuery, overdueFollowUpsQuery } from "./queries.ts";
import { LatestReport, UnreadAlerts } from "./report-cards.tsx";

type Agreement = Schemas["Agreement"];

/** Which of the 7/30/90-day windows an agreement's end falls in, as of its own zone's today. */
export function expiryBuckets(agreements: readonly Agreement[], now: Date = new Date()) {
  const buckets = { d7: [] as Agreement[], d30: [] as Agreement[], d90: [] as Agreement[] };
  for (const a of agreements) {
    if (!a.endDate) continue;
    const left = daysBetween(todayIn(a.timeZone, now), a.endDate);
    if (left < 0 || left > 90) continue;
    if (left <= 7) buckets.d7.push(a);
    else if (left <= 30) buckets.d30.push(a);
    else buckets.d90.push(a);
  }
  return buckets;
}

function Expiring(): JSX.Element {
  const list = useQuery(() => expiringAgreementsQuery);
  const facilityName = useFacilityNames(() => list.data?.map((a) => a.facilityId) ?? []);
  return (
    <div class="card">
      <h2>{t("dashboard.expiring")}</h2>
      <QueryView query={list}>
        {(items) => {
          const b = () => expiryBuckets(items);
          return (
            <>
              <NonEmpty items={items} empty={t("dashboard.noneExpiring")}>
                <div class="grid">
                  <CountBars
                    title={t("dashboard.expiringChart")}
                    unit={t("dashboard.agreements")}
                    colour="#7a4b00"
                    bars={[
                      { label: t("dashboard.within7"), count: b().d7.length },
                      { label: t("dashboard.within30"), count: b().d30.length },
                      { label: t("dashboard.within90"), count: b().d90.length },
                    ]}
                  />
                  <ul>
                    <For each={items.slice(0, 8)}>
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
                </div>
              </NonEmpty>
              <p>
                <A href="/agreements?status=expiring">{t("dashboard.allExpiring")}</A>
              </p>
            </>
          );
        }}
      </QueryView>
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
