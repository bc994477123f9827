import { assertNever, type Role, rolePermissions, type Scope } from "@sinergi/domain";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import type { AlertsTable } from "../../schema/report.ts";
import { facilitiesOf, officeOf } from "../../visibility/index.ts";

/**
 * SQL condition (on `alerts`) keeping the alerts a principal sees: its facilities' (and, for an
 * office, the office's own), all for national, none for a partner; the renewal alerts only for a
 * role that reads agreements (facility staff do not).
 */
export function alertsSeenBy(scope: Scope, role: Role): RawBuilder<SqlBool> {
  const kinds = rolePermissions(role).has("agreements:read")
    ? sql<SqlBool>`true`
    : sql<SqlBool>`alerts.kind <> 'agreement_ending'`;
  const place = (() => {
    switch (scope.kind) {
      case "national":
        return sql<SqlBool>`true`;
      case "regional":
        return sql<SqlBool>`(alerts.regional_office_id in (${officeOf(scope)})
          or alerts.facility_id in (${facilitiesOf(scope)}))`;
      case "facility":
        return sql<SqlBool>`alerts.facility_id in (${facilitiesOf(scope)})`;
      case "partner":
        return sql<SqlBool>`false`;
      default:
        return assertNever(scope);
    }
  })();
  return sql<SqlBool>`(${place} and ${kinds})`;
}

/** An alert as a digest lists it. */
export interface DigestAlert {
  readonly id: string;
  readonly kind: AlertsTable["kind"];
  readonly detail: Record<string, unknown>;
  readonly raisedAt: string;
  readonly facilityName: string | null;
}

/** One user's digest for a day: the new alerts in their scope they have not read. */
export interface PendingDigest {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly day: string;
  readonly alerts: readonly DigestAlert[];
}

const scopeOf = (kind: string, id: string | null): Scope | undefined => {
  if (kind === "national") return { kind: "national" };
  if (id === null) return undefined;
  if (kind === "regional") return { kind: "regional", regionalOfficeId: id };
  if (kind === "facility") return { kind: "facility", facilityId: id };
  if (kind === "partner") return { kind: "partner", partnerId: id };
  return undefined;
};

/**
 * The digests due on `day` at `at`: for each active user without one that day, the alerts in scope
 * raised since their last digest (a first digest looks back one day) and not read. Users with
 * nothing new are left out.
 */
export async function pendingDigests(db: Executor, at: string, day: string): Promise<PendingDigest[]> {
  const users = await db
    .selectFrom("users")
    .select(["id", "email", "name", "role", "scopeKind", "scopeId"])
    .where("disabledAt", "is", null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("alertEmails")
            .select("alertEmails.userId")
            .whereRef("alertEmails.userId", "=", "users.id")
            .where("alertEmails.day", "=", day),
        ),
      ),
    )
    .orderBy("id")
    .execute();
  const digests: PendingDigest[] = [];
  for (const u of users) {
    const scope = scopeOf(u.scopeKind, u.scopeId);
    if (scope === undefined) continue;
    const { rows } = await sql<DigestAlert>`select alerts.id, alerts.kind, alerts.detail,
        alerts.raised_at as "raisedAt", f.name as "facilityName"
      from alerts left join facilities f on f.id = alerts.facility_id
      where ${alertsSeenBy(scope, u.role as Role)}
        and alerts.raised_at > coalesce((select max(m.sent_at) from alert_emails m where m.user_id = ${u.id}),
          cast(${at} as timestamptz) - interval '1 day')
        and alerts.raised_at <= cast(${at} as timestamptz)
        and not exists (select 1 from alert_reads r where r.alert_id = alerts.id and r.user_id = ${u.id})
      order by alerts.raised_at, alerts.id`.execute(db);
    if (rows.length > 0) digests.push({ userId: u.id, email: u.email, name: u.name, day, alerts: rows });
  }
  return digests;
}

/**
 * Claims a user's digest for a day before it is sent: true for the one caller that may send it (the
 * primary key on user and day makes it at most one a day, whatever the number of workers).
 */
export async function claimDigest(
  db: Executor,
  claim: { readonly userId: string; readonly day: string; readonly at: string; readonly alertCount: number },
): Promise<boolean> {
  const res = await db
    .insertInto("alertEmails")
    .values({ userId: claim.userId, day: claim.day, sentAt: claim.at, alertCount: claim.alertCount })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Gives a claim back when the email could not be sent, so a later pass tries again that day. */
export async function releaseDigest(db: Executor, userId: string, day: string): Promise<void> {
  await db.deleteFrom("alertEmails").where("userId", "=", userId).where("day", "=", day).execute();
}
