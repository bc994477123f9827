/**
 * Regencies and cities whose Kemendagri code changed when they moved to a new province: the Papua
 * split of 2022 (UU 14, 15 and 16/2022: Papua Selatan 93, Papua Tengah 94, Papua Pegunungan 95;
 * UU 29/2022: Papua Barat Daya 96, from Papua Barat 92). A NIK keeps the code of the place of first
 * registration for life, so a NIK issued in Merauke before 2022 still starts 9101.
 */
export const REGENCY_SUCCESSORS: Readonly<Record<string, { readonly code: string; readonly name: string }>> =
  {
    // Papua 91 -> Papua Selatan 93
    "91.01": { code: "93.01", name: "Merauke" },
    "91.16": { code: "93.02", name: "Boven Digoel" },
    "91.17": { code: "93.03", name: "Mappi" },
    "91.18": { code: "93.04", name: "Asmat" },
    // Papua 91 -> Papua Tengah 94
    "91.04": { code: "94.01", name: "Nabire" },
    "91.07": { code: "94.02", name: "Puncak Jaya" },
    "91.08": { code: "94.03", name: "Paniai" },
    "91.09": { code: "94.04", name: "Mimika" },
    "91.26": { code: "94.05", name: "Puncak" },
    "91.25": { code: "94.06", name: "Dogiyai" },
    "91.27": { code: "94.07", name: "Intan Jaya" },
    "91.28": { code: "94.08", name: "Deiyai" },
    // Papua 91 -> Papua Pegunungan 95
    "91.02": { code: "95.01", name: "Jayawijaya" },
    "91.12": { code: "95.02", name: "Pegunungan Bintang" },
    "91.13": { code: "95.03", name: "Yahukimo" },
    "91.14": { code: "95.04", name: "Tolikara" },
    "91.21": { code: "95.05", name: "Mamberamo Tengah" },
    "91.22": { code: "95.06", name: "Yalimo" },
    "91.23": { code: "95.07", name: "Lanny Jaya" },
    "91.24": { code: "95.08", name: "Nduga" },
    // Papua Barat 92 -> Papua Barat Daya 96
    "92.01": { code: "96.01", name: "Sorong" },
    "92.04": { code: "96.02", name: "Sorong Selatan" },
    "92.05": { code: "96.03", name: "Raja Ampat" },
    "92.09": { code: "96.04", name: "Tambrauw" },
    "92.10": { code: "96.05", name: "Maybrat" },
    "92.71": { code: "96.71", name: "Kota Sorong" },
  };

/** Today's code of a regency/city code (`91.01` -> `93.01`); codes that never moved come back unchanged. */
export function currentRegencyCode(code: string): string {
  return REGENCY_SUCCESSORS[code]?.code ?? code;
}
