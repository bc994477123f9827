import { Tabs } from "@kobalte/core/tabs";
import { A, useParams } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import type { Schemas } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { formatDate, formatDateTime, formatNumber, zoneName } from "../../i18n/format.ts";
import { locale, t } from "../../i18n/i18n.ts";
import { fieldLabel } from "../../ui/field-labels.ts";
import {
  agreementKindLabel,
  agreementStateLabel,
  StatusBadge,
  signatoryRoleLabel,
} from "../../ui/labels.tsx";
import { Loading, QueryView } from "../../ui/states.tsx";
import { useFacilityNames, usePartnerNames } from "../lookups.ts";
import { ActionPlanTab } from "./action-plan-tab.tsx";
import { actorLabel } from "./actors.ts";
import { DocumentsTab } from "./documents-tab.tsx";
import { EditTitle } from "./edit-title.tsx";
import { AgreementMoves } from "./moves.tsx";
import { OutcomesTab } from "./outcomes-tab.tsx";
import { useAgreement } from "./queries.ts";

type Agreement = Schemas["Agreement"];

/** The day it was signed as the paper says, with the local time and zone when known ("5 Maret 2024, 10.30 WITA"). */
function signedOnLabel(a: Agreement): string {
  const day = formatDate(a.signedOn);
  if (!a.signedTime) return day;
  const time = locale() === "id" ? a.signedTime.replace(":", ".") : a.signedTime;
  return t("agreement.signedAt", { date: day, time, zone: zoneName(a.timeZone) });
}

/** "3 hari" / "3 days": time spent in a state. */
function duration(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  if (days >= 1) return t("time.days", { count: formatNumber(days) });
  const hours = Math.floor(ms / 3_600_000);
  if (hours >= 1) return t("time.hours", { count: formatNumber(hours) });
  return t("time.minutes", { count: formatNumber(Math.max(1, Math.round(ms / 60_000))) });
}

function Timeline(props: {
  readonly agreement: Agreement;
  readonly history: Schemas["HistoryWithTimes"];
}): JSX.Element {
  const session = useSession();
  return (
    <>
      <ol class="timeline">
        <For each={props.history.items}>
          {(entry) => (
            <li>
              <strong>{entry.from === null ? t("timeline.created") : agreementStateLabel(entry.to)}</strong>
              <div class="muted">
                {formatDateTime(entry.at, props.agreement.timeZone)} · {t("timeline.by")}{" "}
                {actorLabel(entry.actor, session.user()?.id)}
              </div>
              <Show when={entry.reason}>
                <div>{entry.reason}</div>
              </Show>
            </li>
          )}
        </For>
      </ol>
      <h3>{t("timeline.timeInStates")}</h3>
      <dl class="facts">
        <For each={Object.entries(props.history.timeInStates)}>
          {([state, ms]) => (
            <>
              <dt>{agreementStateLabel(state)}</dt>
              <dd>{duration(ms)}</dd>
            </>
          )}
        </For>
      </dl>
    </>
  );
}

/** Who signed for one side, or witnessed (mengetahui), with their position. */
function Signatories(props: { readonly agreement: Agreement; readonly side: "facility" | "partner" }) {
  return (
    <ul class="plain">
      <For each={props.agreement.signatories.filter((s) => s.side === props.side)}>
        {(s) => (
          <li data-testid="signatory">
            {s.name} — {s.position}
            {s.nip ? ` · NIP ${s.nip}` : ""}{" "}
            <span class={s.role === "witnesses" ? "badge" : "badge good"}>{signatoryRoleLabel(s.role)}</span>
          </li>
        )}
      </For>
    </ul>
  );
}

function Parties(props: { readonly agreement: Agreement }): JSX.Element {
  const facilityName = useFacilityNames(() => [props.agreement.facilityId]);
  const partnerName = usePartnerNames(() => props.agreement.partnerIds);
  return (
    <div class="grid">
      <div>
        <h3>{t("parties.facilitySide")}</h3>
        <p>{facilityName(props.agreement.facilityId)}</p>
        <p class="muted">
          {t("agreement.facilityNumber")}: {props.agreement.facilityDocumentNumber ?? "—"}
        </p>
        <Signatories agreement={props.agreement} side="facility" />
      </div>
      <div>
        <h3>{t("parties.partnerSide")}</h3>
        <For each={props.agreement.partnerIds}>{(id) => <p>{partnerName(id)}</p>}</For>
        <p class="muted">
          {t("agreement.partnerNumber")}: {props.agreement.partnerDocumentNumber ?? "—"}
        </p>
        <Signatories agreement={props.agreement} side="partner" />
      </div>
      <Show when={props.agreement.signedDocument}>
        {(doc) => (
          <div>
            <h3>{t("parties.document")}</h3>
            <p>{doc().fileName}</p>
            <p class="muted hash">SHA-256 {doc().sha256}</p>
          </div>
        )}
      </Show>
    </div>
  );
}

/** One agreement: key facts, the moves this user may make, then timeline, parties and action plan. */
export default function AgreementPage(): JSX.Element {
  const params = useParams<{ id: string }>();
  const session = useSession();
  const data = useAgreement(() => params.id);
  return (
    <QueryView query={data.agreement} height="24rem">
      {(a) => (
        <article>
          <p>
            <A href="/agreements">← {t("agreements.title")}</A>
          </p>
          <div class="page-head">
            <h1>{a.title}</h1>
            <StatusBadge status={a.status} />
          </div>
          <div class="card">
            <dl class="facts">
              <dt>{t("agreement.kind")}</dt>
              <dd>{agreementKindLabel(a.kind)}</dd>
              <dt>{t("agreement.period")}</dt>
              <dd>
                {a.startDate || a.endDate ? `${formatDate(a.startDate)} – ${formatDate(a.endDate)}` : "—"}
              </dd>
              <Show when={a.signedOn}>
                <dt>{t("moves.sign.date")}</dt>
                <dd data-testid="signed-on">{signedOnLabel(a)}</dd>
              </Show>
              <dt>{t("agreement.fields")}</dt>
              <dd>{a.fields.map(fieldLabel).join(", ") || "—"}</dd>
              <dt>{t("agreement.version")}</dt>
              <dd>{a.version}</dd>
              <Show when={a.renewsId}>
                <dt>{t("agreement.renews")}</dt>
                <dd>
                  <A href={`/agreements/${a.renewsId}`}>{t("agreement.predecessor")}</A>
                </dd>
              </Show>
              <Show when={a.successorId}>
                <dt>{t("agreement.renewedBy")}</dt>
                <dd>
                  <A href={`/agreements/${a.successorId}`}>{t("agreement.successor")}</A>
                </dd>
              </Show>
              <Show when={a.terminationReason}>
                <dt>{t("agreement.terminated")}</dt>
                <dd>
                  {formatDate(a.terminatedOn)} — {a.terminationReason}
                </dd>
              </Show>
            </dl>
          </div>
          <AgreementMoves
            agreement={a}
            onMoved={(next) => data.settled(next)}
            onReload={() => data.settled()}
          />
          <Show when={a.state === "draft" && session.can("agreements:write")}>
            <EditTitle agreement={a} onSaved={(next) => data.settled(next)} onReload={() => data.settled()} />
          </Show>
          <Tabs defaultValue="timeline" style={{ "margin-top": "var(--space-5)" }}>
            <Tabs.List class="tabs-list" aria-label={t("agreement.sections")}>
              <Tabs.Trigger class="tabs-trigger" value="timeline">
                {t("agreement.tab.timeline")}
              </Tabs.Trigger>
              <Tabs.Trigger class="tabs-trigger" value="parties">
                {t("agreement.tab.parties")}
              </Tabs.Trigger>
              <Tabs.Trigger class="tabs-trigger" value="plan">
                {t("agreement.tab.plan")}
              </Tabs.Trigger>
              <Tabs.Trigger class="tabs-trigger" value="documents">
                {t("agreement.tab.documents")}
              </Tabs.Trigger>
              <Tabs.Trigger class="tabs-trigger" value="outcomes">
                {t("agreement.tab.outcomes")}
              </Tabs.Trigger>
            </Tabs.List>
            <Tabs.Content value="timeline">
              <QueryView query={data.history}>{(h) => <Timeline agreement={a} history={h} />}</QueryView>
            </Tabs.Content>
            <Tabs.Content value="parties">
              <Parties agreement={a} />
            </Tabs.Content>
            <Tabs.Content value="documents">
              <DocumentsTab
                agreement={a}
                items={data.actionItems.data ?? []}
                onChanged={(next) => data.settled(next)}
              />
            </Tabs.Content>
            <Tabs.Content value="plan">
              <Show when={data.actionItems.data} fallback={<Loading />}>
                {(items) => <ActionPlanTab agreement={a} items={items()} />}
              </Show>
            </Tabs.Content>
            <Tabs.Content value="outcomes">
              <OutcomesTab agreementId={a.id} />
            </Tabs.Content>
          </Tabs>
        </article>
      )}
    </QueryView>
  );
}
