import { For, type JSX, Show } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { useRegionalOffices } from "./lookups.ts";

/**
 * A list's regional office (Kanwil) filter (facilities, reports). Offered only where there are several: a
 * facility's or a Kanwil's own people have one office.
 */
export function OfficeFilter(props: {
  readonly id: string;
  readonly value: string | undefined;
  readonly onChange: (officeId: string | undefined) => void;
}): JSX.Element {
  const offices = useRegionalOffices();
  return (
    <Show when={(offices.data?.length ?? 0) > 1}>
      <div class="field">
        <label for={props.id}>{t("facilities.office")}</label>
        <select
          id={props.id}
          value={props.value ?? ""}
          onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
        >
          <option value="">{t("filter.all")}</option>
          <For each={offices.data}>{(o) => <option value={o.id}>{o.name}</option>}</For>
        </select>
      </div>
    </Show>
  );
}
