import { insert, remove } from "@modular-forms/solid";
import { RecordAgreementSchema } from "@sinergi/domain";
import { createSignal, type JSX } from "solid-js";
import * as v from "valibot";
import { ApiError, api, unwrap } from "../../api/client.ts";
import { t } from "../../i18n/i18n.ts";
import { fieldKit } from "../../ui/bound-fields.tsx";
import { createDraftForm } from "../../ui/draft-form.ts";
import { describedBy, FieldFrame } from "../../ui/fields.tsx";
import { FormErrors, present } from "../../ui/form.tsx";
import { NewRecordPage, type RecordFormProps } from "../new-record-page.tsx";
import { AgreementTermsFields, TERMS_FIELDS } from "./agreement-terms-fields.tsx";
import { uploadDocument } from "./documents.ts";
import {
  ActivityRows,
  type ActivityValues,
  activitiesBody,
  blankActivity,
  blankSignatory,
  rowFields,
  SignatoryRows,
  type SignatoryValues,
  signatoriesBody,
} from "./paper-rows.tsx";

/** What the paper-agreement form holds; `toBody` makes the API's RecordAgreement of it (less the scan). */
export type PaperValues = {
  kind: string;
  title: string;
  facilityId: string;
  partnerIds: string[];
  fields: string[];
  facilityDocumentNumber: string;
  partnerDocumentNumber: string;
  signedOn: string;
  signedTime: string;
  startDate: string;
  endDate: string;
  signatories: SignatoryValues[];
  actionItems: ActivityValues[];
};

const TOP = [...TERMS_FIELDS, "signedOn", "signedTime", "signatories", "actionItems"];

/** The API body for the form's values: blanks left out, rows left empty dropped. */
export function toBody(values: Partial<PaperValues>): unknown {
  const actionItems = activitiesBody(values.actionItems);
  return present({
    ...values,
    partnerIds: values.partnerIds ?? [],
    fields: values.fields?.length ? values.fields : undefined,
    signatories: signatoriesBody(values.signatories),
    actionItems: actionItems.length ? actionItems : undefined,
  });
}

// The scan is chosen with the form but sent first, on its own: the body then names it by its stored id.
const WithoutScan = v.omit(RecordAgreementSchema, ["signedDocumentId"]);

/** One form for an agreement already signed on paper: its terms, signing facts, signatories, plan and scan. */
export function PaperAgreementForm(props: RecordFormProps): JSX.Element {
  const [scan, setScan] = createSignal<File | null>(null);
  const [scanMissing, setScanMissing] = createSignal(false);
  const { form, Form, Field, FieldArray, loose, submit } = createDraftForm<PaperValues>({
    draft: "paper-agreement",
    initial: {
      kind: "pks",
      partnerIds: [],
      fields: [],
      signatories: [blankSignatory("facility"), blankSignatory("partner")],
      actionItems: [],
    },
    fixedFacilityId: props.fixedFacilityId,
    schema: WithoutScan,
    toBody,
    fields: (values) => [
      ...TOP,
      ...rowFields(values.signatories?.length ?? 0, values.actionItems?.length ?? 0),
    ],
    onSubmit: async (body) => {
      const file = scan();
      setScanMissing(file === null);
      if (file === null)
        throw new ApiError({ status: 422, code: "form/scan-missing", title: t("record.scanMissing") });
      const facilityId = (body as { facilityId?: string }).facilityId;
      const stored = await uploadDocument(file, "signed_agreement", facilityId ? { facilityId } : {});
      await props.onSubmit({ ...(body as object), signedDocumentId: stored.id });
    },
  });
  const kit = fieldKit(Field);
  return (
    <Form onSubmit={submit} shouldActive={false}>
      <p>{t("record.intro")}</p>
      <FormErrors form={form} loose={loose()} />
      <AgreementTermsFields
        kit={kit}
        facilities={props.facilities}
        partners={props.partners}
        partnerRegister={props.partnerRegister}
        facilityRegister={props.facilityRegister}
        fixedFacility={props.fixedFacilityId !== undefined}
        documentNumbers
      />
      <div class="grid">
        <kit.Text name="signedOn" type="date" label={t("moves.sign.date")} hint={t("moves.sign.dateHint")} />
        <kit.Text
          name="signedTime"
          type="time"
          label={t("record.signedTime")}
          hint={t("record.signedTimeHint")}
        />
      </div>
      <FieldArray name="signatories">
        {(array) => (
          <SignatoryRows
            kit={kit}
            array={array}
            onAdd={() => insert(form, "signatories", { value: blankSignatory("partner", "witnesses") })}
            onRemove={(at) => remove(form, "signatories", { at })}
          />
        )}
      </FieldArray>
      <FieldArray name="actionItems">
        {(array) => (
          <ActivityRows
            kit={kit}
            array={array}
            onAdd={() => insert(form, "actionItems", { value: blankActivity() })}
            onRemove={(at) => remove(form, "actionItems", { at })}
          />
        )}
      </FieldArray>
      <FieldFrame
        id="field-scan"
        label={t("moves.sign.file")}
        hint={t("moves.sign.fileHint")}
        error={scanMissing() ? t("record.scanMissing") : undefined}
      >
        <input
          id="field-scan"
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby={describedBy(
            "field-scan",
            t("moves.sign.fileHint"),
            scanMissing() ? "x" : undefined,
          )}
          onChange={(e) => {
            setScan(e.currentTarget.files?.[0] ?? null);
            setScanMissing(false);
          }}
        />
      </FieldFrame>
      <button type="submit" disabled={form.submitting}>
        {t("record.submit")}
      </button>
    </Form>
  );
}

/** Recording an agreement signed on paper, in one form; a facility admin records for their own facility. */
export default function RecordFormPage(): JSX.Element {
  return (
    <NewRecordPage
      title={t("record.title")}
      create={async (body) => unwrap(await api.POST("/api/v1/agreements/record", { body: body as never }))}
      refreshes={["agreements"]}
      path={(id) => `/agreements/${id}`}
      form={(p) => <PaperAgreementForm {...p} />}
    />
  );
}
