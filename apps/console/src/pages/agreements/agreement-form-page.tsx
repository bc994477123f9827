import { CreateAgreementSchema } from "@sinergi/domain";
import type { JSX } from "solid-js";
import { api, unwrap } from "../../api/client.ts";
import { t } from "../../i18n/i18n.ts";
import { fieldKit } from "../../ui/bound-fields.tsx";
import { createDraftForm } from "../../ui/draft-form.ts";
import { FormErrors, present } from "../../ui/form.tsx";
import { NewRecordPage, type RecordFormProps } from "../new-record-page.tsx";
import { AgreementTermsFields, TERMS_FIELDS } from "./agreement-terms-fields.tsx";

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
    fields: () => TERMS_FIELDS,
    onSubmit: props.onSubmit,
  });
  return (
    <Form onSubmit={submit} shouldActive={false}>
      <FormErrors form={form} loose={loose()} />
      <AgreementTermsFields
        kit={fieldKit(Field)}
        facilities={props.facilities}
        partners={props.partners}
        partnerRegister={props.partnerRegister}
        facilityRegister={props.facilityRegister}
        fixedFacility={props.fixedFacilityId !== undefined}
      />
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
