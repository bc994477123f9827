import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, it } from "vitest";
import { PDF_BYTES } from "../resources/agreements/fixtures.ts";
import { anyRevision, describeApi } from "../testing.ts";

/** The README's JSON block after `<!-- walkthrough: NAME -->`, placeholders filled. */
function readmeBlock(name: string, fill: Record<string, string>): Record<string, unknown> {
  const readme = readFileSync(fileURLToPath(new URL("../../../../README.md", import.meta.url)), "utf8");
  const at = readme.indexOf(`<!-- walkthrough: ${name} -->`);
  if (at < 0) throw new Error(`README has no walkthrough block ${name}`);
  const block = /```json\n([\s\S]*?)```/.exec(readme.slice(at))?.[1] ?? "";
  const text = block.replace(/"<([a-z0-9-]+)>"/g, (_m, key: string) => {
    const value = fill[key];
    if (value === undefined) throw new Error(`no value for <${key}>`);
    return JSON.stringify(value);
  });
  return JSON.parse(text) as Record<string, unknown>;
}

/** The eight agencies of Hulu Sungai Tengah and their PKS, from the field report (three renew 2021 ones). */
const AGENCIES = [
  {
    abbr: "DINKES",
    agency: "Dinas Kesehatan",
    field: "health",
    subject: "Peningkatan Pelayanan Kesehatan",
    end: "2027-03-04",
    renewal: true,
  },
  {
    abbr: "DISPERPUS",
    agency: "Dinas Perpustakaan",
    field: "literacy",
    subject: "Peningkatan Budaya Literasi",
    end: "2027-03-04",
    renewal: true,
  },
  {
    abbr: "DISDIK",
    agency: "Dinas Pendidikan",
    field: "education",
    subject: "Pembinaan Intelektual",
    end: "2027-03-04",
    renewal: true,
  },
  {
    abbr: "DLH",
    agency: "Dinas Lingkungan Hidup",
    field: "environment",
    subject: "Pengelolaan Sampah",
    end: "2026-03-04",
    renewal: false,
  },
  {
    abbr: "DISDAG",
    agency: "Dinas Perdagangan",
    field: "trade",
    subject: "Pemasaran Hasil Karya Narapidana",
    end: "2025-03-04",
    renewal: false,
  },
  {
    abbr: "DAMKAR",
    agency: "Satpol PP dan Pemadam Kebakaran",
    field: "fire_safety",
    subject: "Penanganan Kebakaran",
    end: "2027-03-04",
    renewal: false,
  },
  {
    abbr: "NAKER",
    agency: "Dinas PMPTSP dan Tenaga Kerja",
    field: "manpower",
    subject: "Pelatihan Kerja",
    end: "2027-03-04",
    renewal: false,
  },
  {
    abbr: "DISDUKCAPIL",
    agency: "Dinas Kependudukan dan Pencatatan Sipil",
    field: "civil_registration",
    subject: "Pemadanan Data NIK",
    end: "2026-12-31",
    renewal: false,
  },
] as const;

describeApi("README walkthrough: record Barabai's eight PKS", (t) => {
  const v1 = "/api/v1";
  let barabai = "";
  const partners = new Map<string, string>();
  beforeAll(async () => {
    const office = await t.post(`${v1}/regional-offices`, {
      name: "Kanwil Kalimantan Selatan",
      provinceCode: "63",
    });
    const rutan = await t.post(`${v1}/facilities`, {
      regionalOfficeId: office.body.id,
      kind: "rutan",
      class: "IIB",
      name: "Rutan Barabai",
      regencyCode: "63.07",
    });
    barabai = rutan.body.id;
    const pemkab = await t.post(`${v1}/partners`, {
      kind: "local_government",
      name: "Pemerintah Kabupaten Hulu Sungai Tengah",
      areaCode: "63.07",
    });
    for (const a of AGENCIES) {
      const p = await t.post(`${v1}/partners`, {
        kind: "government_agency",
        name: `${a.agency} Kabupaten Hulu Sungai Tengah`,
        parentId: pemkab.body.id,
        areaCode: "63.07",
        fields: [a.field],
      });
      expect(p.status).toBe(201);
      partners.set(a.abbr, p.body.id);
    }
  });

  /** Step 1: the signed scan, uploaded as the raw body. */
  const upload = async (fileName: string) => {
    const res = await t.request("POST", `${v1}/documents?purpose=signed_agreement&fileName=${fileName}`, {
      body: new TextDecoder().decode(PDF_BYTES),
      headers: { "content-type": "application/pdf" },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  it("records the eight PKS signed on 5 March 2024, renewing three, as the README shows", async () => {
    const template = readmeBlock("barabai record", {
      "rutan-barabai": barabai,
      "disdukcapil-hst": partners.get("DISDUKCAPIL") ?? "",
      "document-id": "00000000-0000-4000-8000-000000000000",
    });
    const recorded: string[] = [];
    for (const [n, a] of AGENCIES.entries()) {
      const partnerId = partners.get(a.abbr) ?? "";
      const body = {
        ...template,
        title: `Perjanjian Kerja Sama ${a.subject}`,
        partnerIds: [partnerId],
        fields: [a.field],
        facilityDocumentNumber: `W15.PAS.PAS.12-HM.05.02-${20 + n}`,
        partnerDocumentNumber: `${200 + n}/PKS/${a.abbr}/III/2024`,
        endDate: a.end,
        actionItems: (template.actionItems as { field: string }[]).map((i) => ({ ...i, field: a.field })),
      };
      if (a.abbr === "DISDUKCAPIL") {
        // The README's own example, unchanged but for the stored scan.
        const own = readmeBlock("barabai record", {
          "rutan-barabai": barabai,
          "disdukcapil-hst": partnerId,
          "document-id": await upload("pks-disdukcapil.pdf"),
        });
        const res = await t.post(`${v1}/agreements/record`, own);
        expect(res.status).toBe(201);
        recorded.push(res.body.id);
        continue;
      }
      if (!a.renewal) {
        const res = await t.post(`${v1}/agreements/record`, {
          ...body,
          signedDocumentId: await upload(`pks-${a.abbr}.pdf`),
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        recorded.push(res.body.id);
        continue;
      }
      // A renewal: the 2021 PKS recorded the same way, then renewed, and only what is new entered.
      const old = await t.post(`${v1}/agreements/record`, {
        ...body,
        facilityDocumentNumber: `W15.PAS.PAS.12-HM.05.02-${n + 1}`,
        partnerDocumentNumber: `${100 + n}/PKS/${a.abbr}/III/2021`,
        signedDocumentId: await upload(`pks-${a.abbr}-2021.pdf`),
        signedOn: "2021-03-02",
        startDate: "2021-03-05",
        endDate: "2024-03-04",
        actionItems: [
          {
            activity: "Kegiatan rutin",
            field: a.field,
            target: { amount: 12, unit: "kegiatan" },
            dueDate: "2022-03-04",
          },
        ],
      });
      expect(old.status, JSON.stringify(old.body)).toBe(201);
      const successor = await t.post(`${v1}/agreements/${old.body.id}/renew`, {}, anyRevision);
      expect(successor.status).toBe(201);
      expect(successor.body).toMatchObject({ startDate: "2024-03-05", endDate: "2027-03-04" });
      expect(successor.body.signatories).toEqual(old.body.signatories);
      const id = successor.body.id;
      await t.post(`${v1}/agreements/${id}/propose`, {}, anyRevision);
      await t.post(`${v1}/agreements/${id}/negotiate`, {}, anyRevision);
      const sign = readmeBlock("barabai renewal sign", {
        "document-id": await upload(`pks-${a.abbr}-2024.pdf`),
      });
      const signed = await t.post(
        `${v1}/agreements/${id}/sign`,
        {
          ...sign,
          facilityDocumentNumber: `W15.PAS.PAS.12-HM.05.02-${20 + n}`,
          partnerDocumentNumber: `${200 + n}/PKS/${a.abbr}/III/2024`,
        },
        anyRevision,
      );
      expect(signed.status, JSON.stringify(signed.body)).toBe(200);
      const plan = await t.get(`${v1}/agreements/${id}/action-items`);
      expect(plan.body.items[0]).toMatchObject({
        activity: "Kegiatan rutin",
        dueDate: "2025-03-04",
        realisedAmount: 0,
      });
      expect((await t.get(`${v1}/agreements/${old.body.id}`)).body.status).toBe("renewed");
      recorded.push(id);
    }

    const day = await t.get(
      `${v1}/agreements?facilityId=${barabai}&signedFrom=2024-03-05&signedTo=2024-03-05&sort=signedOn&limit=50`,
    );
    expect(day.body.items.map((i: { id: string }) => i.id).sort()).toEqual([...recorded].sort());
    for (const a of day.body.items) {
      expect(a).toMatchObject({ kind: "pks", state: "signed", signedOn: "2024-03-05", signedTime: "10:00" });
      expect(a.signedDocument.mediaType).toBe("application/pdf");
    }
    const renewals = day.body.items.filter((i: { renewsId: string | null }) => i.renewsId !== null);
    expect(renewals).toHaveLength(3);
    const first = await t.get(`${v1}/agreements/${recorded[3]}/history`);
    expect(first.body.items).toEqual([
      expect.objectContaining({
        from: null,
        to: "signed",
        reason: "recorded after the fact: signed on 2024-03-05 10:00",
      }),
    ]);
    const witnessed = day.body.items.every((i: { signatories: { role: string }[] }) =>
      i.signatories.some((s) => s.role === "witnesses"),
    );
    expect(witnessed).toBe(true);
  });
});
