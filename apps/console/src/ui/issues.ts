import { type MessageKey, t } from "../i18n/i18n.ts";

// The valibot schemas speak English; the messages a person meets most often are said in their language.
const KNOWN: Readonly<Record<string, MessageKey>> = {
  "must not be empty": "issue.required",
  "must be a string": "issue.required",
  "must be an email address": "issue.email",
  "must be at least 12 characters": "issue.passwordLength",
  "must be a date (YYYY-MM-DD)": "issue.date",
  "must be a date": "issue.date",
  "must be an NIP of 18 digits": "issue.nip",
  "must be a number": "issue.number",
  "must be above 0": "issue.positive",
};

/** A validation message in the console's language when it is a common one, else as the schema says it. */
export function localiseIssue(message: string | undefined): string | undefined {
  if (message === undefined || message === "") return undefined;
  const key = KNOWN[message];
  if (key) return t(key);
  // valibot's own wording for a field left out or left empty ("Invalid key: Expected \"title\" …").
  if (
    message.startsWith("Invalid key") ||
    message.startsWith("Invalid type: Expected string but received undefined")
  )
    return t("issue.required");
  return message;
}
