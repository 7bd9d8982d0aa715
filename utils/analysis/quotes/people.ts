/**
 * The people an article names, indexed in one pass over the text outside quotes:
 * mentions in order, the first full name for each surname, the first role the
 * story gives each person and the pronoun it uses for them.
 */
import { afterPlacePreposition, nameOf, nameRuns, type Name } from './names';
import { appositiveRole, genderOf, precedingRole, titleRole, type Gender } from './roles';
import { lowerBound } from '../sorted';
import { tokenize, type Token } from './tokens';
import { cueAt, TAKES_OBJECT } from './cues';
import { firstNameGender } from './first-names';
import { isAdverb } from './speakers';

/** Words allowed between a name and its speech verb: "Williams also said". */
const ADVERBS = new Set(['also', 'later', 'then', 'has', 'had', 'have', 'again', 'previously', 'once']);

/**
 * True when the name in tokens[first, end) is the subject ("Cook said") or object
 * ("said Cook") of a speech verb, joined to it by spaces only: in "Steve Clarke,
 * an official in NASA’s Science Mission Directorate, said" the directorate says nothing.
 */
function speaksAt(text: string, tokens: Token[], first: number, end: number): boolean {
  const spaced = (a: number, b: number): boolean =>
    !/[^\s]/.test(text.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? 0));
  let k = end;
  while ((ADVERBS.has(tokens[k]?.text ?? '') || isAdverb(tokens[k]?.text ?? '')) && k < end + 2) k++;
  if (spaced(end - 1, end) && cueAt(tokens, k)) return true;
  const before = first > 0 && spaced(first - 1, first) ? cueAt(tokens, first - 1) : null;
  return !!before && !TAKES_OBJECT.has(before.text.toLowerCase());
}

/**
 * "Pankaj Pandey, Head of Research at ICICI Securities, pointed out": a speech verb right
 * after the name's appositive role (`role`, read from text[end]) makes the name its subject.
 */
function speaksAfterRole(text: string, tokens: Token[], end: number, role: string): boolean {
  const roleEnd = text.indexOf(role, end) + role.length;
  const k = lowerBound(tokens, roleEnd, (t) => t.start);
  const next = tokens[k];
  if (!next || !/^,\s+$/.test(text.slice(roleEnd, next.start))) return false;
  let j = k;
  while ((ADVERBS.has(tokens[j]?.text ?? '') || isAdverb(tokens[j]?.text ?? '')) && j < k + 2) j++;
  const cue = cueAt(tokens, j);
  return !!cue && !/^(called|calls|calling|described|dubbed|branded|labeled|labelled)$/.test(cue.text);
}

/** "Big Machine, which was bought out": a name that takes "which" is a thing, never he or she. */
const WHICH_AFTER = /^,?\s+which\b/;

/** A person named at `pos`, by full name when the article gave one. */
export type Mention = { pos: number; name: string };

/** People named in the article. */
export type NameIndex = {
  mentions: Mention[];
  fullBySurname: Map<string, string>;
  /** Full name -> first role given ("US Ambassador to the UN"). */
  roles: Map<string, string>;
  /** Full name -> he or she, when a courtesy title (Mr, Mrs, Ms) or an unambiguous first name shows it. */
  genders: Map<string, Gender>;
  /** Mentions that are the subject or object of a speech verb ("Williams said", "said Cook"), in order. */
  speakers: Mention[];
  /** Names the story treats as things ("Big Machine, which…"): no he or she stands for them. */
  things: Set<string>;
};

/** "Photo: Jane Doe/AP", "John Smith/Reuters", "(Image: Getty / Kim Lee)": a picture credit names no one in the story. */
const CREDIT_BEFORE = /(?:photo(?:graph)?s?|image|picture|credit|foto|©)\s*(?:by)?\s*:?\s*$/i;
const CREDIT_AFTER = /^\s*[/|]/;

function inCredit(text: string, tokens: Token[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return false;
  return (
    CREDIT_AFTER.test(text.slice(last.end, last.end + 3)) ||
    CREDIT_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start)) ||
    /[/|]\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start))
  );
}

/** One pass over the text outside quotes, collecting person names. */
export function buildNameIndex(text: string, outside: { start: number; end: number }[]): NameIndex {
  const index: NameIndex = {
    mentions: [],
    fullBySurname: new Map(),
    roles: new Map(),
    genders: new Map(),
    speakers: [],
    things: new Set(),
  };
  const votes = new Map<string, number>();
  /** Lone words not yet known as surnames: "Omar asked…" before the story names Ilhan Omar in full. */
  const later: (Mention & { speaks: boolean })[] = [];
  for (const range of outside) {
    const tokens = tokenize(text, range.start, range.end);
    for (const run of nameRuns(text, tokens)) {
      const lastToken = run.tokens[run.tokens.length - 1];
      const end = lastToken?.end ?? range.start;
      // A lone word is a name here only as a known surname (nameOf gives it no person flag): most runs stop here.
      if (run.tokens.length === 1 && !index.fullBySurname.has(run.tokens[0]?.text ?? '')) {
        const word = run.tokens[0]?.text ?? '';
        if (WHICH_AFTER.test(text.slice(end, end + 8))) index.things.add(word);
        if (!afterPlacePreposition(tokens, run.first) && !inCredit(text, run.tokens))
          later.push({
            pos: run.tokens[0]?.start ?? end,
            name: word,
            speaks: !run.possessive && speaksAt(text, tokens, run.first, run.first + 1),
          });
        continue;
      }
      const words = run.tokens.map((t) => t.text);
      const name = nameOf(words);
      if (!name || afterPlacePreposition(tokens, run.first) || inCredit(text, run.tokens)) continue;
      if (!run.possessive && WHICH_AFTER.test(text.slice(end, end + 8))) index.things.add(name.text);
      const pos = run.tokens[0]?.start ?? range.start;
      let full: string | null = null;
      if (name.bare.length >= 2 && name.person) {
        full = name.bare.join(' ');
        const surname = name.bare[name.bare.length - 1] ?? '';
        // "Hawk Sawyer" after "Kathleen Hawk Sawyer": a double surname, not a new person.
        const known = index.fullBySurname.get(surname);
        if (known?.endsWith(` ${full}`)) full = known;
        if (!index.fullBySurname.has(surname)) index.fullBySurname.set(surname, full);
      } else if (name.bare.length === 1) {
        const known = index.fullBySurname.get(name.bare[0] ?? '');
        if (known || name.person) full = known ?? name.text;
      }
      if (!full) continue;
      index.mentions.push({ pos, name: full });
      const appositive = !run.possessive && text[end] === ',' ? appositiveRole(text, end) : null;
      if (
        !run.possessive &&
        (speaksAt(text, tokens, run.first, run.first + run.tokens.length) ||
          (appositive && speaksAfterRole(text, tokens, end, appositive)))
      )
        index.speakers.push({ pos, name: full });
      if (!index.roles.has(full) && !run.possessive) {
        const role = titleRole(words, name.bare) ?? precedingRole(text, tokens, run.first) ?? appositive;
        if (role) index.roles.set(full, role);
      }
      // Only courtesy titles: "Sanders said she…" is as often about Clinton as about Sanders, and even
      // "Name said he…" with no other name in the sentence moved as many pronouns wrong as right (PolNeAR train).
      let honorific: Gender | null = null;
      for (let w = 0; w < words.length && !honorific; w++) honorific = genderOf(words[w] ?? '');
      if (honorific) votes.set(full, (votes.get(full) ?? 0) + (honorific === 'm' ? 1 : -1));
    }
  }
  addLater(index, later);
  for (const [name, v] of votes) if (v !== 0) index.genders.set(name, v > 0 ? 'm' : 'f');
  // Else the first name, when nearly everyone who bears it is of one sex ("Teresa Nielsen Hayden").
  for (const { name } of index.mentions) {
    const words = name.split(' ');
    if (index.genders.has(name) || words.length < 2) continue;
    const gender = firstNameGender(words[0] ?? '');
    if (gender) index.genders.set(name, gender);
  }
  return index;
}

/** Lone surnames met before the story gave the full name, put in order among the mentions. */
function addLater(index: NameIndex, later: (Mention & { speaks: boolean })[]): void {
  let added = false;
  for (const { pos, name, speaks } of later) {
    const full = index.fullBySurname.get(name);
    if (!full || index.things.has(name)) continue;
    index.mentions.push({ pos, name: full });
    if (speaks) index.speakers.push({ pos, name: full });
    added = true;
  }
  if (!added) return;
  index.mentions.sort((a, b) => a.pos - b.pos);
  index.speakers.sort((a, b) => a.pos - b.pos);
}

/** The full name for a surname-only name when the article gave one. */
export function resolveName(name: Name, index: NameIndex): string {
  if (name.bare.length === 1) return index.fullBySurname.get(name.bare[0] ?? '') ?? name.text;
  return name.bare.join(' ');
}

/** Latest mention before `pos`; mentions are sorted by position. */
export function mentionIndexBefore(mentions: Mention[], pos: number): number {
  return lowerBound(mentions, pos, (m) => m.pos) - 1;
}

/** A person fits a gendered pronoun unless the article shows the other gender; no gender fits anyone. */
export function fitsGender(gender: Gender | null, name: string, index: NameIndex): boolean {
  const known = index.genders.get(name);
  return gender === null || (!index.things.has(name) && (known === undefined || known === gender));
}

/** How many earlier mentions a pronoun may skip looking for a person of its gender. */
export const PRONOUN_LOOKBACK = 40;
/** How far back (characters) a pronoun looks for its person when no one has spoken yet. */
const PRONOUN_REACH = 600;

/** The word resolvePronoun takes for a description that stands for a person of either gender. */
export const PERSON = 'person';

/** A pronoun's person, or none with the people it could mean. */
export type PronounReading = { name: string | null; candidates: string[] };

/**
 * he/she: the latest person who spoke (a quote's speaker, or the subject of a
 * speech verb) when no other person of that gender was named since; when
 * someone was, the reading is unclear and both are candidates. With no speaker
 * yet, the one person named shortly before, if only one fits. `listener` (the
 * person told) is never the pronoun's person.
 */
export function resolvePronoun(
  word: string,
  index: NameIndex,
  pos: number,
  lastSpeaker: Mention | null,
  listener: string | null = null,
  lead: string | null = null,
): PronounReading {
  // PERSON ("the 56-year-old") stands for someone of either gender.
  const gender = word === PERSON ? null : genderOf(word);
  if (!gender && word !== PERSON) return { name: null, candidates: [] };
  const fits = (name: string): boolean =>
    name !== listener && !index.things.has(name) && fitsGender(gender, name, index);
  // "Wild defenseman Ryan Suter … could see the frustration. “…,” he said.": the last sentence's subject.
  if (lead && fits(lead)) return { name: lead, candidates: [] };
  let spoke = lastSpeaker && lastSpeaker.pos < pos && fits(lastSpeaker.name) ? lastSpeaker : null;
  const latest = lowerBound(index.speakers, pos, (m) => m.pos) - 1;
  for (let k = latest; k >= 0 && k > latest - PRONOUN_LOOKBACK; k--) {
    const m = index.speakers[k];
    if (!m || (spoke && m.pos <= spoke.pos)) break;
    if (fits(m.name)) {
      spoke = m;
      break;
    }
  }
  const others = new Set<string>();
  const from = mentionIndexBefore(index.mentions, pos);
  const floor = spoke ? spoke.pos : pos - PRONOUN_REACH;
  for (let k = from; k >= 0 && k > from - PRONOUN_LOOKBACK; k--) {
    const m = index.mentions[k];
    if (!m || m.pos <= floor) break;
    if (fits(m.name) && m.name !== spoke?.name) others.add(m.name);
  }
  if (spoke)
    return others.size
      ? { name: null, candidates: [spoke.name, ...others].slice(0, 3) }
      : { name: spoke.name, candidates: [] };
  // With no one who spoke, the one person named stands for "she" only if the name is a person's for sure.
  const only = others.size === 1 ? ([...others][0] ?? null) : null;
  return only && (index.genders.has(only) || !gender)
    ? { name: only, candidates: [] }
    : { name: null, candidates: [...others].slice(0, 3) };
}

/** Characters a sentence's subject may stand from its start ("Wild defenseman Ryan Suter"). */
const LEAD_REACH = 40;
/** A pronoun, a past verb or a preposition that makes a name its object ("the face of Ryan Suter"). */
const NOT_LEAD = /\b(?:he|she|they|it|i|we|you|of|by|to|with|for|from|against|about|\p{L}+ed)\b/iu;

/**
 * The person who opens the sentence text[from, to): the first person named
 * within its first words, with no comma before them ("The plan, drafted by
 * Jones," opens with no person).
 */
export function sentenceLead(text: string, index: NameIndex, from: number, to: number): string | null {
  const k = lowerBound(index.mentions, from, (m) => m.pos);
  const m = index.mentions[k];
  if (!m || m.pos >= to || m.pos - from > LEAD_REACH) return null;
  // "He urged Mr. Trump": a pronoun or a verb before the name makes it an object.
  const before = text.slice(from, m.pos);
  return /[,;:(]/.test(before) || NOT_LEAD.test(before) ? null : m.name;
}
