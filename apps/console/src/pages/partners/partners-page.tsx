import { A, useSearchParams } from "@solidjs/router";
import { keepPreviousData, useQuery } from "@tanstack/solid-query";
import { For, type JSX, Show } from "solid-js";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { t } from "../../i18n/i18n.ts";
import { fieldLabel } from "../../ui/field-labels.ts";
import { partnerKindLabel } from "../../ui/labels.tsx";
import { SearchField, submittedSearch } from "../../ui/search-field.tsx";
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

/** How many partners one read holds: the lookup's page, and a search's. */
const PAGE = 200;

/**
 * The partner registry as a tree of parent agencies and their units: the first 200 by name, and a search
 * by name for the rest (a national register holds thousands).
 */
export default function PartnersPage(): JSX.Element {
  const session = useSession();
  const [params, setParams] = useSearchParams<{ q?: string }>();
  const all = usePartners();
  const found = useQuery(() => ({
    queryKey: ["partners", "search", params.q],
    enabled: Boolean(params.q),
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/partners", {
          params: { query: { q: params.q ?? "", sort: "name", limit: PAGE } },
        }),
      ).items,
  }));
  const shown = () => (params.q ? found : all);
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
      <form
        class="row card"
        aria-label={t("partners.filter")}
        onSubmit={(e) => setParams({ q: submittedSearch(e) })}
      >
        <SearchField id="partners-q" label={t("partners.search")} value={params.q} />
      </form>
      <QueryView query={shown()} height="20rem">
        {(list) => (
          <NonEmpty items={list} empty={params.q ? t("partners.noneMatching") : t("partners.empty")}>
            <p class="muted">
              {list.length >= PAGE
                ? t("partners.firstOnly", { count: PAGE })
                : t("partners.count", { count: list.length })}
            </p>
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
