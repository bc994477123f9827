import { Combobox } from "@kobalte/core/combobox";
import { Dialog } from "@kobalte/core/dialog";
import { useNavigate } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, For, type JSX } from "solid-js";
import { api, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { type MessageKey, t } from "../../i18n/i18n.ts";

/** A place the quick jump leads to. */
interface Target {
  readonly key: string;
  readonly label: string;
  readonly href: string;
}
interface Group {
  readonly label: string;
  readonly options: Target[];
}

const LIMIT = 8;

/**
 * Jump to a facility, partner or agreement by typing part of its name, by keyboard alone: arrows choose,
 * Enter opens, Escape closes. All three are asked of the API (its own search, within the user's scope): a
 * national register holds thousands of partners and hundreds of facilities, more than any list loaded.
 */
export default function QuickJump(props: {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const session = useSession();
  const navigate = useNavigate();
  const [query, setQuery] = createSignal("");
  let list: HTMLUListElement | undefined;
  const q = () => query().trim().toLocaleLowerCase("id");
  const facilities = useQuery(() => ({
    queryKey: ["facilities", "jump", q()],
    enabled: q().length >= 2,
    staleTime: 30_000,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/facilities", { params: { query: { q: q(), sort: "name", limit: LIMIT } } }),
      ).items,
  }));
  const partners = useQuery(() => ({
    queryKey: ["partners", "jump", q()],
    enabled: q().length >= 2,
    staleTime: 30_000,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/partners", { params: { query: { q: q(), sort: "name", limit: LIMIT } } }))
        .items,
  }));
  const agreements = useQuery(() => ({
    queryKey: ["agreements", "jump", q()],
    enabled: q().length >= 2 && session.can("agreements:read"),
    staleTime: 30_000,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/agreements", { params: { query: { q: q(), limit: LIMIT } } })).items,
  }));
  const group = (label: MessageKey, options: Target[]): Group[] =>
    options.length > 0 ? [{ label: t(label), options: options.slice(0, LIMIT) }] : [];
  const groups = (): Group[] => {
    if (q().length === 0) return [];
    const partnerHref = (id: string) =>
      session.can("organisation:write") ? `/partners/${id}/edit` : "/partners";
    return [
      ...group(
        "jump.facilities",
        (facilities.data ?? []).map((f) => ({
          key: `f:${f.id}`,
          label: f.name,
          href: `/facilities/${f.id}`,
        })),
      ),
      ...group(
        "jump.partners",
        (partners.data ?? []).map((p) => ({ key: `p:${p.id}`, label: p.name, href: partnerHref(p.id) })),
      ),
      ...group(
        "jump.agreements",
        (agreements.data ?? []).map((a) => ({
          key: `a:${a.id}`,
          label: a.title,
          href: `/agreements/${a.id}`,
        })),
      ),
    ];
  };
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay class="dialog-overlay" />
        <div class="dialog-positioner">
          <Dialog.Content class="dialog quick-jump">
            <Dialog.Title as="h2">{t("jump.title")}</Dialog.Title>
            <Dialog.Description as="p" class="muted">
              {t("jump.hint")}
            </Dialog.Description>
            <Combobox<Target, Group>
              options={groups()}
              optionValue="key"
              optionTextValue="label"
              optionLabel="label"
              optionGroupChildren="options"
              // The list is already what matches (the API searched): keep every option.
              defaultFilter={() => true}
              // The matches arrive after the typing: the list opens empty and fills as they come.
              allowsEmptyCollection
              // Choosing an option writes its name into the field: keep the options as they were, so the
              // choice stays in the list and opens (a long title would otherwise search anew and lose it).
              onInputChange={(value) => {
                if (!groups().some((g) => g.options.some((o) => o.label === value))) setQuery(value);
              }}
              onChange={(target) => {
                if (!target) return;
                props.onOpenChange(false);
                navigate(target.href);
              }}
              placeholder={t("jump.placeholder")}
              // Kobalte keys every group heading "" and renders its list keyed: the headings crowd each
              // other out and only the last survives. The list below renders each node itself instead.
              virtualized
            >
              <Combobox.Label class="visually-hidden">{t("jump.label")}</Combobox.Label>
              <Combobox.Control class="jump-control">
                <Combobox.Input class="jump-input" />
              </Combobox.Control>
              <Combobox.Content class="jump-content">
                <Combobox.Listbox<Target, Group>
                  class="jump-list"
                  ref={(el: HTMLUListElement) => {
                    list = el;
                  }}
                  scrollToItem={(key) =>
                    list
                      ?.querySelector(`[data-key="${CSS.escape(key)}"]`)
                      ?.scrollIntoView({ block: "nearest" })
                  }
                >
                  {(nodes) => (
                    <For each={[...nodes()]}>
                      {(node) =>
                        node.type === "section" ? (
                          <Combobox.Section class="jump-section">
                            {(node.rawValue as Group).label}
                          </Combobox.Section>
                        ) : (
                          <Combobox.Item item={node} class="jump-item">
                            <Combobox.ItemLabel>{(node.rawValue as Target).label}</Combobox.ItemLabel>
                          </Combobox.Item>
                        )
                      }
                    </For>
                  )}
                </Combobox.Listbox>
              </Combobox.Content>
            </Combobox>
            <p class="muted" aria-live="polite">
              {q().length > 0 && groups().length === 0 && !agreements.isFetching ? t("jump.none") : ""}
            </p>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog>
  );
}
