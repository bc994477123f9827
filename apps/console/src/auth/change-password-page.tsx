import { createForm, valiForm } from "@modular-forms/solid";
import { ChangePasswordSchema } from "@sinergi/domain";
import { useNavigate, useSearchParams } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { api, unwrap } from "../api/client.ts";
import { t } from "../i18n/i18n.ts";
import { bound, TextField } from "../ui/fields.tsx";
import { applyProblem, FormErrors } from "../ui/form.tsx";
import { ME, safeNext, useSession } from "./session.ts";

type PasswordValues = { currentPassword: string; newPassword: string };

/** The one-time password change after a first sign-in, and the user's own change any time after. */
export default function ChangePasswordPage(): JSX.Element {
  const session = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams<{ next?: string }>();
  const [form, { Form, Field }] = createForm<PasswordValues>({
    validate: valiForm(ChangePasswordSchema),
    validateOn: "submit",
    revalidateOn: "input",
  });
  const [loose, setLoose] = createSignal<string[]>([]);
  const [done, setDone] = createSignal(false);
  const submit = async (values: PasswordValues) => {
    setLoose([]);
    const firstTime = session.user()?.mustChangePassword ?? false;
    try {
      unwrap(await api.POST("/api/v1/auth/password", { body: values }));
      // Everything read while the one-time password blocked the API (403) is read again.
      await client.invalidateQueries({ queryKey: ME });
      if (firstTime) await client.resetQueries({ predicate: (q) => q.queryKey[0] !== ME[0] });
      if (firstTime) navigate(safeNext(params.next), { replace: true });
      else setDone(true);
    } catch (e) {
      setLoose(applyProblem(form, e, ["currentPassword", "newPassword"]));
    }
  };
  return (
    <section>
      <h1>{session.user()?.mustChangePassword ? t("password.firstTitle") : t("password.title")}</h1>
      <Show when={session.user()?.mustChangePassword}>
        <p class="notice">{t("password.firstBody")}</p>
      </Show>
      <Show when={done()}>
        <p class="notice success" role="status">
          {t("password.done")}
        </p>
      </Show>
      <Form onSubmit={submit} shouldActive={false}>
        <FormErrors form={form} loose={loose()} />
        <Field name="currentPassword">
          {(field, props) => (
            <TextField
              name="currentPassword"
              label={t("password.current")}
              type="password"
              autocomplete="current-password"
              {...bound(field, props)}
            />
          )}
        </Field>
        <Field name="newPassword">
          {(field, props) => (
            <TextField
              name="newPassword"
              label={t("password.new")}
              hint={t("password.rule")}
              type="password"
              autocomplete="new-password"
              {...bound(field, props)}
            />
          )}
        </Field>
        <button type="submit" disabled={form.submitting}>
          {t("password.submit")}
        </button>
      </Form>
    </section>
  );
}
