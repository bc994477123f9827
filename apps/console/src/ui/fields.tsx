import { For, type JSX, Show } from "solid-js";
import { formatDate } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { errorOf, fieldId } from "./form.tsx";

/** One choice of a select or a checkbox group. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** Coded values (kinds, sides) as choices in words. */
export const labelled = <T extends string>(values: readonly T[], label: (value: T) => string): Choice[] =>
  values.map((value) => ({ value, label: label(value) }));

/** Records (facilities, partners) as choices by name. */
export const choicesOf = (list: readonly { id: string; name: string }[]): Choice[] =>
  list.map((x) => ({ value: x.id, label: x.name }));

/** The ids a control names in aria-describedby: its hint's, its error's (when shown) and its date's words. */
export function describedBy(id: string, hint?: string, error?: string, echo = false): string | undefined {
  return (
    [hint ? `${id}-hint` : "", error ? `${id}-error` : "", echo ? `${id}-echo` : ""]
      .filter(Boolean)
      .join(" ") || undefined
  );
}

/**
 * The chosen day in words ("11 November 2025") beside a date input: the browser draws the input in its
 * own locale's order (mm/dd/yyyy in an American Chromium), so the words settle what was meant. The control
 * names it in aria-describedby (`describedBy(id, …, true)`); it is empty while no day is chosen.
 */
export function DateEcho(props: { readonly id: string; readonly value: string | undefined }): JSX.Element {
  const valid = () => /^\d{4}-\d{2}-\d{2}$/.test(props.value ?? "");
  return (
    <span class="date-echo" id={`${props.id}-echo`} aria-live="polite">
      {valid() ? formatDate(props.value) : ""}
    </span>
  );
}

/** The label above a control, its hint in plain words and its error beside it: what every field shares. */
export function FieldFrame(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly children: JSX.Element;
}): JSX.Element {
  return (
    <div class={props.error ? "field invalid" : "field"}>
      <label for={props.id}>{props.label}</label>
      <Hint id={props.id} hint={props.hint} error={props.error} />
      {props.children}
    </div>
  );
}

function Hint(props: {
  readonly id: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}) {
  return (
    <>
      <Show when={props.hint}>
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      </Show>
      <Show when={props.error}>
        <span class="error" id={`${props.id}-error`}>
          {props.error}
        </span>
      </Show>
    </>
  );
}

/**
 * A modular-forms field as the console's field components take it: its value, its error in the console's
 * language (absent when none) and the props its control spreads.
 */
export function bound<V, P>(
  field: { readonly value: V | undefined; readonly error: string },
  inputProps: P,
): { value: V | undefined; inputProps: P } & ({ error: string } | Record<never, never>) {
  return { value: field.value, inputProps, ...errorOf(field.error) };
}

/** A labelled input (or text area) with its hint and error, wired for modular-forms' field props. */
export function TextField(props: {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: string | number | undefined;
  readonly type?: "text" | "email" | "password" | "date" | "time" | "number" | "search";
  readonly multiline?: boolean;
  readonly autocomplete?: string;
  readonly required?: boolean;
  readonly inputProps: JSX.InputHTMLAttributes<HTMLInputElement> &
    JSX.TextareaHTMLAttributes<HTMLTextAreaElement>;
}): JSX.Element {
  const id = () => fieldId(props.name);
  const isDate = () => props.type === "date";
  const aria = () => ({
    "aria-invalid": props.error ? ("true" as const) : undefined,
    "aria-describedby": describedBy(id(), props.hint, props.error, isDate()),
  });
  const input = () => (
    <input
      {...props.inputProps}
      id={id()}
      type={props.type ?? "text"}
      value={props.value ?? ""}
      {...aria()}
      autocomplete={props.autocomplete}
      required={props.required}
    />
  );
  return (
    <FieldFrame id={id()} label={props.label} hint={props.hint} error={props.error}>
      <Show
        when={props.multiline}
        fallback={
          <Show when={isDate()} fallback={input()}>
            <div class="date-control">
              {input()}
              <DateEcho id={id()} value={props.value === undefined ? undefined : String(props.value)} />
            </div>
          </Show>
        }
      >
        <textarea {...props.inputProps} id={id()} rows={4} value={props.value ?? ""} {...aria()} />
      </Show>
    </FieldFrame>
  );
}

/** A labelled select with its hint and error; `blank` adds a first empty choice ("Pilih…" unless named). */
export function SelectField(props: {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: string | undefined;
  readonly choices: readonly Choice[];
  readonly blank?: string | true;
  readonly inputProps: JSX.SelectHTMLAttributes<HTMLSelectElement>;
}): JSX.Element {
  const id = () => fieldId(props.name);
  return (
    <FieldFrame id={id()} label={props.label} hint={props.hint} error={props.error}>
      <select
        {...props.inputProps}
        id={id()}
        value={props.value ?? ""}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(id(), props.hint, props.error)}
      >
        {/* Each option says whether it is chosen: a select's value set before its options exist shows none. */}
        <Show when={props.blank}>
          <option value="" selected={!props.value}>
            {props.blank === true ? t("form.choose") : props.blank}
          </option>
        </Show>
        <For each={props.choices}>
          {(c) => (
            <option value={c.value} selected={c.value === props.value}>
              {c.label}
            </option>
          )}
        </For>
      </select>
    </FieldFrame>
  );
}

/**
 * Ticks the checkbox of `value` in the group around `inside`, as a click does, so the form records a choice
 * added on the fly like any other; returns the box.
 */
export function tickChoice(inside: Element | undefined, value: string): HTMLInputElement | undefined {
  const input = inside
    ?.closest("fieldset")
    ?.querySelector<HTMLInputElement>(`input[type="checkbox"][value="${value}"]`);
  if (input && !input.checked) input.click();
  return input ?? undefined;
}

/** A group of checkboxes for a list value (partners, fields), its legend above and its error beside it. */
export function ChoiceGroup(props: {
  readonly name: string;
  readonly legend: string;
  readonly error?: string;
  readonly value: readonly string[] | undefined;
  readonly choices: readonly Choice[];
  /** A long list (a region's partners) scrolls inside its own box. */
  readonly scroll?: boolean;
  readonly inputProps: JSX.InputHTMLAttributes<HTMLInputElement>;
  /** More inside the group, below the boxes (a way to add a choice). */
  readonly children?: JSX.Element;
}): JSX.Element {
  const id = () => fieldId(props.name);
  const boxes = () => (
    <For each={props.choices}>
      {(c) => (
        <label class="choice">
          <input
            {...props.inputProps}
            type="checkbox"
            value={c.value}
            checked={props.value?.includes(c.value) ?? false}
          />{" "}
          {c.label}
        </label>
      )}
    </For>
  );
  return (
    <fieldset
      class={props.error ? "field invalid" : "field"}
      id={id()}
      aria-describedby={describedBy(id(), undefined, props.error)}
    >
      <legend>{props.legend}</legend>
      <Hint id={id()} error={props.error} />
      <Show when={props.scroll} fallback={boxes()}>
        <div style={{ "max-height": "12rem", "overflow-y": "auto" }}>{boxes()}</div>
      </Show>
      {props.children}
    </fieldset>
  );
}
