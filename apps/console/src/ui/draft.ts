import { type FieldValues, type FormStore, getValues } from "@modular-forms/solid";
import { createEffect, on } from "solid-js";
import { DRAFT_PREFIX as PREFIX } from "./drafts-store.ts";

/** What was typed into a form before (this browser tab), if anything: nothing typed is lost to an expired session. */
export function restoreDraft<T>(key: string): Partial<T> | undefined {
  try {
    const saved = globalThis.sessionStorage?.getItem(PREFIX + key);
    return saved ? (JSON.parse(saved) as Partial<T>) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the form's values in this tab's session storage as they are typed. */
export function keepDraft<T extends FieldValues>(form: FormStore<T, undefined>, key: string): void {
  createEffect(
    on(
      () => JSON.stringify(getValues(form)),
      (values) => {
        try {
          globalThis.sessionStorage?.setItem(PREFIX + key, values);
        } catch {
          // A full or refused storage only loses the safety net.
        }
      },
      { defer: true },
    ),
  );
}

/** Forgets a draft once the API has accepted it. */
export function dropDraft(key: string): void {
  try {
    globalThis.sessionStorage?.removeItem(PREFIX + key);
  } catch {
    // Nothing to forget.
  }
}
