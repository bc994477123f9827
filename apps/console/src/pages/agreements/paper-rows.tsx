import type { JSX } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import type { FieldKit } from "../../ui/bound-fields.tsx";
import { present } from "../../ui/form.tsx";
import { RowList } from "../../ui/row-list.tsx";

/** A signatory row as typed (the NIP left blank when the paper shows none). */
export type SignatoryValues = { name: string; position: string; side: string; role: string; nip: string };
/** An action-plan row as typed: the amount is text until sent. */
export type ActivityValues = {
  activity: string;
  field: string;
  target: { amount: string; unit: string };
  dueDate: string;
};

/** A blank signatory of one side, signing unless told. */
export const blankSignatory = (side: "facility" | "partner", role: "signs" | "witnesses" = "signs") => ({
  name: "",
  position: "",
  side,
  role,
  nip: "",
});
/** A blank activity, counted in people (orang) as most plans are. */
export const blankActivity = (): ActivityValues => ({
  activity: "",
  field: "",
  target: { amount: "", unit: "orang" },
  dueDate: "",
});

/** The signatories the API takes: rows left empty dropped, a blank NIP left out. */
export const signatoriesBody = (rows: readonly SignatoryValues[] | undefined) =>
  (rows ?? []).filter((s) => s.name || s.position).map((s) => present(s));

/** The activities the API takes: rows left empty dropped, the amount as a number, blanks left out. */
export function activitiesBody(rows: readonly ActivityValues[] | undefined) {
  return (rows ?? [])
    .filter((r) => r.activity || r.target?.amount)
    .map((r) =>
      present({
        ...r,
        target: present({
          amount:
            r.target?.amount === "" || r.target?.amount === undefined ? undefined : Number(r.target.amount),
          unit: r.target?.unit,
        }),
      }),
    );
}

/** The field names of each row, for placing the API's field errors beside them. */
export const rowFields = (signatories: number, activities: number): string[] => [
  ...Array.from({ length: signatories }, (_, i) =>
    ["name", "position", "nip"].map((f) => `signatories.${i}.${f}`),
  ).flat(),
  ...Array.from({ length: activities }, (_, i) =>
    ["activity", "field", "target.amount", "target.unit", "dueDate"].map((f) => `actionItems.${i}.${f}`),
  ).flat(),
];

type Rows = {
  readonly kit: FieldKit;
  readonly array: { readonly items: readonly unknown[]; readonly error: string };
  readonly onAdd: () => void;
  readonly onRemove: (at: number) => void;
};

/** Who signs or witnesses for each side, with their position and NIP. */
export function SignatoryRows(props: Rows): JSX.Element {
  const { Text, Select } = props.kit;
  const sides = () => [
    { value: "facility", label: t("attendee.side.facility") },
    { value: "partner", label: t("attendee.side.partner") },
  ];
  const roles = () => [
    { value: "signs", label: t("signatory.role.signs") },
    { value: "witnesses", label: t("signatory.role.witnesses") },
  ];
  return (
    <RowList
      id="field-signatories"
      legend={t("record.signatories")}
      error={props.array.error}
      items={props.array.items}
      addLabel={t("record.addSignatory")}
      onAdd={props.onAdd}
      onRemove={props.onRemove}
    >
      {(i) => (
        <>
          <Text name={`signatories.${i()}.name`} label={t("signatory.name")} />
          <Text name={`signatories.${i()}.position`} label={t("signatory.title")} />
          <Text
            name={`signatories.${i()}.nip`}
            label={t("signatory.nip")}
            hint={t("signatory.nipHint")}
            autocomplete="off"
          />
          <Select name={`signatories.${i()}.side`} label={t("signatory.side")} choices={sides()} />
          <Select name={`signatories.${i()}.role`} label={t("signatory.role")} choices={roles()} />
        </>
      )}
    </RowList>
  );
}

/** The action plan as signed: each activity, its field, its target and its due date. */
export function ActivityRows(props: Rows): JSX.Element {
  const { Text, FieldCode } = props.kit;
  return (
    <RowList
      id="field-actionItems"
      legend={t("record.actionPlan")}
      error={props.array.error}
      items={props.array.items}
      addLabel={t("record.addActivity")}
      onAdd={props.onAdd}
      onRemove={props.onRemove}
    >
      {(i) => (
        <>
          <Text name={`actionItems.${i()}.activity`} label={t("actionPlan.activity")} />
          <FieldCode name={`actionItems.${i()}.field`} label={t("agreement.field")} blank />
          <Text name={`actionItems.${i()}.target.amount`} type="number" label={t("actionPlan.target")} />
          <Text
            name={`actionItems.${i()}.target.unit`}
            label={t("actionPlan.unit")}
            hint={t("actionPlan.unitHint")}
          />
          <Text name={`actionItems.${i()}.dueDate`} type="date" label={t("actionPlan.due")} />
        </>
      )}
    </RowList>
  );
}
