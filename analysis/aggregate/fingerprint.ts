// Fingerprint of a signed set of contributions: equal sets agree, different ones almost never do.
import type { SignedSet } from "./classes.ts";

/** MurmurHash3's 32-bit finaliser: a bijective mix in which every input bit affects every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * A fingerprint of a signed set: its size and two sums, modulo 2^32, of the members' signed hashes (two
 * different mixes of the index). Equal sets always agree; a collision of different sets only makes them share
 * a fate, and every row is still checked on its own.
 */
export function fingerprint(set: SignedSet): string {
  let a = 0;
  let b = 0;
  for (let i = 0; i < set.members.length; i++) {
    const m = set.members[i];
    const sign = set.signs[i];
    a = (a + sign * mix(m + 0x9e3779b9)) | 0;
    b = (b + sign * mix(Math.imul(m, 0x27d4eb2f) ^ 0x165667b1)) | 0;
  }
  return `${set.members.length}:${a}:${b}`;
}
