import type {
  FieldValues,
  FormStore,
  FormErrors as ModularFormErrors,
  ValidateForm,
} from "@modular-forms/solid";
import { getErrors, setError } from "@modular-forms/solid";
import { For, type JSX, Show } from "solid-js";
import * as v from "valibot";
import { ApiError } from "../api/client.ts";
import { t } from "../i18n/i18n.ts";
import { localiseIssue } from "./issues.ts";

/** A field's id from its name (array paths have dots). */
export const fieldId = (name: string): string => `field-${name.replaceAll(".", "-")}`;

/**
 * Validates a form with the API's own valibot schema: the form's values are first shaped into the body
 * the API expects (`toBody`), and each issue lands on the field of the same path.
 */
export function schemaForm<T extends FieldValues>(
  schema: v.GenericSchema,
  toBody: (values: Partial<T>) => unknown,
): ValidateForm<T> {
  return (values) => {
    const result = v.safeParse(schema, toBody(values as Partial<T>));
    const errors: Record<string, string> = {};
    if (!result.success)
      for (const issue of result.issues) {
        const path = v.getDotPath(issue) ?? "";
        errors[path] ??= issue.message;
      }
    return errors as ModularFormErrors<T>;
  };
}

/** Drops empty text so that optional fields left blank are absent, as the API wants them. */
export function present<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, x]) => x !== undefined && x !== null && x !== ""),
  ) as Partial<T>;
}

/**
 * Puts the API's field errors beside their fields; returns what could not be placed on a field (shown in
 * the summary). Never loses what the user typed.
 */
export function applyProblem<T extends FieldValues>(
  form: FormStore<T, undefined>,
  e: unknown,
  fields: readonly string[],
): string[] {
  if (!(e instanceof ApiError)) return [];
  const loose: string[] = [];
  for (const { field, message } of e.problem.errors ?? []) {
    if (fields.includes(field)) setError(form, field as never, message, { shouldFocus: false });
    else loose.push(message);
  }
  if ((e.problem.errors ?? []).length === 0) loose.push(e.problem.detail ?? e.problem.title);
  return loose;
}

/** GOV.UK's error summary: at the top of the form, each problem a link to its field. */
export function ErrorSummary(props: {
  readonly errors: readonly { readonly field?: string; readonly message: string }[];
}): JSX.Element {
  let box: HTMLDivElement | undefined;
  return (
    <Show when={props.errors.length > 0}>
      <div
        class="error-summary"
        role="alert"
        tabindex="-1"
        ref={(el) => {
          box = el;
          queueMicrotask(() => box?.focus());
        }}
      >
        <h2>{t("form.summary")}</h2>
        <ul>
          <For each={props.errors}>
            {(error) => (
              <li>
                <Show when={error.field} fallback={error.message}>
                  <a href={`#${fieldId(error.field ?? "")}`}>{error.message}</a>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}

/** The errors of a form as the summary lists them (field errors first, then the loose ones). */
export function summaryOf(
  errors: Record<string, string | undefined>,
  loose: readonly string[],
): { field?: string; message: string }[] {
  return [
    ...Object.entries(errors)
      .filter((entry): entry is [string, string] => Boolean(entry[1]))
      .map(([field, message]) => ({ field, message })),
    ...loose.map((message) => ({ message })),
  ];
}

/** The summary of a form's current errors (in the console's language) and of the API's loose ones. */
export function FormErrors<T extends FieldValues>(props: {
  readonly form: FormStore<T, undefined>;
  readonly loose: readonly string[];
}): JSX.Element {
  const errors = () =>
    Object.fromEntries(
      Object.entries(getErrors(props.form) as Record<string, string | undefined>).map(([name, message]) => [
        name,
        localiseIssue(message),
      ]),
    );
  return <ErrorSummary errors={summaryOf(errors(), props.loose)} />;
}

/** A field's error, in the console's language, as TextField takes it (absent when none). */
export function errorOf(message: string | undefined): { error: string } | Record<string, never> {
  const text = localiseIssue(message);
  return text ? { error: text } : {};
}
