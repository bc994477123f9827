import { createSignal, type JSX } from "solid-js";
import { type Choice, SelectField } from "./fields.tsx";
import { fieldId } from "./form.tsx";
import { nameHeldChoices } from "./held-choices.ts";
import { NameSearch, type Register } from "./name-search.tsx";
import { addedFirst } from "./searchable-choices.tsx";

/**
 * A select over a list too long to hold whole (a parent agency among thousands of partners): the options at
 * hand, and a search by name that adds any other and chooses it, as picking it from the list would.
 */
export function SearchableSelect(props: {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: string | undefined;
  readonly choices: readonly Choice[];
  readonly blank?: string | true;
  /** The register: searched by name for another to choose, asked by id for a chosen one not at hand. */
  readonly register: Register;
  /** The search box's label, e.g. "Cari induk lain". */
  readonly searchLabel: string;
  readonly inputProps: JSX.SelectHTMLAttributes<HTMLSelectElement>;
}): JSX.Element {
  const [added, setAdded] = createSignal<Choice[]>([]);
  const choose = (choice: Choice) => {
    setAdded([...added().filter((c) => c.value !== choice.value), choice]);
    // Chosen as a person would choose it, so the form records it like any other option.
    queueMicrotask(() => {
      const select = document.getElementById(fieldId(props.name));
      if (!(select instanceof HTMLSelectElement)) return;
      select.value = choice.value;
      select.dispatchEvent(new Event("input", { bubbles: true }));
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
  };
  const shown = () => addedFirst(added(), props.choices);
  nameHeldChoices(
    () => (props.value ? [props.value] : []),
    shown,
    (ids) => props.register.named(ids),
    (found) => setAdded(addedFirst(added(), found)),
  );
  return (
    <>
      <SelectField
        name={props.name}
        label={props.label}
        {...(props.hint ? { hint: props.hint } : {})}
        {...(props.error ? { error: props.error } : {})}
        value={props.value}
        choices={shown()}
        {...(props.blank ? { blank: props.blank } : {})}
        inputProps={props.inputProps}
      />
      <NameSearch
        id={`${fieldId(props.name)}-search`}
        label={props.searchLabel}
        search={(text) => props.register.search(text)}
        onPick={choose}
        picks="choose"
      />
    </>
  );
}
