/** A seeded pseudo-random generator (mulberry32): same seed, same sequence. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  /** `n` random decimal digits. */
  digits(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
}

/** Mix integers into a 32-bit seed. */
export function mix(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** The remainder modulo 97 of `body` followed by `00`. */
function remainder00(body: string): number {
  let r = 0;
  for (let i = 0; i < body.length; i++) r = (r * 10 + (body.charCodeAt(i) - 48)) % 97;
  return (r * 100) % 97;
}

/** The two check digits that make `body` followed by them a multiple of 97 (ICE). */
export function mod97Key(body: string): string {
  return String((97 - remainder00(body)) % 97).padStart(2, "0");
}

/** The key of a RIB as a bank computes it: 97 minus the remainder, from 01 to 97 (never 00). */
export function ribKey(body: string): string {
  return String(97 - remainder00(body)).padStart(2, "0");
}
