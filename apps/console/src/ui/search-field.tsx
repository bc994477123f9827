import type { JSX } from "solid-js";
import { t } from "../i18n/i18n.ts";

/** A list's search box (`q`) and the filter form's apply button, the last two things in that form. */
export function SearchField(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string | undefined;
}): JSX.Element {
  return (
    <>
      <div class="field">
        <label for={props.id}>{props.label}</label>
        <input id={props.id} name="q" type="search" value={props.value ?? ""} />
      </div>
      <button type="submit" class="secondary">
        {t("filter.apply")}
      </button>
    </>
  );
}

/** The search text a filter form was submitted with, trimmed; undefined when empty (the URL drops it). */
export function submittedSearch(e: SubmitEvent & { currentTarget: HTMLFormElement }): string | undefined {
  e.preventDefault();
  return new FormData(e.currentTarget).get("q")?.toString().trim() || undefined;
}
