import { useNavigate } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { api, ifMatch, type Schemas, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { t } from "../../i18n/i18n.ts";
import { ConfirmButton } from "../../ui/confirm.tsx";
import { PlainDateField } from "../../ui/plain-date-field.tsx";
import { ownerOf, uploadDocument } from "./documents.ts";

type Agreement = Schemas["Agreement"];

function Note(props: {
  readonly id: string;
  readonly label: string;
  readonly required?: boolean;
}): JSX.Element {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea id={props.id} rows={3} required={props.required} />
    </div>
  );
}

/** Today as the browser's calendar reads it, the usual signing day of an agreement signed now. */
const todayIso = (): string => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

const inputValue = (id: string): string =>
  (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.value.trim() ?? "";

/** The moves this user may make on this agreement now, each a button asking first; the others are absent. */
export function AgreementMoves(props: {
  readonly agreement: Agreement;
  readonly onMoved: (next: Agreement) => Promise<void>;
  /** Reads the agreement again, after someone else changed it (412). */
  readonly onReload: () => Promise<void>;
}): JSX.Element {
  const session = useSession();
  const navigate = useNavigate();
  const a = () => props.agreement;
  const path = () => ({ path: { id: a().id }, header: ifMatch(a()) });
  const unsigned = () => ["draft", "proposed", "negotiating"].includes(a().state);
  const note = () => {
    const reason = inputValue("move-note");
    return reason ? { reason } : {};
  };
  const [file, setFile] = createSignal<File | null>(null);
  const simple = (move: "propose" | "negotiate" | "withdraw") => async () => {
    const next = unwrap(await api.POST(`/api/v1/agreements/{id}/${move}`, { params: path(), body: note() }));
    await props.onMoved(next);
  };
  const sign = async () => {
    const chosen = file();
    const signedDocumentId = chosen
      ? (await uploadDocument(chosen, "signed_agreement", ownerOf(a()))).id
      : undefined;
    const body = {
      ...(inputValue("sign-facility-number")
        ? { facilityDocumentNumber: inputValue("sign-facility-number") }
        : {}),
      ...(inputValue("sign-partner-number")
        ? { partnerDocumentNumber: inputValue("sign-partner-number") }
        : {}),
      ...(inputValue("sign-start") ? { startDate: inputValue("sign-start") } : {}),
      ...(inputValue("sign-end") ? { endDate: inputValue("sign-end") } : {}),
      signedOn: inputValue("sign-date"),
      ...(signedDocumentId ? { signedDocumentId } : {}),
      ...(a().signatories.length === 0
        ? {
            signatories: (["facility", "partner"] as const).map((side) => ({
              name: inputValue(`sign-${side}-name`),
              position: inputValue(`sign-${side}-title`),
              side,
              role: "signs" as const,
            })),
          }
        : {}),
    };
    const next = unwrap(await api.POST("/api/v1/agreements/{id}/sign", { params: path(), body }));
    await props.onMoved(next);
  };
  const terminate = async () => {
    const next = unwrap(
      await api.POST("/api/v1/agreements/{id}/terminate", {
        params: path(),
        body: { reason: inputValue("terminate-reason"), date: inputValue("terminate-date") },
      }),
    );
    await props.onMoved(next);
  };
  const renew = async () => {
    const body = {
      ...(inputValue("renew-start") ? { startDate: inputValue("renew-start") } : {}),
      ...(inputValue("renew-end") ? { endDate: inputValue("renew-end") } : {}),
    };
    const successor = unwrap(await api.POST("/api/v1/agreements/{id}/renew", { params: path(), body }));
    await props.onMoved(a());
    navigate(`/agreements/${successor.id}`);
  };
  return (
    <fieldset class="row moves">
      <legend class="visually-hidden">{t("moves.label")}</legend>
      <Show when={a().state === "draft" && session.can("agreements:write")}>
        <ConfirmButton
          label={t("moves.propose")}
          title={t("moves.propose.title")}
          consequence={t("moves.propose.consequence")}
          onReload={props.onReload}
          confirmLabel={t("moves.propose")}
          onConfirm={simple("propose")}
        >
          <Note id="move-note" label={t("moves.note")} />
        </ConfirmButton>
      </Show>
      <Show when={a().state === "proposed" && session.can("agreements:write")}>
        <ConfirmButton
          label={t("moves.negotiate")}
          title={t("moves.negotiate.title")}
          consequence={t("moves.negotiate.consequence")}
          onReload={props.onReload}
          confirmLabel={t("moves.negotiate")}
          onConfirm={simple("negotiate")}
        >
          <Note id="move-note" label={t("moves.note")} />
        </ConfirmButton>
      </Show>
      <Show when={a().state === "negotiating" && session.can("agreements:sign")}>
        <ConfirmButton
          label={t("moves.sign")}
          title={t("moves.sign.title")}
          consequence={t("moves.sign.consequence")}
          onReload={props.onReload}
          confirmLabel={t("moves.sign")}
          onConfirm={sign}
        >
          <PlainDateField
            id="sign-date"
            label={t("moves.sign.date")}
            hint={t("moves.sign.dateHint")}
            required
            value={todayIso()}
          />
          <div class="field">
            <label for="sign-facility-number">{t("agreement.facilityNumber")}</label>
            <input id="sign-facility-number" value={a().facilityDocumentNumber ?? ""} />
          </div>
          <div class="field">
            <label for="sign-partner-number">{t("agreement.partnerNumber")}</label>
            <input id="sign-partner-number" value={a().partnerDocumentNumber ?? ""} />
          </div>
          <Show when={a().signatories.length === 0}>
            <fieldset>
              <legend>{t("moves.sign.facilitySignatory")}</legend>
              <div class="field">
                <label for="sign-facility-name">{t("signatory.name")}</label>
                <input id="sign-facility-name" required />
              </div>
              <div class="field">
                <label for="sign-facility-title">{t("signatory.title")}</label>
                <input id="sign-facility-title" required />
              </div>
            </fieldset>
            <fieldset>
              <legend>{t("moves.sign.partnerSignatory")}</legend>
              <div class="field">
                <label for="sign-partner-name">{t("signatory.name")}</label>
                <input id="sign-partner-name" required />
              </div>
              <div class="field">
                <label for="sign-partner-title">{t("signatory.title")}</label>
                <input id="sign-partner-title" required />
              </div>
            </fieldset>
          </Show>
          <PlainDateField id="sign-start" label={t("agreement.start")} value={a().startDate} />
          <PlainDateField
            id="sign-end"
            label={t("agreement.end")}
            hint={t("moves.sign.endHint")}
            value={a().endDate}
          />
          <div class="field">
            <label for="sign-file">{t("moves.sign.file")}</label>
            <span class="hint">{t("moves.sign.fileHint")}</span>
            <input
              id="sign-file"
              type="file"
              accept="application/pdf,image/*"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </div>
        </ConfirmButton>
      </Show>
      <Show when={a().state === "signed" && a().successorId === null && session.can("agreements:write")}>
        <ConfirmButton
          label={t("moves.renew")}
          title={t("moves.renew.title")}
          consequence={t("moves.renew.consequence")}
          onReload={props.onReload}
          confirmLabel={t("moves.renew")}
          onConfirm={renew}
        >
          <PlainDateField id="renew-start" label={t("agreement.start")} hint={t("moves.renew.startHint")} />
          <PlainDateField id="renew-end" label={t("agreement.end")} hint={t("moves.renew.endHint")} />
        </ConfirmButton>
      </Show>
      <Show when={a().state === "signed" && session.can("agreements:terminate")}>
        <ConfirmButton
          danger
          label={t("moves.terminate")}
          title={t("moves.terminate.title")}
          consequence={t("moves.terminate.consequence")}
          onReload={props.onReload}
          confirmLabel={t("moves.terminate")}
          onConfirm={terminate}
        >
          <Note id="terminate-reason" label={t("moves.reason")} required />
          <PlainDateField id="terminate-date" label={t("moves.terminate.date")} required />
        </ConfirmButton>
      </Show>
      <Show when={unsigned() && session.can("agreements:write")}>
        <ConfirmButton
          danger
          label={t("moves.withdraw")}
          title={t("moves.withdraw.title")}
          consequence={t("moves.withdraw.consequence")}
          onReload={props.onReload}
          confirmLabel={t("moves.withdraw")}
          onConfirm={simple("withdraw")}
        >
          <Note id="move-note" label={t("moves.note")} />
        </ConfirmButton>
      </Show>
    </fieldset>
  );
}
