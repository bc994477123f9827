import type { DigestAlert, Executor, PendingDigest } from "@sinergi/db";
import { claimDigest, pendingDigests, releaseDigest } from "@sinergi/db";
import { assertNever, dateInZone } from "@sinergi/domain";
import nodemailer from "nodemailer";
import { LAST_ZONE_TO_CLOSE } from "./months.ts";

/** Sends one email; resolves when the server accepted it. */
export type SendMail = (mail: { to: string; subject: string; text: string }) => Promise<void>;

/** A sender through nodemailer to SINERGI_SMTP_URL, from SINERGI_SMTP_FROM. */
export function smtpSender(smtpUrl: string, from: string): SendMail {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail({ from, ...mail });
  };
}

const text = (d: Record<string, unknown>, key: string): string => {
  const v = d[key];
  return typeof v === "string" || typeof v === "number" ? String(v) : "-";
};

const LICENCE_LABELS: Readonly<Record<string, string>> = {
  hygiene_sanitation: "Laik Higiene Sanitasi",
  primary_clinic: "Klinik Pratama",
  clinic: "Klinik",
  pharmacy: "Apotek",
  fire_safety: "Proteksi Kebakaran",
  building: "Persetujuan Bangunan Gedung",
  other: "Izin lain",
};

/** One alert as a line of the digest, in Indonesian. */
export function alertLine(a: DigestAlert): string {
  const where = a.facilityName ? ` — ${a.facilityName}` : "";
  const d = a.detail;
  switch (a.kind) {
    case "agreement_ending":
      return `Perjanjian "${text(d, "title")}" berakhir dalam ${text(d, "daysLeft")} hari (${text(d, "endDate")})${where}`;
    case "follow_up_overdue":
      return `Tindak lanjut melewati tenggat ${text(d, "dueDate")}${where}`;
    case "licence_expiring":
      return `Izin ${LICENCE_LABELS[text(d, "type")] ?? text(d, "type")} nomor ${text(d, "number")} berakhir ${text(d, "expiresOn")}${where}`;
    case "report_failed":
      return `Laporan bulanan periode ${text(d, "period")} gagal dibuat${where}; sistem akan mencoba lagi`;
    default:
      return assertNever(a.kind);
  }
}

/** The digest email of one user for one day, in Indonesian (no personal data: alerts carry none). */
export function composeDigest(d: PendingDigest): { subject: string; text: string } {
  const n = d.alerts.length;
  return {
    subject: `Sinergi: ${n} peringatan baru (${d.day})`,
    text: [
      `Yth. ${d.name},`,
      "",
      `Ada ${n} peringatan baru di wilayah tugas Anda:`,
      "",
      ...d.alerts.map((a) => `- ${alertLine(a)}`),
      "",
      "Buka Sinergi untuk melihat rinciannya dan menandai peringatan sebagai sudah dibaca.",
      "Email ini dikirim paling banyak sekali sehari.",
    ].join("\n"),
  };
}

/**
 * Sends the day's digests: each user at most once a day (the claim is stored before the email
 * goes, and given back if the server refuses it, so a later pass retries). Returns how many went.
 */
export async function sendDigests(db: Executor, at: string, send: SendMail): Promise<number> {
  const day = dateInZone(at, LAST_ZONE_TO_CLOSE);
  let sent = 0;
  for (const digest of await pendingDigests(db, at, day)) {
    const claimed = await claimDigest(db, {
      userId: digest.userId,
      day,
      at,
      alertCount: digest.alerts.length,
    });
    if (!claimed) continue;
    try {
      await send({ to: digest.email, ...composeDigest(digest) });
      sent++;
    } catch (e) {
      await releaseDigest(db, digest.userId, day);
      throw e;
    }
  }
  return sent;
}
