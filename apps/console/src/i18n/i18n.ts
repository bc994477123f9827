import * as i18n from "@solid-primitives/i18n";
import { createSignal } from "solid-js";
import { id, type MessageKey } from "./messages-id.ts";

/** Console languages: Indonesian by default, English on request. */
export type Locale = "id" | "en";
export type { MessageKey };

type Dictionary = Readonly<Record<MessageKey, string>>;

const STORAGE_KEY = "sinergi.locale";

function remembered(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === "en" ? "en" : "id";
  } catch {
    return "id";
  }
}

// English is fetched only by those who ask for it: the first page stays small for everyone else.
let english: Dictionary | undefined;
const [current, setCurrent] = createSignal<Locale>("id");

/** The language in use. */
export const locale = current;

/** Loads the remembered language (before the first render, so nothing flashes in the other one). */
export async function loadRememberedLocale(): Promise<void> {
  if (remembered() === "en") await setLocale("en");
}

/** Switches the language and remembers the choice on this browser. */
export async function setLocale(next: Locale): Promise<void> {
  if (next === "en") english ??= (await import("./messages-en.ts")).en;
  setCurrent(next);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // A browser refusing storage still switches for this visit.
  }
  if (typeof document !== "undefined") document.documentElement.lang = next;
}

const translate = i18n.translator(
  () => (current() === "en" && english ? english : (id as Dictionary)),
  i18n.resolveTemplate,
);

/** The message for `key` in the current language, with `{{ name }}` placeholders filled. */
export function t(key: MessageKey, args?: Record<string, string | number>): string {
  return (translate as (k: string, a?: Record<string, string | number>) => string)(key, args) ?? key;
}
