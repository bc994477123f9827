import { createSignal, For, type JSX, Show } from "solid-js";
import { api, ifMatch, type Schemas, unwrap } from "../../api/client.ts";
import { t } from "../../i18n/i18n.ts";
import { ConfirmButton } from "../../ui/confirm.tsx";
import { fieldChoices, fieldLabel, STANDARD_FIELDS } from "../../ui/field-labels.ts";
import { FieldCodeSelect, OTHER_FIELD_CHOICE } from "../../ui/field-select.tsx";
import { FieldFrame } from "../../ui/fields.tsx";
import { PlainDateField } from "../../ui/plain-date-field.tsx";
import { ownerOf, uploadDocument } from "./documents.ts";

type Agreement = Schemas["Agreement"];
type ActionItem = Schemas["ActionItem"];

/** What the addendum dialog holds, as typed. */
export interface AddendumTyped {
  readonly reason: string;
  readonly title: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly facilityDocumentNumber: string;
  readonly partnerDocumentNumber: string;
  readonly fields: readonly string[];
  /** Open activities the addendum ends. */
  readonly end: readonly string[];
  /** An activity it adds, when one is named. */
  readonly add: { activity: string; field: string; amount: string; unit: string; dueDate: string };
}

/** The amend body (less the scan): the reason, and only the terms the addendum changes. */
export function addendumBody(a: Agreement, typed: AddendumTyped) {
  const changed = <K extends keyof AddendumTyped & keyof Agreement>(key: K) =>
    typed[key] !== "" && typed[key] !== (a[key] ?? "") ? { [key]: typed[key] } : {};
  const sameFields =
    typed.fields.length === a.fields.length && typed.fields.every((f) => a.fields.includes(f));
  const add = typed.add.activity
    ? [
        {
          activity: typed.add.activity,
          field: typed.add.field,
          target: { amount: Number(typed.add.amount), unit: typed.add.unit },
          ...(typed.add.dueDate ? { dueDate: typed.add.dueDate } : {}),
        },
      ]
    : [];
  const plan = { ...(add.length ? { add } : {}), ...(typed.end.length ? { end: [...typed.end] } : {}) };
  return {
    reason: typed.reason,
    ...changed("title"),
    ...changed("startDate"),
    ...changed("endDate"),
    ...changed("facilityDocumentNumber"),
    ...changed("partnerDocumentNumber"),
    ...(sameFields ? {} : { fields: [...typed.fields] }),
    ...(Object.keys(plan).length ? { actionItems: plan } : {}),
  };
}

const value = (id: string): string =>
  (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.value.trim() ?? "";
const checked = (name: string): string[] =>
  [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((x) => x.value);

/** What the dialog's inputs hold now. */
const typedNow = (): AddendumTyped => ({
  reason: value("addendum-reason"),
  title: value("addendum-title"),
  startDate: value("addendum-start"),
  endDate: value("addendum-end"),
  facilityDocumentNumber: value("addendum-facility-number"),
  partnerDocumentNumber: value("addendum-partner-number"),
  fields: checked("addendum-fields"),
  end: checked("addendum-end-items"),
  add: {
    activity: value("addendum-add-activity"),
    // "Another field…" with no words taken yet names no field.
    field: value("addendum-add-field").replace(OTHER_FIELD_CHOICE, ""),
    amount: value("addendum-add-amount"),
    unit: value("addendum-add-unit"),
    dueDate: value("addendum-add-due"),
  },
});

function Input(props: { id: string; label: string; value?: string | null; type?: string; hint?: string }) {
  if (props.type === "date") {
    return <PlainDateField id={props.id} label={props.label} hint={props.hint} value={props.value} />;
  }
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint}>
      <input
        id={props.id}
        type={props.type ?? "text"}
        value={props.value ?? ""}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
      />
    </FieldFrame>
  );
}

/**
 * A signed addendum: stored, then the agreement amended with it — the reason, the terms it changes (each
 * shown as it stands now) and what it does to the action plan. The earlier version stays readable.
 */
export function Addendum(props: {
  readonly agreement: Agreement;
  readonly items: readonly ActionItem[];
  readonly onChanged: (next?: Agreement) => Promise<void>;
}): JSX.Element {
  const [file, setFile] = createSignal<File | null>(null);
  const a = () => props.agreement;
  const open = () => props.items.filter((i) => i.status === "planned" || i.status === "in_progress");
  return (
    <ConfirmButton
      label={t("documents.addendum")}
      title={t("documents.addendum.title")}
      consequence={t("documents.addendum.consequence")}
      confirmLabel={t("documents.addendum")}
      onReload={() => props.onChanged()}
      onConfirm={async () => {
        const chosen = file();
        if (!chosen) throw new Error(t("record.scanMissing"));
        const body = addendumBody(a(), typedNow());
        const stored = await uploadDocument(chosen, "addendum", ownerOf(a()));
        const next = unwrap(
          await api.POST("/api/v1/agreements/{id}/amend", {
            params: { path: { id: a().id }, header: ifMatch(a()) },
            body: { ...body, signedDocumentId: stored.id },
          }),
        );
        await props.onChanged(next);
      }}
    >
      <FieldFrame id="addendum-reason" label={t("moves.reason")}>
        <textarea id="addendum-reason" rows={3} required />
      </FieldFrame>
      <FieldFrame id="addendum-file" label={t("documents.addendum.file")} hint={t("moves.sign.fileHint")}>
        <input
          id="addendum-file"
          type="file"
          required
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby="addendum-file-hint"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </FieldFrame>
      <p class="hint">{t("addendum.termsHint")}</p>
      <Input id="addendum-title" label={t("agreement.title")} value={a().title} />
      <div class="grid">
        <Input id="addendum-start" type="date" label={t("agreement.start")} value={a().startDate} />
        <Input id="addendum-end" type="date" label={t("agreement.end")} value={a().endDate} />
      </div>
      <div class="grid">
        <Input
          id="addendum-facility-number"
          label={t("agreement.facilityNumber")}
          value={a().facilityDocumentNumber}
        />
        <Input
          id="addendum-partner-number"
          label={t("agreement.partnerNumber")}
          value={a().partnerDocumentNumber}
        />
      </div>
      <fieldset class="field">
        <legend>{t("agreement.fields")}</legend>
        <For each={fieldChoices(a().fields).map((c) => c.value)}>
          {(f) => (
            <label class="choice">
              <input type="checkbox" name="addendum-fields" value={f} checked={a().fields.includes(f)} />{" "}
              {fieldLabel(f)}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={open().length > 0}>
        <fieldset class="field">
          <legend>{t("addendum.endItems")}</legend>
          <For each={open()}>
            {(i) => (
              <label class="choice">
                <input type="checkbox" name="addendum-end-items" value={i.id} /> {i.activity}
              </label>
            )}
          </For>
        </fieldset>
      </Show>
      <fieldset class="field">
        <legend>{t("addendum.addItem")}</legend>
        <Input id="addendum-add-activity" label={t("actionPlan.activity")} />
        <FieldCodeSelect
          id="addendum-add-field"
          label={t("agreement.field")}
          value={STANDARD_FIELDS[0]}
          also={a().fields}
        />
        <div class="grid">
          <Input id="addendum-add-amount" type="number" label={t("actionPlan.target")} />
          <Input id="addendum-add-unit" label={t("actionPlan.unit")} value="orang" />
          <Input id="addendum-add-due" type="date" label={t("actionPlan.due")} />
        </div>
      </fieldset>
    </ConfirmButton>
  );
}
