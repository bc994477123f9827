/** A small, fast, seedable generator (sfc32): the same seed always gives the same stream. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A generator for a seed and a stream label, independent of every other label's stream. */
  constructor(seed: number, label = 0) {
    this.a = hash32(seed ^ 0x9e3779b9, label);
    this.b = hash32(seed, label ^ 0x85ebca6b);
    this.c = hash32(seed + 0x632be5ab, label);
    this.d = 1;
    for (let i = 0; i < 12; i += 1) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("national seed: pick from an empty list");
    return item;
  }

  /** One key of a weight table, chosen in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.next() * total;
    for (const [k, w] of entries) {
      r -= w;
      if (r < 0) return k;
    }
    return (entries[entries.length - 1] as [K, number])[0];
  }

  /** 32 random bits as 8 hex digits. */
  hex8(): string {
    return ((this.next() * 4294967296) >>> 0).toString(16).padStart(8, "0");
  }

  /** n random bytes. */
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 1) out[i] = Math.floor(this.next() * 256);
    return out;
  }
}

/** Mixes two 32-bit integers into one (murmur3's finaliser). */
export function hash32(x: number, y: number): number {
  let h = (Math.imul(x ^ 0x27d4eb2d, 0x9e3779b1) ^ Math.imul(y + 0x165667b1, 0x85ebca77)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Deterministic v4-shaped UUIDs whose first eight hex digits count up per table, so each table's
 * primary key grows at its right edge (cheap index inserts) while the rest looks random.
 */
export class Ids {
  private readonly counters = new Map<number, number>();
  private readonly rng: Rng;

  /** Ids for a seed. */
  constructor(seed: number) {
    this.rng = new Rng(seed, 0x1d5);
  }

  /** The next id of a table (tag 0..0xffff names the table). */
  next(tag: number): string {
    const n = (this.counters.get(tag) ?? 0) + 1;
    this.counters.set(tag, n);
    // Three 32-bit draws read as 24 hex digits r: the id is n-tag-4r[0..3]-(variant of r[3])r[4..7]-r[7..19].
    // Built from byte tables rather than toString/padStart/slice: millions of ids, each a few strings fewer.
    const a = (this.rng.next() * 4294967296) >>> 0;
    const b = (this.rng.next() * 4294967296) >>> 0;
    const c = (this.rng.next() * 4294967296) >>> 0;
    const a1 = HEX2[a >>> 24] as string;
    const a2 = HEX2[(a >>> 16) & 255] as string;
    const a3 = HEX2[(a >>> 8) & 255] as string;
    const a4 = HEX2[a & 255] as string;
    return (
      `${hex8(n)}-${tagHex(tag)}-4${a1}${a2.charAt(0)}-${VARIANT.charAt((a >>> 16) & 3)}${a3}${a4.charAt(0)}-` +
      `${a4.charAt(1)}${hex8(b)}${HEX2[c >>> 24] as string}${HEX1.charAt((c >>> 20) & 15)}`
    );
  }
}

const HEX1 = "0123456789abcdef";
const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const VARIANT = "89ab";
const TAG_HEX = new Map<number, string>();

/** An unsigned 32-bit number as 8 hex digits. */
function hex8(x: number): string {
  return `${HEX2[x >>> 24] as string}${HEX2[(x >>> 16) & 255] as string}${HEX2[(x >>> 8) & 255] as string}${HEX2[x & 255] as string}`;
}

/** A table tag as 4 hex digits (cached: a handful of tags). */
function tagHex(tag: number): string {
  let t = TAG_HEX.get(tag);
  if (t === undefined) {
    t = tag.toString(16).padStart(4, "0");
    TAG_HEX.set(tag, t);
  }
  return t;
}

const dayNumbers = new Map<string, number>();
const dayStrings = new Map<number, string>();

/** Days since 1970-01-01 of an ISO date (cached: the generator meets a few thousand distinct days). */
function dayNumber(date: string): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    dayNumbers.set(date, n);
  }
  return n;
}

/** The ISO date of a day number (cached). */
function dayString(n: number): string {
  let s = dayStrings.get(n);
  if (s === undefined) {
    s = new Date(n * 86_400_000).toISOString().slice(0, 10);
    dayStrings.set(n, s);
  }
  return s;
}

/** Adds days to an ISO date (UTC arithmetic, so no zone shifts). */
export function plusDays(date: string, days: number): string {
  return dayString(dayNumber(date) + days);
}

/** Whole days from a to b. */
export function daysFrom(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** A date uniformly between two dates, inclusive. */
export function dateBetween(rng: Rng, from: string, to: string): string {
  return plusDays(from, rng.int(0, Math.max(0, daysFrom(from, to))));
}

const OFFSET_HOURS: Record<string, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };

/** The UTC instant (ISO) of a local date and HH:MM in one of Indonesia's three zones. */
export function localInstant(date: string, time: string, zone: string): string {
  const offset = OFFSET_HOURS[zone];
  if (offset === undefined) throw new Error(`national seed: unknown zone ${zone}`);
  // Worked out on day numbers and minutes (no Date): the same text as Date's toISOString for HH:MM times.
  const h = Number(time.slice(0, 2));
  const m = Number(time.slice(3, 5));
  if (time.length !== 5 || !(h >= 0 && h < 24 && m >= 0 && m < 60))
    return new Date(Date.parse(`${date}T${time}:00Z`) - offset * 3_600_000).toISOString();
  let minutes = h * 60 + m - offset * 60;
  let day = dayNumber(date);
  if (minutes < 0) {
    minutes += 1440;
    day -= 1;
  }
  return `${dayString(day)}T${TWO[Math.floor(minutes / 60)] as string}:${TWO[minutes % 60] as string}:00.000Z`;
}
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));

/** A working-hours HH:MM. */
export function officeTime(rng: Rng): string {
  return `${String(rng.int(8, 15)).padStart(2, "0")}:${String(rng.pick([0, 15, 30, 45])).padStart(2, "0")}`;
}
