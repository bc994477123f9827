import { useParams } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { type JSX, Match, Show, Switch } from "solid-js";
import { api, unwrap } from "../../api/client.ts";
import { LanguageSwitch } from "../../app/shell.tsx";
import { formatDate } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { ErrorState, Loading } from "../../ui/states.tsx";

/**
 * The public certificate check behind the QR code: no sign-in, readable on a phone, every certified field
 * and nothing about the facility (the API answers none).
 */
export default function VerifyPage(): JSX.Element {
  const params = useParams<{ code: string }>();
  const check = useQuery(() => ({
    queryKey: ["verify", params.code],
    retry: false,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/public/certificates/{code}", { params: { path: { code: params.code } } }),
      ),
  }));
  return (
    <main class="public-page" id="main">
      <div class="row" style={{ "justify-content": "space-between" }}>
        <span class="shell-brand">Sinergi</span>
        <LanguageSwitch />
      </div>
      <h1>{t("verify.title")}</h1>
      <Switch fallback={<Loading />}>
        <Match when={check.isError}>
          <ErrorState error={check.error} />
        </Match>
        <Match when={check.data}>
          {(c) => (
            <div class="card">
              <p
                class={`notice ${c().status === "valid" ? "success" : "danger"}`}
                role="status"
                data-testid="verify-status"
              >
                <strong>
                  {c().status === "valid"
                    ? t("verify.valid")
                    : c().status === "revoked"
                      ? t("verify.revoked")
                      : t("verify.expired")}
                </strong>
              </p>
              <dl class="facts">
                <dt>{t("verify.holder")}</dt>
                <dd>{c().holderName}</dd>
                <dt>{t("verify.competency")}</dt>
                <dd>{c().competency}</dd>
                <dt>{t("verify.scheme")}</dt>
                <dd>{c().schemeName}</dd>
                <Show when={c().level}>
                  <dt>{t("verify.level")}</dt>
                  <dd>{c().level}</dd>
                </Show>
                <dt>{t("verify.issuer")}</dt>
                <dd>{c().issuer ?? "—"}</dd>
                <dt>{t("verify.number")}</dt>
                <dd>{c().number}</dd>
                <dt>{t("verify.issuedOn")}</dt>
                <dd>{formatDate(c().issuedOn)}</dd>
                <dt>{t("verify.validUntil")}</dt>
                <dd>{c().validUntil ? formatDate(c().validUntil) : t("verify.noExpiry")}</dd>
                <Show when={c().revokedOn}>
                  <dt>{t("verify.revokedOn")}</dt>
                  <dd>
                    {formatDate(c().revokedOn)} — {c().revokedReason}
                  </dd>
                </Show>
              </dl>
            </div>
          )}
        </Match>
      </Switch>
    </main>
  );
}
