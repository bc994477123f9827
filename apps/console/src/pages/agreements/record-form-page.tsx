import { insert, remove } from "@modular-forms/solid";
import { RecordAgreementSchema } from "@sinergi/domain";
import { createSignal, type JSX } from "solid-js";
import * as v from "valibot";
import { ApiError, api, unwrap } from "../../api/client.ts";
import { t } from "../../i18n/i18n.ts";
import { createDraftForm } from "../../ui/draft-form.ts";
import {
  bound,
  ChoiceGroup,
  choicesOf,
  describedBy,
  FacilityField,
  FieldFrame,
  labelled,
  SelectField,
  TextField,
} from "../../ui/fields.tsx";
import { FormErrors, present } from "../../ui/form.tsx";
import { agreementKindLabel, fieldChoices } from "../../ui/labels.tsx";
import { RowList } from "../../ui/row-list.tsx";
import { NewRecordPage, type RecordFormProps } from "../new-record-page.tsx";
import { uploadDocument } from "./documents.ts";

type Side = "facility" | "partner";
type Role = "signs" | "witnesses";

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
  signatories: { name: string; position: string; side: string; role: string }[];
};

const TOP = [
  "kind",
  "title",
  "facilityId",
  "partnerIds",
  "fields",
  "facilityDocumentNumber",
  "partnerDocumentNumber",
  "signedOn",
  "signedTime",
  "startDate",
  "endDate",
  "signatories",
];
type TextName = Exclude<keyof PaperValues, "signatories" | "partnerIds" | "fields">;
const blankSignatory = (side: Side, role: Role = "signs") => ({ name: "", position: "", side, role });

/** The API body for the form's values: blanks left out, signatory rows left empty dropped. */
export function toBody(values: Partial<PaperValues>): unknown {
  return present({
    ...values,
    partnerIds: values.partnerIds ?? [],
    fields: values.fields?.length ? values.fields : undefined,
    signatories: (values.signatories ?? []).filter((s) => s.name || s.position),
  });
}

// The scan is chosen with the form but sent first, on its own: the body then names it by its stored id.
const WithoutScan = v.omit(RecordAgreementSchema, ["signedDocumentId"]);

/** One form for an agreement already signed on paper: its terms, signing facts, signatories and scan. */
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
    },
    fixedFacilityId: props.fixedFacilityId,
    schema: WithoutScan,
    toBody,
    fields: (values) => [
      ...TOP,
      ...(values.signatories ?? []).flatMap((_, i) => [`signatories.${i}.name`, `signatories.${i}.position`]),
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
  const sides = () => [
    { value: "facility", label: t("attendee.side.facility") },
    { value: "partner", label: t("attendee.side.partner") },
  ];
  const roles = () => [
    { value: "signs", label: t("signatory.role.signs") },
    { value: "witnesses", label: t("signatory.role.witnesses") },
  ];
  const text = (name: TextName, label: string, hint?: string, type?: "date" | "time") => (
    <Field name={name}>
      {(field, p) => (
        <TextField
          name={name}
          label={label}
          {...(hint ? { hint } : {})}
          {...(type ? { type } : {})}
          {...bound(field, p)}
        />
      )}
    </Field>
  );
  return (
    <Form onSubmit={submit} shouldActive={false}>
      <p>{t("record.intro")}</p>
      <FormErrors form={form} loose={loose()} />
      <Field name="kind">
        {(field, p) => (
          <SelectField
            name="kind"
            label={t("agreement.kind")}
            choices={labelled(["pks", "mou"] as const, agreementKindLabel)}
            {...bound(field, p)}
          />
        )}
      </Field>
      {text("title", t("agreement.title"))}
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
        {text("facilityDocumentNumber", t("agreement.facilityNumber"))}
        {text("partnerDocumentNumber", t("agreement.partnerNumber"))}
      </div>
      <div class="grid">
        {text("signedOn", t("moves.sign.date"), t("moves.sign.dateHint"), "date")}
        {text("signedTime", t("record.signedTime"), t("record.signedTimeHint"), "time")}
      </div>
      <div class="grid">
        {text("startDate", t("agreement.start"), undefined, "date")}
        {text("endDate", t("agreement.end"), t("moves.sign.endHint"), "date")}
      </div>
      <FieldArray name="signatories">
        {(array) => (
          <RowList
            id="field-signatories"
            legend={t("record.signatories")}
            error={array.error}
            items={array.items}
            addLabel={t("record.addSignatory")}
            onAdd={() => insert(form, "signatories", { value: blankSignatory("partner", "witnesses") })}
            onRemove={(at) => remove(form, "signatories", { at })}
          >
            {(i) => (
              <>
                <Field name={`signatories.${i()}.name`}>
                  {(field, p) => (
                    <TextField
                      name={`signatories.${i()}.name`}
                      label={t("signatory.name")}
                      {...bound(field, p)}
                    />
                  )}
                </Field>
                <Field name={`signatories.${i()}.position`}>
                  {(field, p) => (
                    <TextField
                      name={`signatories.${i()}.position`}
                      label={t("signatory.title")}
                      {...bound(field, p)}
                    />
                  )}
                </Field>
                <Field name={`signatories.${i()}.side`}>
                  {(field, p) => (
                    <SelectField
                      name={`signatories.${i()}.side`}
                      label={t("signatory.side")}
                      choices={sides()}
                      {...bound(field, p)}
                    />
                  )}
                </Field>
                <Field name={`signatories.${i()}.role`}>
                  {(field, p) => (
                    <SelectField
                      name={`signatories.${i()}.role`}
                      label={t("signatory.role")}
                      choices={roles()}
                      {...bound(field, p)}
                    />
                  )}
                </Field>
              </>
            )}
          </RowList>
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
