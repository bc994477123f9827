import { createSignal, type JSX } from "solid-js";
import { type Choice, ChoiceGroup, tickChoice } from "./fields.tsx";
import { fieldId } from "./form.tsx";
import { nameHeldChoices } from "./held-choices.ts";
import { NameSearch, type Register } from "./name-search.tsx";

/** Choices first: what was added, then those at hand (without the added ones twice). */
export const addedFirst = (added: readonly Choice[], choices: readonly Choice[]): Choice[] => {
  const first = new Set(added.map((c) => c.value));
  return [...added, ...choices.filter((c) => !first.has(c.value))];
};

/**
 * Checkboxes for a list too long to show whole (a national register of thousands of partners): the ones at
 * hand, and a search by name that adds any other to the list, ticked, as a click on its box would.
 */
export function SearchableChoices(props: {
  readonly name: string;
  readonly legend: string;
  readonly error?: string;
  readonly value: readonly string[] | undefined;
  readonly choices: readonly Choice[];
  readonly scroll?: boolean;
  /** The register: searched by name for more to add, asked by id for ticked ones not at hand. */
  readonly register: Register;
  /** The search box's label, e.g. "Cari mitra lain". */
  readonly searchLabel: string;
  readonly inputProps: JSX.InputHTMLAttributes<HTMLInputElement>;
}): JSX.Element {
  const [added, setAdded] = createSignal<Choice[]>([]);
  let box: HTMLDivElement | undefined;
  const add = (choice: Choice) => {
    setAdded([...added().filter((c) => c.value !== choice.value), choice]);
    // What was added comes first, and is scrolled to: in a long list it would be ticked out of sight.
    queueMicrotask(() => tickChoice(box, choice.value)?.scrollIntoView({ block: "nearest" }));
  };
  const shown = () => addedFirst(added(), props.choices);
  nameHeldChoices(
    () => props.value ?? [],
    shown,
    (ids) => props.register.named(ids),
    (found) => setAdded(addedFirst(added(), found)),
  );
  return (
    <ChoiceGroup
      name={props.name}
      legend={props.legend}
      {...(props.error ? { error: props.error } : {})}
      value={props.value}
      choices={shown()}
      {...(props.scroll ? { scroll: true } : {})}
      inputProps={props.inputProps}
    >
      <div ref={box}>
        <NameSearch
          id={`${fieldId(props.name)}-search`}
          label={props.searchLabel}
          search={(text) => props.register.search(text)}
          onPick={add}
        />
      </div>
    </ChoiceGroup>
  );
}
