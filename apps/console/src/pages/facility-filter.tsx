import { For, type JSX, Show } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { NameSearch } from "../ui/name-search.tsx";
import { facilityRegister, LOOKUP_LIMIT, useFacilities, useFacilityNames } from "./lookups.ts";

/**
 * A list's facility filter (reports, agreements): one of the facilities at hand, or, where those were cut
 * (a national admin's 530), any other found by name. The one chosen shows by name even beyond the first 200.
 */
export function FacilityFilter(props: {
  /** The select's id; the search box's is derived from it. */
  readonly id: string;
  readonly value: string | undefined;
  readonly onChange: (facilityId: string | undefined) => void;
}): JSX.Element {
  const facilities = useFacilities();
  const name = useFacilityNames(() => (props.value ? [props.value] : []));
  const choices = () => {
    const list = facilities.data ?? [];
    const chosen = props.value;
    return chosen && !list.some((f) => f.id === chosen)
      ? [{ id: chosen, name: name(chosen) }, ...list]
      : list;
  };
  return (
    <>
      <div class="field">
        <label for={props.id}>{t("agreement.facility")}</label>
        <select
          id={props.id}
          value={props.value ?? ""}
          onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
        >
          <option value="" selected={!props.value}>
            {t("filter.all")}
          </option>
          <For each={choices()}>
            {(f) => (
              <option value={f.id} selected={f.id === props.value}>
                {f.name}
              </option>
            )}
          </For>
        </select>
      </div>
      <Show when={(facilities.data?.length ?? 0) >= LOOKUP_LIMIT}>
        <NameSearch
          id={`${props.id}-search`}
          label={t("facility.searchOther")}
          search={facilityRegister.search}
          onPick={(choice) => props.onChange(choice.value)}
          picks="choose"
        />
      </Show>
    </>
  );
}
