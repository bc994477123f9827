import { insert, remove } from "@modular-forms/solid";
import { CreateEngagementSchema } from "@sinergi/domain";
import type { JSX } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import { fieldKit } from "../../ui/bound-fields.tsx";
import { createDraftForm } from "../../ui/draft-form.ts";
import { labelled } from "../../ui/fields.tsx";
import { FormErrors, present } from "../../ui/form.tsx";
import { ENGAGEMENT_KINDS, engagementKindLabel } from "../../ui/labels.tsx";
import { RowList } from "../../ui/row-list.tsx";
import type { RecordFormProps } from "../new-record-page.tsx";
import { PartnerChoices } from "../partner-choices.tsx";

/** What the visit form holds; `toBody` makes the API's CreateEngagement of it. */
export type VisitValues = {
  facilityId: string;
  kind: string;
  date: string;
  place: string;
  partnerIds: string[];
  summary: string;
  outcomes: string;
  attendees: { name: string; role: string; side: string }[];
  followUps: { text: string; ownerName: string; dueDate: string }[];
};

/** The API body: outcomes one per line, blank rows and fields left out. */
export function toBody(values: Partial<VisitValues>): unknown {
  const outcomes = (values.outcomes ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return present({
    ...values,
    partnerIds: values.partnerIds ?? [],
    outcomes: outcomes.length ? outcomes : undefined,
    attendees: (values.attendees ?? [])
      .filter((a) => a.name || a.role)
      .map((a) => ({ ...a, side: a.side || "facility" })),
    followUps: (values.followUps ?? []).filter((f) => f.text || f.ownerName || f.dueDate),
  });
}

const TOP = ["facilityId", "kind", "date", "place", "partnerIds", "summary", "outcomes"];

/** Records a visit with its attendees, outcomes and follow-ups (owner and due date) in one go. */
export function VisitForm(props: RecordFormProps): JSX.Element {
  const { form, Form, Field, FieldArray, loose, submit } = createDraftForm<VisitValues>({
    draft: "visit",
    initial: {
      kind: "audience",
      partnerIds: [],
      attendees: [],
      followUps: [{ text: "", ownerName: "", dueDate: "" }],
    },
    fixedFacilityId: props.fixedFacilityId,
    schema: CreateEngagementSchema,
    toBody,
    // The API names a follow-up's field by its row.
    fields: (values) => [
      ...TOP,
      ...(values.followUps ?? []).flatMap((_, i) => [
        `followUps.${i}.text`,
        `followUps.${i}.ownerName`,
        `followUps.${i}.dueDate`,
      ]),
    ],
    onSubmit: props.onSubmit,
  });
  const kit = fieldKit(Field);
  const { Text, Select, Facility } = kit;
  const sides = () => [
    { value: "facility", label: t("attendee.side.facility") },
    { value: "partner", label: t("attendee.side.partner") },
  ];
  return (
    <Form onSubmit={submit} shouldActive={false}>
      <FormErrors form={form} loose={loose()} />
      <Facility
        label={t("visit.facility")}
        facilities={props.facilities}
        fixed={props.fixedFacilityId !== undefined}
        register={props.facilityRegister}
      />
      <div class="grid">
        <Select
          name="kind"
          label={t("visit.kind")}
          choices={labelled(ENGAGEMENT_KINDS, engagementKindLabel)}
        />
        <Text name="date" type="date" label={t("visit.date")} />
        <Text name="place" label={t("visit.place")} />
      </div>
      <PartnerChoices
        kit={kit}
        legend={t("visit.partners")}
        partners={props.partners}
        register={props.partnerRegister}
      />
      <Text name="summary" multiline label={t("visit.summary")} />
      <Text name="outcomes" multiline label={t("visit.outcomes")} hint={t("visit.outcomesHint")} />
      <FieldArray name="attendees">
        {(array) => (
          <RowList
            legend={t("visit.attendees")}
            error={array.error}
            items={array.items}
            addLabel={t("visit.addAttendee")}
            onAdd={() => insert(form, "attendees", { value: { name: "", role: "", side: "facility" } })}
            onRemove={(at) => remove(form, "attendees", { at })}
          >
            {(i) => (
              <>
                <Text name={`attendees.${i()}.name`} label={t("attendee.name")} />
                <Text name={`attendees.${i()}.role`} label={t("attendee.role")} />
                <Select name={`attendees.${i()}.side`} label={t("attendee.side")} choices={sides()} />
              </>
            )}
          </RowList>
        )}
      </FieldArray>
      <FieldArray name="followUps">
        {(array) => (
          <RowList
            legend={t("visit.followUps")}
            error={array.error}
            items={array.items}
            addLabel={t("visit.addFollowUp")}
            onAdd={() => insert(form, "followUps", { value: { text: "", ownerName: "", dueDate: "" } })}
            onRemove={(at) => remove(form, "followUps", { at })}
          >
            {(i) => (
              <>
                <Text name={`followUps.${i()}.text`} label={t("followUp.text")} />
                <Text name={`followUps.${i()}.ownerName`} label={t("followUp.owner")} />
                <Text name={`followUps.${i()}.dueDate`} type="date" label={t("followUp.due")} />
              </>
            )}
          </RowList>
        )}
      </FieldArray>
      <button type="submit" disabled={form.submitting}>
        {t("visits.save")}
      </button>
    </Form>
  );
}
