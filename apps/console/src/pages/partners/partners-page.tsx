import { A, useSearchParams } from "@solidjs/router";
import { keepPreviousData, useQuery } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { t } from "../../i18n/i18n.ts";
import { CursorPager, useCursorPages } from "../../ui/data-table.tsx";
import { fieldLabel } from "../../ui/field-labels.ts";
import { PARTNER_KINDS, partnerKindLabel } from "../../ui/labels.tsx";
import { SearchField, submittedSearch } from "../../ui/search-field.tsx";
import { NonEmpty, QueryView } from "../../ui/states.tsx";
import {
  kindOf,
  MAY_HAVE_UNITS,
  partnerUnitsQuery,
  topLevelPartnersQuery,
  UNITS_PAGE,
} from "./list-query.ts";

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

/** A partner's line: name, kind, fields, and the edit link for those who may edit the register. */
function PartnerLine(props: { readonly partner: Partner }): JSX.Element {
  const session = useSession();
  return (
    <>
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
    </>
  );
}

/** A search's match with the matches below it (the tree of what the search found). */
function FoundBranch(props: {
  readonly partner: Partner;
  readonly children: Map<string, Partner[]>;
}): JSX.Element {
  const kids = () => props.children.get(props.partner.id) ?? [];
  return (
    <li>
      <PartnerLine partner={props.partner} />
      <Show when={kids().length > 0}>
        <ul>
          <For each={kids()}>{(child) => <FoundBranch partner={child} children={props.children} />}</For>
        </ul>
      </Show>
    </li>
  );
}

/** A partner of the register with its units, read from the API when opened (a Pemkab, then its Dinas). */
function RegisterBranch(props: { readonly partner: Partner }): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const units = useQuery(() => ({ ...partnerUnitsQuery(props.partner.id), enabled: open() }));
  const label = () => `${open() ? t("partners.hideUnits") : t("partners.showUnits")}: ${props.partner.name}`;
  return (
    <li>
      <Show when={MAY_HAVE_UNITS.has(props.partner.kind)} fallback={<span class="tree-toggle" />}>
        <button
          type="button"
          class="link tree-toggle"
          aria-expanded={open()}
          aria-label={label()}
          title={label()}
          onClick={() => setOpen(!open())}
        >
          {open() ? "▾" : "▸"}
        </button>
      </Show>
      <PartnerLine partner={props.partner} />
      <Show when={open()}>
        <QueryView query={units} height="2rem">
          {(page) => (
            <Show
              when={page.items.length > 0}
              fallback={<p class="muted tree-note">{t("partners.noUnits")}</p>}
            >
              <ul>
                <For each={page.items}>{(unit) => <RegisterBranch partner={unit} />}</For>
              </ul>
              <Show when={page.nextCursor !== null}>
                <p class="muted tree-note">{t("partners.unitsFirstOnly", { count: UNITS_PAGE })}</p>
              </Show>
            </Show>
          )}
        </QueryView>
      </Show>
    </li>
  );
}

/** How many partners a search shows. */
const SEARCH_PAGE = 200;

/**
 * The partner registry as a tree: the top level (local governments, agencies with no parent, providers)
 * fifty at a time by name, each government body opening onto its units; a search by name finds any.
 */
export default function PartnersPage(): JSX.Element {
  const session = useSession();
  const [params] = useSearchParams<{ q?: string; kind?: string; cursor?: string }>();
  const pages = useCursorPages();
  const kind = () => kindOf(params.kind);
  const top = useQuery(() => ({
    ...topLevelPartnersQuery(params),
    enabled: !params.q,
    placeholderData: keepPreviousData,
  }));
  const found = useQuery(() => {
    const only = kind();
    return {
      queryKey: ["partners", "search", params.q, only ?? null],
      enabled: Boolean(params.q),
      placeholderData: keepPreviousData,
      queryFn: async () =>
        unwrap(
          await api.GET("/api/v1/partners", {
            params: {
              query: { q: params.q ?? "", sort: "name", limit: SEARCH_PAGE, ...(only ? { kind: only } : {}) },
            },
          }),
        ).items,
    };
  });

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
        onSubmit={(e) => pages.restart({ q: submittedSearch(e) })}
      >
        <div class="field">
          <label for="partners-kind">{t("partner.kind")}</label>
          <select
            id="partners-kind"
            value={kind() ?? ""}
            onChange={(e) => pages.restart({ kind: e.currentTarget.value || undefined })}
          >
            <option value="">{t("filter.all")}</option>
            <For each={PARTNER_KINDS}>{(k) => <option value={k}>{partnerKindLabel(k)}</option>}</For>
          </select>
        </div>
        <SearchField id="partners-q" label={t("partners.search")} value={params.q} />
      </form>
      <Show
        when={params.q}
        fallback={
          <QueryView query={top} height="20rem">
            {(page) => (
              <NonEmpty items={page.items} empty={t("partners.empty")}>
                <p class="muted">{t("partners.topLevel")}</p>
                <div class="card tree">
                  <ul>
                    <For each={page.items}>{(partner) => <RegisterBranch partner={partner} />}</For>
                  </ul>
                </div>
                <CursorPager {...pages.pager(page)} />
              </NonEmpty>
            )}
          </QueryView>
        }
      >
        <QueryView query={found} height="20rem">
          {(list) => {
            const tree = partnerTree(list);
            return (
              <NonEmpty items={list} empty={t("partners.noneMatching")}>
                <p class="muted">
                  {list.length >= SEARCH_PAGE
                    ? t("partners.firstOnly", { count: SEARCH_PAGE })
                    : t("partners.count", { count: list.length })}
                </p>
                <div class="card tree">
                  <ul>
                    <For each={tree.roots}>
                      {(root) => <FoundBranch partner={root} children={tree.children} />}
                    </For>
                  </ul>
                </div>
              </NonEmpty>
            );
          }}
        </QueryView>
      </Show>
    </section>
  );
}
