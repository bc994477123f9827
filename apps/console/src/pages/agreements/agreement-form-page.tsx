import { createForm } from "@modular-forms/solid";
import { CreateAgreementSchema } from "@sinergi/domain";
import { useNavigate } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { api, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { t } from "../../i18n/i18n.ts";
import { dropDraft, keepDraft, restoreDraft } from "../../ui/draft.ts";
import { bound, ChoiceGroup, choicesOf, FacilityField, SelectField, TextField } from "../../ui/fields.tsx";
import { applyProblem, FormErrors, present, schemaForm } from "../../ui/form.tsx";
import { agreementKindLabel, fieldChoices } from "../../ui/labels.tsx";
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
const KINDS = ["pks", "mou"] as const;
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
        {(field, p) => (
          <SelectField
            name="kind"
            label={t("agreement.kind")}
            choices={KINDS.map((k) => ({ value: k, label: agreementKindLabel(k) }))}
            {...bound(field, p)}
          />
        )}
      </Field>
      <Field name="title">
        {(field, p) => <TextField name="title" label={t("agreement.title")} {...bound(field, p)} />}
      </Field>
      <Field name="facilityId">
        {(field, p) => (
          <FacilityField
            label={t("agreement.facility")}
            facilities={props.facilities}
            fixed={props.fixedFacilityId !== undefined}
            {...bound(field, p)}
          />
        )}
      </Field>
      <Field name="partnerIds" type="string[]">
        {(field, p) => (
          <ChoiceGroup
            name="partnerIds"
            legend={t("agreement.partners")}
            choices={choicesOf(props.partners)}
            scroll
            {...bound(field, p)}
          />
        )}
      </Field>
      <Field name="fields" type="string[]">
        {(field, p) => (
          <ChoiceGroup
            name="fields"
            legend={t("agreement.fields")}
            choices={fieldChoices()}
            {...bound(field, p)}
          />
        )}
      </Field>
      <div class="grid">
        <Field name="startDate">
          {(field, p) => (
            <TextField name="startDate" type="date" label={t("agreement.start")} {...bound(field, p)} />
          )}
        </Field>
        <Field name="endDate">
          {(field, p) => (
            <TextField
              name="endDate"
              type="date"
              label={t("agreement.end")}
              hint={t("moves.sign.endHint")}
              {...bound(field, p)}
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
