import { type JSX, Show } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import type { FieldKit } from "../../ui/bound-fields.tsx";
import { labelled } from "../../ui/fields.tsx";
import { agreementKindLabel } from "../../ui/labels.tsx";
import type { Register } from "../../ui/name-search.tsx";
import { PartnerChoices } from "../partner-choices.tsx";

/** The names of the terms fields, for placing the API's field errors. */
export const TERMS_FIELDS = [
  "kind",
  "title",
  "facilityId",
  "partnerIds",
  "fields",
  "startDate",
  "endDate",
  "facilityDocumentNumber",
  "partnerDocumentNumber",
] as const;

/** An agreement's terms as both the draft form and the paper-agreement form ask for them. */
export function AgreementTermsFields(props: {
  readonly kit: FieldKit;
  readonly facilities: readonly { id: string; name: string }[];
  readonly partners: readonly { id: string; name: string }[];
  /** The partner register beyond those at hand (the API's by default; a test gives its own). */
  readonly partnerRegister?: Register | undefined;
  /** The facility register, when the facilities at hand are not all of them. */
  readonly facilityRegister?: Register | undefined;
  readonly fixedFacility: boolean;
  /** Both parties' document numbers, known once the paper exists (a draft gets them when signed). */
  readonly documentNumbers?: boolean;
}): JSX.Element {
  const { Text, Select, Facility, FieldCodes } = props.kit;
  return (
    <>
      <Select
        name="kind"
        label={t("agreement.kind")}
        choices={labelled(["pks", "mou"] as const, agreementKindLabel)}
      />
      <Text name="title" label={t("agreement.title")} />
      <Facility
        label={t("agreement.facility")}
        facilities={props.facilities}
        fixed={props.fixedFacility}
        register={props.facilityRegister}
      />
      <PartnerChoices
        kit={props.kit}
        legend={t("agreement.partners")}
        partners={props.partners}
        register={props.partnerRegister}
      />
      <FieldCodes name="fields" legend={t("agreement.fields")} />
      <div class="grid">
        <Text name="startDate" type="date" label={t("agreement.start")} />
        <Text name="endDate" type="date" label={t("agreement.end")} hint={t("moves.sign.endHint")} />
      </div>
      <Show when={props.documentNumbers}>
        <div class="grid">
          <Text name="facilityDocumentNumber" label={t("agreement.facilityNumber")} />
          <Text name="partnerDocumentNumber" label={t("agreement.partnerNumber")} />
        </div>
      </Show>
    </>
  );
}
