import { createForm, valiForm } from "@modular-forms/solid";
import { SignInSchema } from "@sinergi/domain";
import { useNavigate, useSearchParams } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { ApiError, api, unwrap } from "../api/client.ts";
import { LanguageSwitch } from "../app/shell.tsx";
import { t } from "../i18n/i18n.ts";
import { bound, TextField } from "../ui/fields.tsx";
import { FormErrors } from "../ui/form.tsx";
import { ME, safeNext } from "./session.ts";

type SignInValues = { email: string; password: string };

/** Sign-in; afterwards back to the page the user was on (or had typed), or to a password change first. */
export default function SignInPage(): JSX.Element {
  const [params] = useSearchParams<{ next?: string; expired?: string }>();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form, { Form, Field }] = createForm<SignInValues>({
    validate: valiForm(SignInSchema),
    validateOn: "submit",
    revalidateOn: "input",
  });
  const [failure, setFailure] = createSignal<string[]>([]);
  const submit = async (values: SignInValues) => {
    setFailure([]);
    try {
      const user = unwrap(await api.POST("/api/v1/auth/sign-in", { body: values }));
      client.setQueryData(ME, user);
      const next = safeNext(params.next);
      navigate(user.mustChangePassword ? `/change-password?next=${encodeURIComponent(next)}` : next, {
        replace: true,
      });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setFailure([t("signIn.wrong")]);
      else if (e instanceof ApiError && (e.status === 423 || e.status === 429))
        setFailure([t("signIn.locked")]);
      else setFailure([e instanceof ApiError ? (e.problem.detail ?? e.problem.title) : t("state.offline")]);
    }
  };
  return (
    <main class="public-page" id="main">
      <div class="row" style={{ "justify-content": "space-between" }}>
        <span class="shell-brand">Sinergi</span>
        <LanguageSwitch />
      </div>
      <h1>{t("signIn.title")}</h1>
      <Show when={params.expired}>
        <p class="notice warning" role="status">
          {t("signIn.expired")}
        </p>
      </Show>
      <Form onSubmit={submit} shouldActive={false}>
        <FormErrors form={form} loose={failure()} />
        <Field name="email">
          {(field, props) => (
            <TextField
              name="email"
              label={t("signIn.email")}
              type="email"
              autocomplete="username"
              {...bound(field, props)}
            />
          )}
        </Field>
        <Field name="password">
          {(field, props) => (
            <TextField
              name="password"
              label={t("signIn.password")}
              type="password"
              autocomplete="current-password"
              {...bound(field, props)}
            />
          )}
        </Field>
        <button type="submit" disabled={form.submitting}>
          {t("signIn.submit")}
        </button>
      </Form>
    </main>
  );
}
