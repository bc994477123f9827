import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import type { Schemas } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { t } from "../../i18n/i18n.ts";
import { fieldLabel } from "../../ui/field-labels.ts";
import { partnerKindLabel } from "../../ui/labels.tsx";
import { NonEmpty, QueryView } from "../../ui/states.tsx";
import { usePartners } from "../lookups.ts";

type Partner = Schemas["Partner"];

/** Partners under their parent agency: a Dinas under its Pemkab. A parent out of view makes a root. */
export function partnerTree(partners: readonly Partner[]): {
  roots: Partner[];
  children: Map<string, Partner[]>;
} {
  const ids = new Set(partners.map((p) => p.id));
  const children = new Map<string, Partner[]>();
  const roots: Partner[] = [];
  for (const p of partners) {
    if (p.parentId && ids.has(p.parentId)) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p]);
    else roots.push(p);
  }
  return { roots, children };
}

function Branch(props: {
  readonly partner: Partner;
  readonly children: Map<string, Partner[]>;
}): JSX.Element {
  const session = useSession();
  const kids = () => props.children.get(props.partner.id) ?? [];
  return (
    <li>
      <strong>{props.partner.name}</strong> <span class="badge">{partnerKindLabel(props.partner.kind)}</span>{" "}
      <span class="muted">{props.partner.fields.map(fieldLabel).join(", ")}</span>{" "}
      <Show when={session.can("organisation:write")}>
        <A
          href={`/partners/${props.partner.id}/edit`}
          aria-label={`${t("action.edit")} ${props.partner.name}`}
        >
          {t("action.edit")}
        </A>
      </Show>
      <Show when={kids().length > 0}>
        <ul>
          <For each={kids()}>{(child) => <Branch partner={child} children={props.children} />}</For>
        </ul>
      </Show>
    </li>
  );
}

/** The partner registry as a tree of parent agencies and their units. */
export default function PartnersPage(): JSX.Element {
  const session = useSession();
  const partners = usePartners();
  return (
    <section>
      <div class="page-head">
        <h1>{t("partners.title")}</h1>
        <Show when={session.can("organisation:write")}>
          <A class="button" href="/partners/new">
            {t("partners.new")}
          </A>
        </Show>
      </div>
      <QueryView query={partners} height="20rem">
        {(list) => (
          <NonEmpty items={list} empty={t("partners.empty")}>
            <p class="muted">{t("partners.count", { count: list.length })}</p>
            <div class="card tree">
              <ul>
                <For each={partnerTree(list).roots}>
                  {(root) => <Branch partner={root} children={partnerTree(list).children} />}
                </For>
              </ul>
            </div>
          </NonEmpty>
        )}
      </QueryView>
    </section>
  );
}
