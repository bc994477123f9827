import { CreateAgreementSchema } from "@sinergi/domain";
import type { JSX } from "solid-js";
import { api, unwrap } from "../../api/client.ts";
import { t } from "../../i18n/i18n.ts";
import { createDraftForm } from "../../ui/draft-form.ts";
import {
  bound,
  ChoiceGroup,
  choicesOf,
  FacilityField,
  labelled,
  SelectField,
  TextField,
} from "../../ui/fields.tsx";
import { FormErrors, present } from "../../ui/form.tsx";
import { agreementKindLabel, fieldChoices } from "../../ui/labels.tsx";
import { NewRecordPage, type RecordFormProps } from "../new-record-page.tsx";

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
export function AgreementForm(props: RecordFormProps): JSX.Element {
  const { form, Form, Field, loose, submit } = createDraftForm<AgreementValues>({
    draft: "agreement",
    initial: { kind: "pks", partnerIds: [], fields: [] },
    fixedFacilityId: props.fixedFacilityId,
    schema: CreateAgreementSchema,
    toBody,
    fields: () => FIELDS,
    onSubmit: props.onSubmit,
  });
  return (
    <Form onSubmit={submit} shouldActive={false}>
      <FormErrors form={form} loose={loose()} />
      <Field name="kind">
        {(field, p) => (
          <SelectField
            name="kind"
            label={t("agreement.kind")}
            choices={labelled(KINDS, agreementKindLabel)}
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
  return (
    <NewRecordPage
      title={t("agreements.new")}
      create={async (body) => unwrap(await api.POST("/api/v1/agreements", { body: body as never }))}
      refreshes={["agreements"]}
      path={(id) => `/agreements/${id}`}
      form={(p) => <AgreementForm {...p} />}
    />
  );
}
