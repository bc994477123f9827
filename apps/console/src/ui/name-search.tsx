import { createSignal, For, type JSX, Show } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { type Choice, FieldFrame } from "./fields.tsx";

/** What a search found: the first few matches, and whether there are more. */
export interface Found {
  readonly choices: readonly Choice[];
  readonly more: boolean;
}

/**
 * A register too long to load whole (a national list of partners or facilities), asked through the API:
 * by name for a search, and by id for the ones a form already holds (a restored draft, a saved record).
 */
export interface Register {
  readonly search: (text: string) => Promise<Found>;
  readonly named: (ids: readonly string[]) => Promise<readonly Choice[]>;
}

/**
 * A search by name inside a form (Enter searches, it does not send the form): what it finds is offered as
 * buttons, and the one picked goes to `onPick`. For lists too long to show whole, as a national register is.
 */
export function NameSearch(props: {
  readonly id: string;
  readonly label: string;
  /** Finds choices by name (the API's `q`). */
  readonly search: (text: string) => Promise<Found>;
  readonly onPick: (choice: Choice) => void;
  /** What picking does, in the buttons' words: adds to a list (the default), or chooses the one value. */
  readonly picks?: "add" | "choose";
}): JSX.Element {
  const [typed, setTyped] = createSignal("");
  const [found, setFound] = createSignal<Found>();
  const [state, setState] = createSignal<"idle" | "searching" | "failed">("idle");
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
  const pick = (choice: Choice) => {
    setFound(undefined);
    setTyped("");
    props.onPick(choice);
  };
  return (
    <FieldFrame id={props.id} label={props.label}>
      <div class="row">
        <input
          id={props.id}
          type="search"
          autocomplete="off"
          value={typed()}
          onInput={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={(e) => {
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
      <p class="muted search-state" aria-live="polite">
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
                <button type="button" class="link" onClick={() => pick(choice)}>
                  {t(props.picks === "choose" ? "choices.choose" : "choices.add", { name: choice.label })}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </FieldFrame>
  );
}
