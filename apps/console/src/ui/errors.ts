import { ApiError } from "../api/client.ts";
import { t } from "../i18n/i18n.ts";

/** One sentence for a failed action: our words for the common cases, the API's for a rule it checked. */
export function describeError(e: unknown): string {
  if (!(e instanceof ApiError)) return e instanceof TypeError ? t("state.offline") : t("state.error");
  switch (e.status) {
    case 404:
      return `${t("state.notFound.title")} ${t("state.notFound.body")}`;
    case 412:
      return `${t("state.stale.title")} ${t("state.stale.body")}`;
    case 403:
      return t("state.forbidden");
    case 429:
      return t("state.tooMany");
    default:
      // The API states which rule refused the action (e.g. a PKS longer than three years).
      return e.problem.detail ?? e.problem.title;
  }
}
