import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import { t } from "../i18n/i18n.ts";

/** A typed address that leads nowhere. */
export default function NotFoundPage(): JSX.Element {
  return (
    <section>
      <h1>{t("state.notFound.title")}</h1>
      <p>{t("state.notFound.body")}</p>
      <A href="/">{t("nav.home")}</A>
    </section>
  );
}
