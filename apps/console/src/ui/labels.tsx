import type { JSX } from "solid-js";
import type { Schemas } from "../api/client.ts";
import { type MessageKey, t } from "../i18n/i18n.ts";

type AgreementStatus = Schemas["AgreementStatus"];

// Each enum value names its message key literally, so the "no unused message" test sees every one.
const AGREEMENT_STATUS: Readonly<Record<AgreementStatus, MessageKey>> = {
  draft: "agreementStatus.draft",
  proposed: "agreementStatus.proposed",
  negotiating: "agreementStatus.negotiating",
  upcoming: "agreementStatus.upcoming",
  active: "agreementStatus.active",
  expiring: "agreementStatus.expiring",
  expired: "agreementStatus.expired",
  renewed: "agreementStatus.renewed",
  terminated: "agreementStatus.terminated",
  withdrawn: "agreementStatus.withdrawn",
};
const AGREEMENT_STATE: Readonly<Record<Schemas["AgreementState"], MessageKey>> = {
  draft: "agreementStatus.draft",
  proposed: "agreementStatus.proposed",
  negotiating: "agreementStatus.negotiating",
  signed: "agreementState.signed",
  terminated: "agreementStatus.terminated",
  withdrawn: "agreementStatus.withdrawn",
};
const TONE: Readonly<Record<AgreementStatus, "" | "good" | "warn" | "bad">> = {
  draft: "",
  proposed: "",
  negotiating: "",
  upcoming: "good",
  active: "good",
  expiring: "warn",
  expired: "bad",
  renewed: "",
  terminated: "bad",
  withdrawn: "",
};

/** Every agreement status, in lifecycle order. */
export const AGREEMENT_STATUSES = Object.keys(AGREEMENT_STATUS) as AgreementStatus[];

/** An agreement's status today in words. */
export const agreementStatusLabel = (s: AgreementStatus): string => t(AGREEMENT_STATUS[s]);
/** An agreement's stored state (history entries) in words. */
export const agreementStateLabel = (s: string): string =>
  s in AGREEMENT_STATE ? t(AGREEMENT_STATE[s as Schemas["AgreementState"]]) : s;

/** An agreement's status as a coloured badge (the word carries the meaning, the colour only helps). */
export function StatusBadge(props: { readonly status: AgreementStatus }): JSX.Element {
  return <span class={`badge ${TONE[props.status]}`}>{agreementStatusLabel(props.status)}</span>;
}

const AGREEMENT_KIND: Readonly<Record<Schemas["AgreementKind"], MessageKey>> = {
  mou: "agreementKind.mou",
  pks: "agreementKind.pks",
};
/** MoU or PKS. */
export const agreementKindLabel = (k: Schemas["AgreementKind"]): string => t(AGREEMENT_KIND[k]);

const ENGAGEMENT_KIND: Readonly<Record<Schemas["EngagementKind"], MessageKey>> = {
  audience: "engagementKind.audience",
  courtesy_visit: "engagementKind.courtesy_visit",
  coordination: "engagementKind.coordination",
  signing: "engagementKind.signing",
  monitoring: "engagementKind.monitoring",
};
/** Every kind of visit. */
export const ENGAGEMENT_KINDS = Object.keys(ENGAGEMENT_KIND) as Schemas["EngagementKind"][];
/** A kind of visit in words. */
export const engagementKindLabel = (k: Schemas["EngagementKind"]): string => t(ENGAGEMENT_KIND[k]);

const PARTNER_KIND: Readonly<Record<Schemas["PartnerKind"], MessageKey>> = {
  local_government: "partnerKind.local_government",
  government_agency: "partnerKind.government_agency",
  training_provider: "partnerKind.training_provider",
  certification_body: "partnerKind.certification_body",
  ngo: "partnerKind.ngo",
  business: "partnerKind.business",
  other: "partnerKind.other",
};
/** Every kind of partner. */
export const PARTNER_KINDS = Object.keys(PARTNER_KIND) as Schemas["PartnerKind"][];
/** A kind of partner in words. */
export const partnerKindLabel = (k: Schemas["PartnerKind"]): string => t(PARTNER_KIND[k]);

const FOLLOW_UP: Readonly<Record<Schemas["FollowUpState"], MessageKey>> = {
  open: "followUpStatus.open",
  done: "followUpStatus.done",
  dropped: "followUpStatus.dropped",
};
/** A follow-up's status in words. */
export const followUpStatusLabel = (s: Schemas["FollowUpState"]): string => t(FOLLOW_UP[s]);

const LICENCE_TYPE: Readonly<Record<Schemas["LicenceType"], MessageKey>> = {
  hygiene_sanitation: "licenceType.hygiene_sanitation",
  primary_clinic: "licenceType.primary_clinic",
  clinic: "licenceType.clinic",
  pharmacy: "licenceType.pharmacy",
  fire_safety: "licenceType.fire_safety",
  building: "licenceType.building",
  other: "licenceType.other",
};
/** A licence type in words. */
export const licenceTypeLabel = (k: Schemas["LicenceType"]): string => t(LICENCE_TYPE[k]);

const LICENCE_STATE: Readonly<Record<Schemas["LicenceState"], MessageKey>> = {
  applied: "licenceState.applied",
  granted: "licenceState.granted",
  expired: "licenceState.expired",
  revoked: "licenceState.revoked",
};
/** A licence's status in words. */
export const licenceStateLabel = (s: Schemas["LicenceState"]): string => t(LICENCE_STATE[s]);

const ACTION_STATUS: Readonly<Record<Schemas["ActionItemStatus"], MessageKey>> = {
  planned: "actionStatus.planned",
  in_progress: "actionStatus.in_progress",
  done: "actionStatus.done",
  cancelled: "actionStatus.cancelled",
};
/** An action item's status in words. */
export const actionStatusLabel = (s: Schemas["ActionItemStatus"]): string => t(ACTION_STATUS[s]);

/** Rutan / Lapas / LPKA with its class: "Lapas Kelas IIA". */
export function facilityKindLabel(kind: Schemas["FacilityKind"], klass: Schemas["FacilityClass"]): string {
  const word = { rutan: "Rutan", lapas: "Lapas", lpka: "LPKA" }[kind];
  return `${word} ${t("facility.class")} ${klass}`;
}

/** A signatory's role in words: signs, or witnesses (mengetahui). */
export const signatoryRoleLabel = (role: Schemas["Signatory"]["role"]): string =>
  t(role === "witnesses" ? "signatory.role.witnesses" : "signatory.role.signs");
