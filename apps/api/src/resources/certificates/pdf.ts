import type { Certificate, SchemeType } from "@sinergi/domain";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { loadPdfmake } from "../../http/pdf-engine.ts";

const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** `2026-03-30` as `30 Maret 2026`. */
export const longDate = (iso: string): string => {
  const [y, m, d] = iso.split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? ""} ${y}`;
};

const TYPE_WORDS: Record<SchemeType, string> = {
  kkni: "Skema KKNI",
  okupasi: "Skema Okupasi",
  klaster: "Skema Klaster",
};

/** The scheme line: type and KKNI level when known. */
const schemeLine = (c: Pick<Certificate, "schemeType" | "level">): string =>
  [c.schemeType ? TYPE_WORDS[c.schemeType] : null, c.level === null ? null : `KKNI Level ${c.level}`]
    .filter((x) => x !== null)
    .join(", ");

/** What goes on the printed certificate: the certified fields, the issuer's name and the public check. */
export interface PrintableCertificate {
  readonly certificate: Certificate;
  readonly issuer: string | null;
  /** The public check's link, which the QR code holds. */
  readonly checkUrl: string;
  readonly revoked: boolean;
}

const row = (label: string, value: string): Content => ({
  columns: [
    { width: 150, text: label, color: "#555555" },
    { width: "*", text: value, bold: true },
  ],
  margin: [0, 2, 0, 2],
});

/**
 * The printable certificate, A4: holder, competency, scheme, units, issuer, dates and a QR code of the
 * public check. By design it names no facility and says nothing of where the holder trained: a former
 * inmate shows it to an employer as any other certificate.
 */
export async function certificatePdf(p: PrintableCertificate): Promise<Buffer> {
  const c = p.certificate;
  // Loaded on first use: qrcode is slow to import and only certificates need it.
  const { default: QRCode } = await import("qrcode");
  const qr = await QRCode.toDataURL(p.checkUrl, { errorCorrectionLevel: "M", margin: 1, width: 240 });
  const scheme = schemeLine(c);
  const doc: TDocumentDefinitions = {
    pageSize: "A4",
    pageMargins: [56, 56, 56, 56],
    info: { title: `Sertifikat ${c.number}`, subject: c.schemeName, creator: "Sinergi", producer: "Sinergi" },
    defaultStyle: { font: "Roboto", fontSize: 10.5 },
    ...(p.revoked
      ? { watermark: { text: "DICABUT / REVOKED", color: "#b00020", opacity: 0.25, bold: true } }
      : {}),
    content: [
      { text: "SERTIFIKAT KOMPETENSI", fontSize: 22, bold: true, alignment: "center" },
      {
        text: "Certificate of Competence",
        fontSize: 12,
        italics: true,
        alignment: "center",
        margin: [0, 0, 0, 6],
      },
      { text: `Nomor ${c.number}`, alignment: "center" },
      ...(c.issuerNumber === null
        ? []
        : [{ text: `Nomor penerbit / Issuer's number ${c.issuerNumber}`, alignment: "center" as const }]),
      { text: "Diberikan kepada / Awarded to", alignment: "center", margin: [0, 24, 0, 4] },
      { text: c.holderName, fontSize: 20, bold: true, alignment: "center", margin: [0, 0, 0, 20] },
      row("Kompetensi / Competency", c.competency),
      row("Skema / Scheme", c.schemeName + (scheme === "" ? "" : ` (${scheme})`)),
      row("Penerbit / Issuer", p.issuer ?? "-"),
      row("Tanggal terbit / Issued on", longDate(c.issuedOn)),
      row(
        "Berlaku sampai / Valid until",
        c.validUntil === null ? "Tidak kedaluwarsa / Does not expire" : longDate(c.validUntil),
      ),
      { text: "Unit kompetensi / Competency units", bold: true, margin: [0, 16, 0, 6] },
      {
        table: {
          headerRows: 1,
          widths: [120, "*"],
          body: [
            [
              { text: "Kode unit / Unit code", bold: true },
              { text: "Judul unit / Unit title", bold: true },
            ],
            ...c.units.map((u) => [u.code, u.title]),
          ],
        },
        layout: "lightHorizontalLines",
      },
      {
        columns: [
          { image: qr, width: 110 },
          {
            width: "*",
            margin: [12, 20, 0, 0],
            stack: [
              { text: "Periksa keaslian / Verify this certificate", bold: true },
              { text: p.checkUrl, fontSize: 8.5, color: "#333333", margin: [0, 4, 0, 4] },
              { text: `Kode verifikasi / Verification code ${c.verificationCode}`, fontSize: 9 },
            ],
          },
        ],
        margin: [0, 28, 0, 0],
      },
    ],
  };
  return (await loadPdfmake()).createPdf(doc).getBuffer();
}
