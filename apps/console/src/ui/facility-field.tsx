import { type JSX, Show } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { choicesOf, SelectField } from "./fields.tsx";
import type { Register } from "./name-search.tsx";
import { SearchableSelect } from "./searchable-select.tsx";

/**
 * The facility a record belongs to: a choice for those who work across facilities (with a search by name
 * when the list at hand was cut, as a national admin's 530 facilities are); for a facility's own staff it
 * is theirs, carried hidden.
 */
export function FacilityField(props: {
  readonly label: string;
  readonly facilities: readonly { id: string; name: string }[];
  readonly fixed: boolean;
  /** Given when the list at hand is not the whole register. */
  readonly register?: Register | undefined;
  readonly error?: string;
  readonly value: string | undefined;
  readonly inputProps: JSX.InputHTMLAttributes<HTMLInputElement> &
    JSX.SelectHTMLAttributes<HTMLSelectElement>;
}): JSX.Element {
  const field = () => ({
    name: "facilityId",
    label: props.label,
    choices: choicesOf(props.facilities),
    blank: true as const,
    value: props.value,
    inputProps: props.inputProps,
    ...(props.error ? { error: props.error } : {}),
  });
  return (
    <Show
      when={!props.fixed}
      fallback={<input {...props.inputProps} type="hidden" value={props.value ?? ""} />}
    >
      <Show when={props.register} fallback={<SelectField {...field()} />}>
        {(register) => (
          <SearchableSelect {...field()} register={register()} searchLabel={t("facility.searchOther")} />
        )}
      </Show>
    </Show>
  );
}
