import { randomBytes } from "node:crypto";
import {
  addDays,
  addMonths,
  formatVerificationCode,
  makeNik,
  type SentenceFacts,
  sentenceDates,
} from "@sinergi/domain";
import { json } from "../json.ts";
import { facilityOfCohort } from "../repositories/enrollment/enrollments.ts";
import { demoId, districtsOf, type Move, type SeedContext, span, writeHistory } from "./shared.ts";

/** One inmate of the story. */
export interface InmatePerson {
  readonly name: string;
  readonly sex: "male" | "female";
  readonly birthDate: string;
  readonly legalStatus: "detainee" | "convict";
  readonly admissionDate?: string;
  readonly expectedReleaseDate?: string;
  /** Sentence facts; the expected release is then computed from them. */
  readonly sentence?: SentenceFacts;
  /** The birth date the NIK encodes when Dukcapil's differs from the record (a flagged discrepancy). */
  readonly nikBirthDate?: string;
  /** Where the NIK was first issued when not in the batch's regency (a code of then, e.g. Papua's 91.01.01). */
  readonly nikDistrictCode?: string;
  /** No domicile on record: the API then reads it from the NIK, under today's code. */
  readonly domicileUnknown?: true;
}

/** An inserted inmate. */
export interface SeededInmate extends InmatePerson {
  readonly id: string;
}

/** Inserts inmates domiciled in one regency, with NIKs of that regency's districts; returns them in order. */
export async function insertInmates(
  ctx: SeedContext,
  batch: {
    facilityKey: string;
    facilityId: string;
    regencyCode: string;
    registrationPrefix: string;
    validated: boolean;
    people: readonly InmatePerson[];
    admissionDate: string;
    expectedReleaseDate: string;
    createdAt: string;
  },
): Promise<SeededInmate[]> {
  const districts = await districtsOf(ctx, batch.regencyCode);
  const out: SeededInmate[] = [];
  for (const p of batch.people) {
    const serial = ctx.counts.inmates + 1;
    const district = districts[(serial * 7) % districts.length] as string;
    const id = demoId(`inmate:${batch.facilityKey}:${p.name}`);
    const admission = p.admissionDate ?? batch.admissionDate;
    await ctx.trx
      .insertInto("inmates")
      .values({
        id,
        facilityId: batch.facilityId,
        registrationNumber: `${batch.registrationPrefix}.${String(serial).padStart(4, "0")}/${admission.slice(0, 4)}`,
        name: p.name,
        nik: makeNik({
          districtCode: p.nikDistrictCode ?? district,
          birthDate: p.nikBirthDate ?? p.birthDate,
          sex: p.sex,
          serial,
        }),
        sex: p.sex,
        birthDate: p.birthDate,
        legalStatus: p.legalStatus,
        domicileRegencyCode: p.domicileUnknown ? null : batch.regencyCode,
        admissionDate: admission,
        expectedReleaseDate: p.sentence
          ? sentenceDates(p.sentence).expectedRelease
          : (p.expectedReleaseDate ?? batch.expectedReleaseDate),
        nikValidation: batch.validated ? "valid" : "unverified",
        sentence: p.sentence ? json(p.sentence) : null,
        createdAt: batch.createdAt,
        updatedAt: batch.createdAt,
      })
      .execute();
    ctx.counts.inmates += 1;
    out.push({ ...p, id });
  }
  return out;
}

/** Session dates: the given weekdays (0 = Sunday) from start to end inclusive. */
export function sessionDates(start: string, end: string, weekdays: readonly number[]): string[] {
  const out: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) {
    if (weekdays.includes(new Date(`${d}T00:00:00Z`).getUTCDay())) out.push(d);
  }
  return out;
}

/** A cohort with its enrolled inmates and the sessions held so far. */
export interface CohortSeed {
  readonly key: string;
  readonly programId: string;
  readonly facilityId: string;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly place: string;
  readonly instructors: readonly { name: string; role: string }[];
  readonly eligibility: Record<string, unknown>;
  readonly sessions: readonly string[];
  /** planned first; the last move's state is the cohort's state. */
  readonly moves: readonly Move[];
  readonly inmates: readonly SeededInmate[];
  readonly enrolledAt: string;
  readonly enrolledBy: string;
  /** Sessions up to this date have attendance. */
  readonly attendanceUntil: string;
  /** When the cohort is completed: assessment and certificates. */
  readonly completion?: {
    readonly at: string;
    readonly by: string;
    readonly assessor: string;
    /** Kept on each assessment (e.g. that the results are assumed). */
    readonly notes?: string;
    /** Inmates (1-based, in order) found not yet competent in the scheme's last unit. */
    readonly notYetCompetent: readonly number[];
    readonly certificate: {
      readonly issuerPartnerId: string;
      readonly schemeName: string;
      readonly schemeType: "kkni" | "okupasi" | "klaster";
      readonly level?: number;
      readonly competency: string;
      readonly units: readonly { readonly code: string; readonly title: string }[];
      /** The LSP's own numbering; Sinergi's number is SNG/<year>/<sequence> like any issued through the API. */
      readonly issuerNumberPrefix: string;
      readonly issuedOn: string;
      /** null: the certificate does not expire. */
      readonly validMonths: number | null;
      readonly issuedAt: string;
      readonly issuedBy: string;
    };
  };
}

/** 16 Crockford base32 characters from 80 random bits: certificate codes must be unguessable. */
export const verificationCode = (): string => formatVerificationCode(randomBytes(10));

/** Inserts a cohort, its history, enrollments, attendance and (when completed) certificates. */
export async function insertCohort(ctx: SeedContext, c: CohortSeed): Promise<string> {
  const id = demoId(`cohort:${c.key}`);
  const { first, last } = span(c.moves);
  await ctx.trx
    .insertInto("cohorts")
    .values({
      id,
      programId: c.programId,
      facilityId: c.facilityId,
      name: c.name,
      startDate: c.startDate,
      endDate: c.endDate,
      capacity: c.inmates.length,
      place: c.place,
      instructors: json(c.instructors),
      eligibility: json(c.eligibility),
      plannedSessions: c.sessions.length,
      state: last.to,
      revision: c.moves.length,
      createdAt: first.at,
      updatedAt: last.at,
    })
    .execute();
  await writeHistory(ctx, "cohort", id, c.moves);
  ctx.counts.cohorts += 1;

  const held = c.sessions.filter((d) => d <= c.attendanceUntil);
  let i = 0;
  let issued = 0;
  for (const inmate of c.inmates) {
    i += 1;
    const enrollmentId = demoId(`enrollment:${c.key}:${inmate.id}`);
    const competent = !c.completion?.notYetCompetent.includes(i);
    const moves: Move[] = [{ to: "enrolled", at: c.enrolledAt, actor: c.enrolledBy }];
    if (c.completion) moves.push({ to: "completed", at: c.completion.at, actor: c.completion.by });
    const units = (c.completion?.certificate.units ?? []).map((u, k, all) => ({
      code: u.code,
      result: competent || k < all.length - 1 ? ("competent" as const) : ("not_yet_competent" as const),
    }));
    await ctx.trx
      .insertInto("enrollments")
      .values({
        id: enrollmentId,
        cohortId: id,
        facilityId: facilityOfCohort(id),
        inmateId: inmate.id,
        state: c.completion ? "completed" : "enrolled",
        assessment: json(
          c.completion
            ? {
                result: competent ? "competent" : "not_yet_competent",
                assessedOn: c.endDate,
                assessor: c.completion.assessor,
                ...(c.completion.notes ? { notes: c.completion.notes } : {}),
                units: (c.completion.certificate.units ?? []).map((u, k) => ({
                  ...u,
                  result: units[k]?.result ?? null,
                  assessedOn: c.endDate,
                })),
              }
            : null,
        ),
        endReason: null,
        enrolledAt: c.enrolledAt,
        revision: moves.length,
        createdAt: c.enrolledAt,
        updatedAt: span(moves).last.at,
      })
      .execute();
    await writeHistory(ctx, "enrollment", enrollmentId, moves);
    ctx.counts.enrollments += 1;
    if (c.completion)
      await ctx.trx
        .insertInto("enrollmentAssessments")
        .values({
          id: demoId(`assessment:${enrollmentId}:1`),
          enrollmentId,
          sequence: 1,
          assessor: c.completion.assessor,
          assessedOn: c.endDate,
          notes: c.completion.notes ?? null,
          units: json(units),
          result: competent ? "competent" : "not_yet_competent",
          recordedAt: c.completion.at,
          recordedBy: c.completion.by,
        })
        .execute();
    if (held.length > 0) {
      // Nobody misses the first four sessions, then one in ten, shifted by inmate: shares stay at 80 % or more.
      await ctx.trx
        .insertInto("attendance")
        .values(
          held.map((sessionDate, s) => ({
            enrollmentId,
            sessionDate,
            present: s < 4 || (s * 3 + i * 5) % 10 !== 0,
          })),
        )
        .execute();
      ctx.counts.attendance += held.length;
    }
    if (c.completion && competent) {
      issued += 1;
      await insertCertificate(ctx, c, enrollmentId, inmate, issued);
    }
  }
  return id;
}

async function insertCertificate(
  ctx: SeedContext,
  c: CohortSeed,
  enrollmentId: string,
  inmate: SeededInmate,
  n: number,
): Promise<void> {
  const cert = c.completion?.certificate;
  if (!cert) return;
  const id = demoId(`certificate:${enrollmentId}`);
  await ctx.trx
    .insertInto("certificates")
    .values({
      id,
      // One format for Sinergi's number (as the API issues them); the LSP's own beside it.
      number: `SNG/${cert.issuedOn.slice(0, 4)}/${String(ctx.counts.certificates + 1).padStart(5, "0")}`,
      issuerNumber: `${cert.issuerNumberPrefix}/${String(n).padStart(4, "0")}/${cert.issuedOn.slice(0, 4)}`,
      enrollmentId,
      schemeName: cert.schemeName,
      schemeType: cert.schemeType,
      competency: cert.competency,
      level: cert.level ?? null,
      units: json(cert.units),
      issuerPartnerId: cert.issuerPartnerId,
      holderName: inmate.name,
      issuedOn: cert.issuedOn,
      validUntil: cert.validMonths === null ? null : addMonths(cert.issuedOn, cert.validMonths),
      status: "issued",
      revokedReason: null,
      revokedOn: null,
      verificationCode: verificationCode(),
      createdAt: cert.issuedAt,
      updatedAt: cert.issuedAt,
    })
    .execute();
  await writeHistory(ctx, "certificate", id, [{ to: "issued", at: cert.issuedAt, actor: cert.issuedBy }]);
  ctx.counts.certificates += 1;
}
