import * as i18n from "@solid-primitives/i18n";
import { createSignal } from "solid-js";
import { en } from "./messages-en.ts";
import { id, type MessageKey } from "./messages-id.ts";

/** Console languages: Indonesian by default, English on request. */
export type Locale = "id" | "en";
export type { MessageKey };

/** Every message by language; English must carry exactly the Indonesian keys (the type and a test check). */
export const dictionaries: { readonly [L in Locale]: Readonly<Record<MessageKey, string>> } = { id, en };

const STORAGE_KEY = "sinergi.locale";

function remembered(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === "en" ? "en" : "id";
  } catch {
    return "id";
  }
}

const [current, setCurrent] = createSignal<Locale>(remembered());

/** The language in use. */
export const locale = current;

/** Switches the language and remembers the choice on this browser. */
export function setLocale(next: Locale): void {
  setCurrent(next);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // A browser refusing storage still switches for this visit.
  }
  if (typeof document !== "undefined") document.documentElement.lang = next;
}

const translate = i18n.translator(() => dictionaries[current()], i18n.resolveTemplate);

/** The message for `key` in the current language, with `{{ name }}` placeholders filled. */
export function t(key: MessageKey, args?: Record<string, string | number>): string {
  return (translate as (k: string, a?: Record<string, string | number>) => string)(key, args) ?? key;
}
