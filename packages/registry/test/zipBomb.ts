/**
 * A zip bomb for the tests: a worksheet entry whose DEFLATE data (written here bit by bit, RFC 1951 fixed
 * Huffman codes: one space, then matches of 258 bytes at distance 1) expands about 160 times, to `size` bytes of
 * spaces, put before the other parts of a workbook. Building it takes milliseconds, not the seconds that
 * compressing a gigabyte would.
 */
import { strToU8, zipSync } from "fflate";

class Bits {
  private readonly out: number[] = [];
  private acc = 0;
  private n = 0;

  /** Write `count` bits of `value`, least significant first (header fields, extra bits). */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.push((value >>> i) & 1);
  }

  /** Write a Huffman code of `length` bits, most significant first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.push((value >>> i) & 1);
  }

  private push(bit: number): void {
    this.acc |= bit << this.n;
    this.n++;
    if (this.n === 8) this.flush();
  }

  flush(): void {
    if (this.n === 0) return;
    this.out.push(this.acc);
    this.acc = 0;
    this.n = 0;
  }

  bytes(): Uint8Array {
    this.flush();
    return Uint8Array.from(this.out);
  }
}

/** One non-final block: a space and `matches` copies of 258 bytes, then an empty stored block that byte-aligns it. */
function block(matches: number): Uint8Array {
  const b = new Bits();
  b.bits(0, 1);
  b.bits(1, 2);
  b.code(0x30 + 0x20, 8); // literal " "
  for (let i = 0; i < matches; i++) {
    b.code(0xc5, 8); // length 258 (symbol 285)
    b.code(0, 5); // distance 1
  }
  b.code(0, 7); // end of block
  b.bits(0, 1);
  b.bits(0, 2); // a stored block…
  b.flush(); // …starts on a byte
  const head = b.bytes();
  const out = new Uint8Array(head.length + 4);
  out.set(head);
  out.set([0, 0, 0xff, 0xff], head.length); // LEN 0, NLEN
  return out;
}

/** A raw DEFLATE stream of about `size` spaces. */
export function deflatedSpaces(size: number): { data: Uint8Array; size: number } {
  const matches = 100_000;
  const one = block(matches);
  const per = 1 + 258 * matches;
  const count = Math.ceil(size / per);
  const last = new Bits();
  last.bits(1, 1);
  last.bits(1, 2);
  last.code(0, 7);
  const end = last.bytes();
  const data = new Uint8Array(one.length * count + end.length);
  for (let i = 0; i < count; i++) data.set(one, i * one.length);
  data.set(end, one.length * count);
  return { data, size: per * count };
}

/** A zip local entry, deflated, with the given data (no central directory). */
function localEntry(name: string, data: Uint8Array, size: number): Uint8Array {
  const nameBytes = strToU8(name);
  const out = new Uint8Array(30 + nameBytes.length + data.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(8, 8, true); // deflate
  v.setUint32(18, data.length, true);
  v.setUint32(22, size >>> 0, true);
  v.setUint16(26, nameBytes.length, true);
  out.set(nameBytes, 30);
  out.set(data, 30 + nameBytes.length);
  return out;
}

/** A workbook whose sheet `sheetPart` expands to about `size` bytes, before the rest of its parts. */
export function bombWorkbook(parts: readonly [string, string][], sheetPart: string, size: number): Uint8Array {
  const bomb = deflatedSpaces(size);
  const first = localEntry(sheetPart, bomb.data, bomb.size);
  const files: Record<string, Uint8Array> = {};
  for (const [name, xml] of parts) if (name !== sheetPart) files[name] = strToU8(xml);
  const rest = zipSync(files);
  const all = new Uint8Array(first.length + rest.length);
  all.set(first);
  all.set(rest, first.length);
  return all;
}
