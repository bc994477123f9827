import { createForm } from "@modular-forms/solid";
import { CreateAgreementSchema } from "@sinergi/domain";
import { useNavigate } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { api, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { t } from "../../i18n/i18n.ts";
import { dropDraft, keepDraft, restoreDraft } from "../../ui/draft.ts";
import {
  applyProblem,
  errorOf,
  FormErrors,
  fieldId,
  present,
  schemaForm,
  TextField,
} from "../../ui/form.tsx";
import { agreementKindLabel, fieldLabel, STANDARD_FIELDS } from "../../ui/labels.tsx";
import { useFacilities, usePartners } from "../lookups.ts";

/** What the draft form holds (text as typed); `toBody` turns it into the API's CreateAgreement. */
export type AgreementValues = {
  kind: string;
  title: string;
  facilityId: string;
  partnerIds: string[];
  fields: string[];
  startDate: string;
  endDate: string;
  facilityDocumentNumber: string;
  partnerDocumentNumber: string;
};

const DRAFT = "agreement";
const FIELDS = [
  "kind",
  "title",
  "facilityId",
  "partnerIds",
  "fields",
  "startDate",
  "endDate",
  "facilityDocumentNumber",
  "partnerDocumentNumber",
];

/** The API body for the form's values: blanks left out. */
export function toBody(values: Partial<AgreementValues>): unknown {
  return present({
    ...values,
    partnerIds: values.partnerIds ?? [],
    fields: values.fields?.length ? values.fields : undefined,
  });
}

/** The draft form: validated with the API's own schema before sending, the API's field errors beside each field. */
export function AgreementForm(props: {
  readonly facilities: readonly { id: string; name: string }[];
  readonly partners: readonly { id: string; name: string }[];
  readonly fixedFacilityId?: string | undefined;
  readonly onSubmit: (body: unknown) => Promise<void>;
}): JSX.Element {
  const [form, { Form, Field }] = createForm<AgreementValues>({
    initialValues: {
      kind: "pks",
      partnerIds: [],
      fields: [],
      ...restoreDraft<AgreementValues>(DRAFT),
      facilityId: props.fixedFacilityId ?? restoreDraft<AgreementValues>(DRAFT)?.facilityId ?? "",
    },
    validate: schemaForm<AgreementValues>(CreateAgreementSchema, toBody),
    validateOn: "submit",
    revalidateOn: "input",
  });
  keepDraft(form, DRAFT);
  const [loose, setLoose] = createSignal<string[]>([]);
  const submit = async (values: AgreementValues) => {
    setLoose([]);
    try {
      await props.onSubmit(toBody(values));
      dropDraft(DRAFT);
    } catch (e) {
      setLoose(applyProblem(form, e, FIELDS));
    }
  };
  return (
    <Form onSubmit={submit} shouldActive={false}>
      <FormErrors form={form} loose={loose()} />
      <Field name="kind">
        {(field, fieldProps) => (
          <div class="field">
            <label for={fieldId("kind")}>{t("agreement.kind")}</label>
            <select {...fieldProps} id={fieldId("kind")} value={field.value ?? "pks"}>
              <option value="pks">{agreementKindLabel("pks")}</option>
              <option value="mou">{agreementKindLabel("mou")}</option>
            </select>
          </div>
        )}
      </Field>
      <Field name="title">
        {(field, fieldProps) => (
          <TextField
            name="title"
            label={t("agreement.title")}
            value={field.value}
            {...errorOf(field.error)}
            inputProps={fieldProps}
          />
        )}
      </Field>
      <Field name="facilityId">
        {(field, p) => (
          <Show
            when={!props.fixedFacilityId}
            fallback={<input {...p} type="hidden" value={field.value ?? ""} />}
          >
            <div class={field.error ? "field invalid" : "field"}>
              <label for={fieldId("facilityId")}>{t("agreement.facility")}</label>
              <Show when={field.error}>
                <span class="error">{errorOf(field.error).error}</span>
              </Show>
              <select {...p} id={fieldId("facilityId")} value={field.value ?? ""}>
                <option value="">{t("form.choose")}</option>
                <For each={props.facilities}>{(f) => <option value={f.id}>{f.name}</option>}</For>
              </select>
            </div>
          </Show>
        )}
      </Field>
      <Field name="partnerIds" type="string[]">
        {(field, fieldProps) => (
          <fieldset class={field.error ? "field invalid" : "field"} id={fieldId("partnerIds")}>
            <legend>{t("agreement.partners")}</legend>
            <Show when={field.error}>
              <span class="error">{errorOf(field.error).error}</span>
            </Show>
            <div style={{ "max-height": "12rem", "overflow-y": "auto" }}>
              <For each={props.partners}>
                {(p) => (
                  <label class="choice">
                    <input
                      {...fieldProps}
                      type="checkbox"
                      value={p.id}
                      checked={field.value?.includes(p.id) ?? false}
                    />{" "}
                    {p.name}
                  </label>
                )}
              </For>
            </div>
          </fieldset>
        )}
      </Field>
      <Field name="fields" type="string[]">
        {(field, fieldProps) => (
          <fieldset class="field" id={fieldId("fields")}>
            <legend>{t("agreement.fields")}</legend>
            <For each={STANDARD_FIELDS}>
              {(f) => (
                <label class="choice">
                  <input
                    {...fieldProps}
                    type="checkbox"
                    value={f}
                    checked={field.value?.includes(f) ?? false}
                  />{" "}
                  {fieldLabel(f)}
                </label>
              )}
            </For>
          </fieldset>
        )}
      </Field>
      <div class="grid">
        <Field name="startDate">
          {(field, fieldProps) => (
            <TextField
              name="startDate"
              type="date"
              label={t("agreement.start")}
              value={field.value}
              {...errorOf(field.error)}
              inputProps={fieldProps}
            />
          )}
        </Field>
        <Field name="endDate">
          {(field, fieldProps) => (
            <TextField
              name="endDate"
              type="date"
              label={t("agreement.end")}
              hint={t("moves.sign.endHint")}
              value={field.value}
              {...errorOf(field.error)}
              inputProps={fieldProps}
            />
          )}
        </Field>
      </div>
      <button type="submit" disabled={form.submitting}>
        {t("agreements.saveDraft")}
      </button>
    </Form>
  );
}

/** Drafting a new agreement; a facility admin drafts for their own facility. */
export default function AgreementFormPage(): JSX.Element {
  const session = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const partners = usePartners();
  const facilities = useFacilities();
  const fixed = () => {
    const scope = session.user()?.scope;
    return scope?.kind === "facility" ? scope.facilityId : undefined;
  };
  return (
    <section>
      <h1>{t("agreements.new")}</h1>
      <Show when={partners.data && facilities.data} fallback={<p class="muted">{t("state.loading")}</p>}>
        <AgreementForm
          facilities={facilities.data ?? []}
          partners={partners.data ?? []}
          fixedFacilityId={fixed()}
          onSubmit={async (body) => {
            const created = unwrap(await api.POST("/api/v1/agreements", { body: body as never }));
            await client.invalidateQueries({ queryKey: ["agreements"] });
            navigate(`/agreements/${created.id}`);
          }}
        />
      </Show>
    </section>
  );
}
