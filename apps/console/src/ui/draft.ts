import { type FieldValues, type FormStore, getValues } from "@modular-forms/solid";
import { createEffect, on } from "solid-js";

const PREFIX = "sinergi.draft.";

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

/** Forgets every draft of this tab: at sign-out, so the next person at a shared PC does not see them. */
export function dropAllDrafts(): void {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage) return;
    for (const key of Object.keys(storage)) if (key.startsWith(PREFIX)) storage.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}
