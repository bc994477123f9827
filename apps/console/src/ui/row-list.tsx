import { For, type JSX, Show } from "solid-js";
import { t } from "../i18n/i18n.ts";

/**
 * The rows of a list value (attendees, follow-ups, signatories) under their legend: each row its fields and
 * a remove button, an add button beneath, the list's own error (e.g. "at least one") above.
 */
export function RowList(props: {
  readonly id?: string;
  readonly legend: string;
  readonly error?: string | undefined;
  readonly items: readonly unknown[];
  readonly addLabel: string;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
  readonly children: (index: () => number) => JSX.Element;
}): JSX.Element {
  return (
    <fieldset id={props.id}>
      <legend>{props.legend}</legend>
      <Show when={props.error}>
        <span class="error">{props.error}</span>
      </Show>
      <For each={props.items}>
        {(_, i) => (
          <div class="row">
            {props.children(i)}
            <button type="button" class="secondary" onClick={() => props.onRemove(i())}>
              {t("action.remove")}
            </button>
          </div>
        )}
      </For>
      <button type="button" class="secondary" onClick={() => props.onAdd()}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}
