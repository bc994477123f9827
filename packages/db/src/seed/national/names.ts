import type { Rng } from "./random.ts";

const MALE = [
  "Agus",
  "Budi",
  "Joko",
  "Slamet",
  "Hendra",
  "Rudi",
  "Andi",
  "Dedi",
  "Eko",
  "Fajar",
  "Heru",
  "Iwan",
  "Rizky",
  "Yusuf",
  "Ahmad",
  "Muhammad",
  "Bayu",
  "Dimas",
  "Wahyu",
  "Teguh",
  "Bambang",
  "Sutrisno",
  "Imam",
  "Arif",
  "Ridwan",
  "Hasan",
  "Irfan",
  "Made",
  "Ketut",
  "Nyoman",
  "Wayan",
  "Yohanes",
  "Markus",
  "Daniel",
  "Samuel",
  "Rahmat",
  "Syahrul",
  "Taufik",
  "Anton",
  "Suparman",
];
const FEMALE = [
  "Siti",
  "Sri",
  "Dewi",
  "Rina",
  "Wulan",
  "Ayu",
  "Nur",
  "Fitri",
  "Lestari",
  "Indah",
  "Ratna",
  "Yuni",
  "Maria",
  "Putri",
  "Rahma",
  "Ani",
  "Dian",
  "Kartini",
  "Murni",
  "Eka",
  "Nia",
  "Tuti",
  "Wati",
  "Novi",
  "Desi",
];
const FAMILY = [
  "Saputra",
  "Hidayat",
  "Pratama",
  "Santoso",
  "Wijaya",
  "Siregar",
  "Nasution",
  "Harahap",
  "Lubis",
  "Simanjuntak",
  "Kurniawan",
  "Setiawan",
  "Gunawan",
  "Susanto",
  "Hakim",
  "Rahman",
  "Sitompul",
  "Tanjung",
  "Manurung",
  "Panjaitan",
  "Wibowo",
  "Nugroho",
  "Purnomo",
  "Prasetyo",
  "Firmansyah",
  "Hutapea",
  "Latuconsina",
  "Pattimura",
  "Mandagi",
  "Wenas",
  "Daeng",
  "Pakpahan",
  "Syahputra",
  "Ramadhan",
  "Maulana",
  "Hasibuan",
  "Sinaga",
  "Tarigan",
  "Ginting",
  "Munthe",
];

/** A plausible Indonesian name for the sex (one, two or three words). */
export function personName(rng: Rng, sex: "male" | "female"): string {
  const first = rng.pick(sex === "male" ? MALE : FEMALE);
  const r = rng.next();
  if (r < 0.2) return first;
  if (r < 0.85) return `${first} ${rng.pick(FAMILY)}`;
  return `${first} ${rng.pick(sex === "male" ? MALE : FEMALE)} ${rng.pick(FAMILY)}`;
}

/** A civil servant's name with a degree now and then. */
export function officialName(rng: Rng): string {
  const name = personName(rng, rng.chance(0.75) ? "male" : "female");
  return rng.chance(0.6)
    ? `${name}, ${rng.pick(["S.H.", "S.Sos.", "M.Si.", "S.E.", "M.H.", "S.Kom."])}`
    : name;
}

/** An 18-digit NIP: birth date, appointment month, sex digit, serial. */
export function nip(rng: Rng): string {
  const born = `${rng.int(1965, 1995)}${String(rng.int(1, 12)).padStart(2, "0")}${String(rng.int(1, 28)).padStart(2, "0")}`;
  const appointed = `${rng.int(1988, 2020)}${String(rng.int(1, 12)).padStart(2, "0")}`;
  return `${born}${appointed}${rng.int(1, 2)}${String(rng.int(1, 999)).padStart(3, "0")}`;
}
