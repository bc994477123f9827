import { useQueryClient } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { api, ifMatch, type Schemas, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { formatDate } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { ConfirmButton } from "../../ui/confirm.tsx";

const text = (id: string) => (document.getElementById(id) as HTMLTextAreaElement | null)?.value.trim() ?? "";

/** A follow-up's due date, marked when it is overdue. */
export function DueOn(props: { readonly followUp: Schemas["FollowUp"] }): JSX.Element {
  return (
    <>
      {formatDate(props.followUp.dueDate)}{" "}
      <Show when={props.followUp.overdue}>
        <span class="badge bad">{t("followUp.overdue")}</span>
      </Show>
    </>
  );
}

/** Close an open follow-up: done (with an optional note) or dropped (with its reason). */
export function FollowUpActions(props: { readonly followUp: Schemas["FollowUp"] }): JSX.Element {
  const session = useSession();
  const client = useQueryClient();
  const f = () => props.followUp;
  const settle = async () => {
    await client.invalidateQueries({ queryKey: ["follow-ups"] });
    await client.invalidateQueries({ queryKey: ["engagement", f().engagementId] });
  };
  const run = async (call: () => Promise<unknown>) => {
    await call();
    await settle();
  };
  const noteId = () => `done-note-${f().id}`;
  const reasonId = () => `drop-reason-${f().id}`;
  return (
    <Show when={f().status === "open" && session.can("engagements:write")}>
      <div class="row row-actions">
        <ConfirmButton
          label={t("followUp.done")}
          title={t("followUp.done.title")}
          consequence={f().text}
          confirmLabel={t("followUp.done")}
          onReload={settle}
          onConfirm={() =>
            run(async () => {
              const note = text(noteId());
              unwrap(
                await api.POST("/api/v1/follow-ups/{id}/done", {
                  params: { path: { id: f().id }, header: ifMatch(f()) },
                  body: note ? { note } : {},
                }),
              );
            })
          }
        >
          <div class="field">
            <label for={noteId()}>{t("followUp.note")}</label>
            <textarea id={noteId()} rows={3} />
          </div>
        </ConfirmButton>
        <ConfirmButton
          secondary
          label={t("followUp.drop")}
          title={t("followUp.drop.title")}
          consequence={f().text}
          confirmLabel={t("followUp.drop")}
          onReload={settle}
          onConfirm={() =>
            run(async () => {
              unwrap(
                await api.POST("/api/v1/follow-ups/{id}/dropped", {
                  params: { path: { id: f().id }, header: ifMatch(f()) },
                  body: { reason: text(reasonId()) },
                }),
              );
            })
          }
        >
          <div class="field">
            <label for={reasonId()}>{t("followUp.reason")}</label>
            <textarea id={reasonId()} rows={3} required />
          </div>
        </ConfirmButton>
      </div>
    </Show>
  );
}
