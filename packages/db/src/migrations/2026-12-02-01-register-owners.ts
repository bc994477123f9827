import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/**
 * Partners and programs belong to a register: a regional office's, or the national one (null: BNSP, a
 * ministry), edited only there. Existing rows are placed where their data says: a partner of a regency
 * or city with the Kanwil of its province, a program with the office of the agreement that funds it (or
 * else of its provider); the rest stay national.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    "alter table partners add column owner_regional_office_id uuid references regional_offices(id)",
    "alter table programs add column owner_regional_office_id uuid references regional_offices(id)",
    "create index partners_owner_idx on partners (owner_regional_office_id)",
    "create index programs_owner_idx on programs (owner_regional_office_id)",
    `update partners p set owner_regional_office_id = (
       select r.id from regional_offices r where r.province_code = split_part(p.area_code, '.', 1)
       order by r.created_at, r.id limit 1)
     where p.area_code like '%.%'`,
    `update programs g set owner_regional_office_id = coalesce(
       (select coalesce(a.regional_office_id, f.regional_office_id) from agreements a
          left join facilities f on f.id = a.facility_id where a.id = g.funding_agreement_id),
       (select p.owner_regional_office_id from partners p where p.id = g.provider_partner_id))`,
  ]);
}
