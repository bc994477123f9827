import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

/** A roman or arabic KKNI level written in words ("Level II", "KKNI 3") as an integer 1..9, else null. */
const LEVEL_OF = (column: string) => `case
  when ${column} ~ '^\\D*[1-9]\\D*$' then substring(${column} from '[1-9]')::integer
  else array_position(array['I','II','III','IV','V','VI','VII','VIII','IX'],
    substring(${column} from '(?:^|\\s)([IVX]+)\\s*$'))
  end`;

/**
 * Certification as BNSP runs it: every assessment kept as its own row (a re-assessment never overwrites);
 * certificates carry the issuer's own number, the scheme type apart from the KKNI level, and the units
 * certified; Sinergi's own number has one format, SNG/<year>/<sequence>.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table enrollment_assessments (
      id uuid primary key,
      enrollment_id uuid not null references enrollments (id) on delete cascade,
      sequence integer not null check (sequence >= 1),
      assessor text not null check (length(trim(assessor)) > 0),
      assessed_on date not null,
      notes text,
      units jsonb not null default '[]' check (jsonb_typeof(units) = 'array'),
      result text not null check (result in ('competent', 'not_yet_competent')),
      recorded_at timestamptz not null,
      recorded_by text not null,
      unique (enrollment_id, sequence)
    )`,
    // Assessments made before this migration become each enrollment's first record.
    `insert into enrollment_assessments
        (id, enrollment_id, sequence, assessor, assessed_on, notes, units, result, recorded_at, recorded_by)
      select gen_random_uuid(), id, 1, assessment ->> 'assessor', (assessment ->> 'assessedOn')::date,
        assessment ->> 'notes', '[]', assessment ->> 'result', updated_at, 'migration'
      from enrollments where jsonb_typeof(assessment) = 'object'`,
    `update enrollments set assessment = assessment || '{"units": []}'
      where jsonb_typeof(assessment) = 'object' and not assessment ? 'units'`,
    // Schemes stored before types were kept: klaster when the name says so, otherwise okupasi; a level in
    // words becomes the KKNI number, or goes when it was a type ("Okupasi") rather than a level.
    `update programs set certification_scheme = certification_scheme || jsonb_build_object('schemeType',
        case when certification_scheme ->> 'name' ilike '%klaster%' then 'klaster' else 'okupasi' end)
      where jsonb_typeof(certification_scheme) = 'object' and not certification_scheme ? 'schemeType'`,
    `update programs set certification_scheme = case
        when (${LEVEL_OF("certification_scheme ->> 'level'")}) is null then certification_scheme - 'level'
        else jsonb_set(certification_scheme, '{level}', to_jsonb(${LEVEL_OF("certification_scheme ->> 'level'")}))
      end
      where jsonb_typeof(certification_scheme -> 'level') = 'string'`,
    "alter table certificates add column issuer_number text check (issuer_number is null or length(trim(issuer_number)) > 0)",
    "alter table certificates add column scheme_type text check (scheme_type in ('kkni', 'okupasi', 'klaster'))",
    "alter table certificates add column units jsonb not null default '[]' check (jsonb_typeof(units) = 'array')",
    `update certificates set scheme_type = case
        when level ilike '%okupasi%' then 'okupasi'
        when level ilike '%klaster%' then 'klaster'
        when level ilike '%kkni%' then 'kkni'
      end`,
    `alter table certificates alter column level type integer using (${LEVEL_OF("level")})`,
    "alter table certificates add constraint certificates_level_check check (level between 1 and 9)",
    // A number in another format was the issuer's: keep it as such and give the certificate Sinergi's own,
    // continuing each year's sequence.
    `update certificates c set issuer_number = coalesce(c.issuer_number, c.number), number = r.number
      from (
        select x.id, 'SNG/' || to_char(x.issued_on, 'YYYY') || '/' || lpad((row_number() over (
          partition by to_char(x.issued_on, 'YYYY') order by x.created_at, x.id) + coalesce((
            select max(substring(y.number from '[0-9]+$')::integer) from certificates y
            where y.number like 'SNG/' || to_char(x.issued_on, 'YYYY') || '/%'), 0))::text, 5, '0') as number
        from certificates x where x.number !~ '^SNG/[0-9]{4}/[0-9]{5,}$'
      ) r
      where c.id = r.id`,
    "alter table certificates add constraint certificates_number_check check (number ~ '^SNG/[0-9]{4}/[0-9]{5,}$')",
    // The certified units of certificates issued before: the scheme's units as the program lists them now.
    `update certificates c set units = coalesce((
        select jsonb_agg(case jsonb_typeof(u.value)
          when 'string' then jsonb_build_object('code', lpad(u.ordinality::text, 2, '0'), 'title', u.value #>> '{}')
          else u.value end order by u.ordinality)
        from enrollments e join cohorts k on k.id = e.cohort_id join programs p on p.id = k.program_id,
          jsonb_array_elements(p.certification_scheme -> 'competencyUnits') with ordinality u
        where e.id = c.enrollment_id and jsonb_typeof(p.certification_scheme) = 'object'), '[]')`,
  ]);
}
