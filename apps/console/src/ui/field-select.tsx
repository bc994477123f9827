import { createSignal, For, type JSX, Show } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { fieldChoices, OTHER_FIELDS, toFieldCode } from "./field-labels.ts";
import { describedBy, FieldFrame } from "./fields.tsx";

/** The select's last option, which opens a box for another field; never a field code (codes begin a-z). */
export const OTHER_FIELD_CHOICE = "_other";

type SelectEvent = Event & { currentTarget: HTMLSelectElement; target: Element };
// The form's handlers come as Solid's handler union; modular-forms gives plain functions.
const call = (handler: unknown, arg: unknown) => {
  if (typeof handler === "function") handler(arg);
};

/**
 * One field of cooperation as a select that fits a table row: the standard and common fields, the one the
 * row already has (readable even when nobody labelled it), and last "Bidang lain…", which shows a small
 * box beneath. The words typed there become the snake_case code the API takes (`toFieldCode`), chosen in
 * the select as if it had always been there; the box takes them on Enter or on leaving it.
 */
export function FieldCodeSelect(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly value: string | undefined;
  readonly blank?: boolean;
  /** Codes to offer besides the standard and common ones (the fields the agreement already has). */
  readonly also?: readonly string[];
  /** modular-forms' props for the select (name, ref, handlers); without them the select holds the value. */
  readonly inputProps?: JSX.SelectHTMLAttributes<HTMLSelectElement>;
}): JSX.Element {
  const [writing, setWriting] = createSignal(false);
  const [added, setAdded] = createSignal<string[]>([]);
  const [typed, setTyped] = createSignal("");
  const [problem, setProblem] = createSignal<string>();
  // Unbound (no form), the select's own choice is the value; bound, the form's value is.
  const [picked, setPicked] = createSignal<string>();
  let select: HTMLSelectElement | undefined;
  let telling = false;
  // The choice held before "Bidang lain…", for Escape to give back.
  let before = "";
  const other = () => `${props.id}-other`;
  const current = () => (props.inputProps ? props.value : (picked() ?? props.value)) ?? "";
  const choices = () =>
    fieldChoices([...OTHER_FIELDS, ...(props.also ?? []), ...added(), ...(current() ? [current()] : [])]);
  const shown = () => (writing() ? OTHER_FIELD_CHOICE : current());
  // The form hears of a code as it hears of a choice: through the select's own input and change events.
  const tell = (code: string) => {
    if (!select) return;
    if (code && !choices().some((c) => c.value === code)) setAdded([...added(), code]);
    telling = true;
    select.value = code;
    select.dispatchEvent(new Event("input", { bubbles: true }));
    select.dispatchEvent(new Event("change", { bubbles: true }));
    telling = false;
    select.value = shown();
  };
  // Choosing "Bidang lain…" empties the row's field until words are given: never a stale choice behind it.
  const open = () => {
    if (writing()) return;
    before = current();
    setWriting(true);
    tell("");
  };
  const take = (): boolean => {
    if (typed().trim() === "") return false;
    const code = toFieldCode(typed());
    if (!code) {
      setProblem(t("field.otherInvalid"));
      return false;
    }
    setProblem(undefined);
    setWriting(false);
    setTyped("");
    tell(code);
    return true;
  };
  const close = () => {
    if (!writing()) return;
    setProblem(undefined);
    setTyped("");
    setWriting(false);
    if (select) select.value = shown();
  };
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <select
        name={props.inputProps?.name}
        id={props.id}
        ref={(el) => {
          select = el;
          call(props.inputProps?.ref, el);
        }}
        value={shown()}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onInput={(e: SelectEvent) => {
          if (e.currentTarget.value === OTHER_FIELD_CHOICE) return open();
          if (!telling) close();
          setPicked(e.currentTarget.value);
          call(props.inputProps?.onInput, e);
        }}
        onChange={(e: SelectEvent) => {
          // A change without an input first (a test's fireEvent) still opens the box.
          if (e.currentTarget.value === OTHER_FIELD_CHOICE) return open();
          call(props.inputProps?.onChange, e);
        }}
        onBlur={(e) => call(props.inputProps?.onBlur, e)}
      >
        {/* Each option says whether it is chosen: a select's value set before its options exist shows none. */}
        <Show when={props.blank}>
          <option value="" selected={shown() === ""}>
            {t("form.choose")}
          </option>
        </Show>
        <For each={choices()}>
          {(c) => (
            <option value={c.value} selected={c.value === shown()}>
              {c.label}
            </option>
          )}
        </For>
        <option value={OTHER_FIELD_CHOICE} selected={writing()}>
          {t("field.otherChoice")}
        </option>
      </select>
      <Show when={writing()}>
        <div class="field-other">
          <label for={other()}>{t("field.otherName")}</label>
          <span class="hint" id={`${other()}-hint`}>
            {t("field.otherNameHint")}
          </span>
          <Show when={problem()}>
            <span class="error" id={`${other()}-error`}>
              {problem()}
            </span>
          </Show>
          <input
            id={other()}
            autocomplete="off"
            value={typed()}
            aria-invalid={problem() ? "true" : undefined}
            aria-describedby={describedBy(other(), t("field.otherNameHint"), problem())}
            onInput={(e) => setTyped(e.currentTarget.value)}
            onChange={() => take()}
            onKeyDown={(e) => {
              // Enter takes the words here (it must not submit the whole form); Escape goes back to the list.
              if (e.key === "Enter") {
                e.preventDefault();
                if (take()) select?.focus();
              } else if (e.key === "Escape") {
                e.preventDefault();
                close();
                tell(before);
                select?.focus();
              }
            }}
          />
        </div>
      </Show>
    </FieldFrame>
  );
}
