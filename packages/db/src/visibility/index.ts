export { editableIds, TABLE_OF, VISIBLE_KINDS, type VisibleKind, visibleIds } from "./kinds.ts";
export { type AuditPlace, auditInScope, auditPlace } from "./place.ts";
export { changeableBy, isChangeable, isVisible, seenBy, visibleAmong } from "./predicates.ts";
export { scopeExists, scopeGrantable, scopeWithin } from "./principals.ts";
export { mayHoldAgreement, type Reference, registerOf, unseenReferences } from "./references.ts";
export { facilitiesOf, officeOf, partnerFamily, type Viewer } from "./viewer.ts";
