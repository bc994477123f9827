import { describe, expect, it } from "vitest";
import { type Alert, alertSubject } from "./alerts-page.tsx";

const alert = (kind: Alert["kind"], detail: Alert["detail"], ids: Partial<Alert> = {}): Alert => ({
  id: "a1",
  kind,
  facilityId: "f1",
  regionalOfficeId: "r1",
  subjectId: "s1",
  detail,
  raisedAt: "2026-12-01T02:00:00Z",
  read: false,
  readAt: null,
  ...ids,
});

describe("an alert's subject in words", () => {
  it("names an ending agreement with its end date in words and days left, linking to it", () => {
    const s = alertSubject(
      alert("agreement_ending", {
        title: "PKS Literasi",
        endDate: "2026-12-30",
        daysLeft: 29,
        threshold: 30,
      }),
    );
    expect(s).toEqual({
      text: "PKS Literasi: berakhir 30 Desember 2026 (29 hari lagi)",
      href: "/agreements/s1",
    });
  });

  it("links an overdue follow-up to its visit, and an expiring licence to its facility", () => {
    expect(alertSubject(alert("follow_up_overdue", { dueDate: "2026-11-20", engagementId: "e9" }))).toEqual({
      text: "Tindak lanjut melewati tenggat 20 November 2026",
      href: "/visits/e9",
    });
    const licence = alertSubject(
      alert("licence_expiring", { type: "clinic", number: "503/12", expiresOn: "2027-01-15" }),
    );
    expect(licence.text).toMatch(/nomor 503\/12: berlaku sampai 15 Januari 2027$/);
    expect(licence.href).toBe("/facilities/f1");
  });

  it("names a failed report's month in words and offers no link", () => {
    expect(alertSubject(alert("report_failed", { period: "2026-11" }, { subjectId: null }))).toEqual({
      text: "Laporan November 2026 gagal dibuat; sistem akan mencoba lagi",
      href: null,
    });
  });
});
