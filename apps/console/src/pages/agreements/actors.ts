import { t } from "../../i18n/i18n.ts";

/** Who made a move, in words: you, another person, a partner system, or the system itself. */
export function actorLabel(actor: string, me: string | undefined = undefined): string {
  if (me !== undefined && actor === `user:${me}`) return t("timeline.you");
  if (actor.startsWith("user:")) return t("timeline.otherUser");
  if (actor.startsWith("api_key:")) return t("timeline.apiKey");
  return t("timeline.system");
}
