import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkUpload, MAX_DOCUMENT_BYTES, safeFileName } from "./document.ts";

describe("checking an upload", () => {
  it("accepts a PDF, a JPEG and a PNG up to 20 MB exactly", () => {
    for (const t of ["application/pdf", "image/jpeg", "image/png"])
      expect(checkUpload(MAX_DOCUMENT_BYTES, t)).toEqual({ ok: true, value: t });
  });

  it("refuses one byte over 20 MB with document/too-large", () => {
    const r = checkUpload(MAX_DOCUMENT_BYTES + 1, "application/pdf");
    expect(!r.ok && r.error.code).toBe("document/too-large");
  });

  it("refuses an empty file and bytes of another or no known type", () => {
    expect(!checkUpload(0, "application/pdf").ok).toBe(true);
    const exe = checkUpload(10, "application/x-msdownload");
    expect(!exe.ok && exe.error.code).toBe("document/unsupported-type");
    const unknown = checkUpload(10, undefined);
    expect(!unknown.ok && unknown.error.code).toBe("document/unsupported-type");
  });

  test.prop([fc.integer({ min: 0, max: 2 * MAX_DOCUMENT_BYTES }), fc.string()])(
    "accepts exactly the non-empty files up to the cap whose sniffed type is one of the three",
    (size, type) => {
      const allowed = new Set(["application/pdf", "image/jpeg", "image/png"]);
      expect(checkUpload(size, type).ok).toBe(size >= 1 && size <= 20_971_520 && allowed.has(type));
    },
  );
});

describe("file names sent back", () => {
  it("drops the path, control characters and quotes", () => {
    expect(safeFileName("C:\\scan\\pks.pdf")).toBe("pks.pdf");
    expect(safeFileName('a"b\r\n.pdf')).toBe("ab.pdf");
    expect(safeFileName("../")).toBe("document");
  });
});
