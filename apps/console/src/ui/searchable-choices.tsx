import { createSignal, For, type JSX, Show } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { type Choice, ChoiceGroup } from "./fields.tsx";
import { fieldId } from "./form.tsx";

/** What a search found: the first few matches, and whether there are more. */
export interface Found {
  readonly choices: readonly Choice[];
  readonly more: boolean;
}

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
  /** Finds choices by name (the API's `q`): what it finds is offered to add; `more` when it found more. */
  readonly search: (text: string) => Promise<Found>;
  /** The search box's label, e.g. "Cari mitra lain". */
  readonly searchLabel: string;
  readonly inputProps: JSX.InputHTMLAttributes<HTMLInputElement>;
}): JSX.Element {
  const [added, setAdded] = createSignal<Choice[]>([]);
  const [typed, setTyped] = createSignal("");
  const [found, setFound] = createSignal<Found>();
  const [state, setState] = createSignal<"idle" | "searching" | "failed">("idle");
  let box: HTMLDivElement | undefined;
  const searchId = () => `${fieldId(props.name)}-search`;
  // What was added comes first: in a long scrolling list it would otherwise be ticked out of sight.
  const choices = () => {
    const first = new Set(added().map((c) => c.value));
    return [...added(), ...props.choices.filter((c) => !first.has(c.value))];
  };
  const run = async () => {
    const text = typed().trim();
    if (text === "") return;
    setState("searching");
    try {
      setFound(await props.search(text));
      setState("idle");
    } catch {
      setState("failed");
    }
  };
  const add = (choice: Choice) => {
    if (!choices().some((c) => c.value === choice.value)) setAdded([...added(), choice]);
    // Ticking the box as a click does lets the form record the choice like any other.
    queueMicrotask(() => {
      const input = box
        ?.closest("fieldset")
        ?.querySelector<HTMLInputElement>(`input[type="checkbox"][value="${choice.value}"]`);
      if (input && !input.checked) input.click();
      input?.scrollIntoView({ block: "nearest" });
    });
    setFound(undefined);
    setTyped("");
  };
  return (
    <ChoiceGroup
      name={props.name}
      legend={props.legend}
      {...(props.error ? { error: props.error } : {})}
      value={props.value}
      choices={choices()}
      {...(props.scroll ? { scroll: true } : {})}
      inputProps={props.inputProps}
    >
      <div class="other-field" ref={box}>
        <label for={searchId()}>{props.searchLabel}</label>
        <div class="row">
          <input
            id={searchId()}
            type="search"
            autocomplete="off"
            value={typed()}
            onInput={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter searches here; it must not submit the whole form.
              if (e.key === "Enter") {
                e.preventDefault();
                void run();
              }
            }}
          />
          <button type="button" class="secondary" onClick={() => void run()}>
            {t("choices.search")}
          </button>
        </div>
        <p class="muted" aria-live="polite">
          <Show when={state() === "searching"}>{t("choices.searching")}</Show>
          <Show when={state() === "failed"}>{t("choices.failed")}</Show>
          <Show when={state() === "idle" && found()?.choices.length === 0}>{t("choices.none")}</Show>
          <Show when={state() === "idle" && found()?.more}>{t("choices.more")}</Show>
        </p>
        <Show when={(found()?.choices.length ?? 0) > 0}>
          <ul class="plain found-choices">
            <For each={found()?.choices}>
              {(choice) => (
                <li>
                  <button type="button" class="link" onClick={() => add(choice)}>
                    {t("choices.add", { name: choice.label })}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </ChoiceGroup>
  );
}
