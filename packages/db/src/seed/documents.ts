import { createHash } from "node:crypto";
import { demoId, type SeedContext } from "./shared.ts";

/** A minimal one-page PDF naming what it stands for (the demo has no real scans). */
export function demoPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, " ").slice(0, 200);
  const stream = `BT /F1 10 Tf 40 800 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Stores a demo PDF as a document of a facility, a regional office or national; returns its id. */
export async function insertDemoDocument(
  ctx: SeedContext,
  doc: {
    readonly key: string;
    readonly fileName: string;
    readonly title: string;
    readonly facilityId: string | null;
    /** The Kanwil a document of its own belongs to (neither: national). */
    readonly regionalOfficeId?: string | null;
    readonly purpose: "signed_agreement" | "addendum" | "evidence" | "licence";
    readonly at: string;
    readonly by: string;
  },
): Promise<string> {
  const id = demoId(`document:${doc.key}`);
  const content = demoPdf(doc.title);
  await ctx.trx
    .insertInto("documents")
    .values({
      id,
      purpose: doc.purpose,
      fileName: doc.fileName,
      mediaType: "application/pdf",
      sizeBytes: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
      content,
      facilityId: doc.facilityId,
      regionalOfficeId: doc.regionalOfficeId ?? null,
      uploadedBy: doc.by,
      createdAt: doc.at,
      updatedAt: doc.at,
    })
    .execute();
  return id;
}
