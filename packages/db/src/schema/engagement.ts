import type { Generated } from "kysely";
import type { Timestamp } from "./core.ts";
import type { Json } from "./organisation.ts";

/** engagements */
export interface EngagementsTable {
  id: string;
  facilityId: string;
  kind: string;
  date: string;
  place: string | null;
  attendees: Json<unknown[]>;
  summary: Generated<string>;
  outcomes: Json<string[]>;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** engagement_partners */
export interface EngagementPartnersTable {
  engagementId: string;
  partnerId: string;
  position: Generated<number>;
}

/** follow_ups */
export interface FollowUpsTable {
  id: string;
  engagementId: string;
  text: string;
  ownerName: string;
  dueDate: string;
  status: string;
  closedAt: Timestamp | null;
  note: string | null;
  dropReason: string | null;
  revision: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Engagement tables. */
export interface EngagementTables {
  engagements: EngagementsTable;
  engagementPartners: EngagementPartnersTable;
  followUps: FollowUpsTable;
}
