import { type AgreementRows, agreementChain, emptyAgreementRows, type SigningUnit } from "./agreements.ts";
import { type FacilityModel, type PartnerModel, rngFor, type SeedRun } from "./context.ts";
import { apportion, type Organisation } from "./organisation.ts";

/** Partners a facility works with: its regency's, its neighbours', its province's. */
export function partnerPool(org: Organisation, f: FacilityModel): PartnerModel[] {
  const own = org.partnersByRegency.get(f.regency.code) ?? [];
  const province = (org.partnersByProvince.get(f.regency.province) ?? []).filter(
    (p) => p.areaCode?.length === 2,
  );
  return [...own, ...province, ...org.national.slice(0, 3)];
}

/** Every agreement: each facility's quota with its partners, the Kanwil's own, the directorate's national MoUs. */
export function buildAgreements(run: SeedRun, org: Organisation, total: number): AgreementRows {
  const out = emptyAgreementRows();
  const quotas = apportion(
    total,
    org.facilities.map(() => 1),
  );
  for (const f of org.facilities) {
    const rng = rngFor(run, 10, f.index);
    const unit: SigningUnit = {
      facility: f,
      regionalOfficeId: null,
      name: f.name,
      head: f.head,
      zone: f.zone,
      code: `${f.regency.province}.${f.index + 1}`,
    };
    const pool = partnerPool(org, f).filter((p) => p.role !== "national" && p.role !== "province");
    const pemda = pool.find((p) => p.role === "pemda");
    let left = quotas[f.index] ?? 0;
    let mou: string | null = null;
    if (pemda && left > 0) {
      const r = agreementChain(run, rng, out, unit, pemda, "mou", null, left);
      left -= r.count;
      mou = r.firstSignedId;
    }
    const used = new Set<string>();
    for (let guard = 0; left > 0 && guard < 200 && pool.length > 0; guard += 1) {
      let partner = rng.pick(pool);
      if (used.has(partner.id) && used.size < pool.length) continue;
      used.add(partner.id);
      partner = partner.role === "pemda" ? (pool.find((p) => p.parentId === partner.id) ?? partner) : partner;
      const r = agreementChain(
        run,
        rng,
        out,
        unit,
        partner,
        "pks",
        partner.parentId === pemda?.id ? mou : null,
        left,
      );
      left -= r.count;
    }
  }
  // Each Kanwil signs a few PKS of its own with provincial partners; the directorate a few national MoUs.
  for (const [province, roId] of org.regionalOffices) {
    const rng = rngFor(run, 11, Number(province));
    const partners = (org.partnersByProvince.get(province) ?? []).filter((p) => p.areaCode === province);
    const zone = run.geo.province.get(province)?.zone ?? "Asia/Jakarta";
    const unit: SigningUnit = {
      facility: null,
      regionalOfficeId: roId,
      name: `Kanwil ${run.geo.province.get(province)?.name ?? province}`,
      head: "Kepala Kantor Wilayah",
      zone,
      code: province,
    };
    for (let k = 0; k < Math.round(3 * Math.min(1, run.scale * 5)) && partners.length > 0; k += 1)
      agreementChain(run, rng, out, unit, rng.pick(partners), "pks", null, 3);
  }
  const rng = rngFor(run, 12);
  const directorate: SigningUnit = {
    facility: null,
    regionalOfficeId: null,
    name: "Direktorat Jenderal Pemasyarakatan",
    head: "Direktur Jenderal Pemasyarakatan",
    zone: "Asia/Jakarta",
    code: "00",
  };
  for (const p of org.national) agreementChain(run, rng, out, directorate, p, "mou", null, 2);
  return out;
}
