/**
 * A package credit: one line near the top of a photo essay credits all of its
 * pictures ("Photographs by Jane Doe", "Eleanor Roy (reporting) and Adrian Malloch
 * (photography)"). Plural words only: "Photo by" credits one picture, not the set.
 */

const NAME = String.raw`[\p{Lu}][\p{L}\p{M}.'’-]+(?:\s+(?:[\p{Lu}][\p{L}\p{M}.'’-]+|van|von|de|da|del|der|la|le)){1,4}`;
// Case written out, not an "i" flag: under "i", \p{Lu} matches lower-case letters too and prose reads as a name.
const LABELLED = new RegExp(
  String.raw`\b(?:[Pp]hoto(?:graph)?s|PHOTO(?:GRAPH)?S|[Pp]hotography|PHOTOGRAPHY|[Pp]ictures|PICTURES)\s*(?:by\b|BY\b|:)\s*(${NAME})`,
  'u',
);
const BRACKETED = new RegExp(String.raw`(${NAME})\s*\((?:photography|photographs|photos|pictures)\)`, 'u');
// The package line sits in the standfirst or byline, near the top.
const SEARCH = 3000;

export type PackageCredit = { credit: string; line: string };

/** The package credit stated in `texts` (the article's opening, the headline's block); null when none. */
export function packageCredit(texts: string[]): PackageCredit | null {
  for (const raw of texts) {
    const text = raw.slice(0, SEARCH);
    const m = BRACKETED.exec(text) ?? LABELLED.exec(text);
    const credit = m?.[1]?.trim();
    if (m && credit) return { credit, line: m[0] };
  }
  return null;
}
