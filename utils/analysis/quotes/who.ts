/**
 * From an attribution to the speaker shown: full names for surnames, the person
 * a description or pronoun stands for, and honesty when the evidence is weak
 * (no speaker) or split (no speaker, with the candidates the editor picks from).
 */
import { lastNamedAlone, resolveDescription } from './descriptions';
import { PERSON, resolveName, resolvePronoun, type Mention, type NameIndex } from './people';
import { DOCUMENT, type Attribution } from './speakers';

/** Speaker name plus the role the story gives them; `candidates` when the speaker is unclear. */
export type Who = { speaker: string | null; role: string | null; candidates: string[] };

/** "the 56-year-old": a person the story named before. */
const AGE = /^(?:the|a)\s+\d{1,3}-year-old$/i;

export const NO_ONE: Who = { speaker: null, role: null, candidates: [] };

/** A role the speaker's name already says ("President Trump", role "President") adds nothing. */
function withRole(speaker: string, role: string | null): Who {
  const redundant = role !== null && speaker.toLowerCase().includes(role.toLowerCase());
  return { speaker, role: redundant ? null : role, candidates: [] };
}

/** The name stands for a person: a full name, a title and surname, or a surname the article gave in full. */
function isPerson(att: Attribution, index: NameIndex): boolean {
  const raw = att.speaker;
  return raw?.kind === 'name' && (raw.name.person || index.fullBySurname.has(raw.name.bare[0] ?? ''));
}

/**
 * "the senator" after "Sen. Ted Cruz" is the person, with the description kept as
 * the role; "the ministry" is its own speaker. A sentence subject with no speech
 * verb (`weak`) speaks only when it names a person.
 */
export function resolveWho(
  att: Attribution | null,
  index: NameIndex,
  pos: number,
  lastSpeaker: Mention | null,
  /**
   * `documents`: claims may rest on a document ("A poll shows that…"); quoted words never do.
   * `lead`: the person opening the sentence before, whom a he or she most likely means.
   * `text`: the article text, for "the 56-year-old" to find the last person named.
   */
  {
    documents = false,
    lead = null,
    text = null,
  }: { documents?: boolean; lead?: string | null; text?: string | null } = {},
): Who {
  const raw = att?.speaker;
  if (!att || !raw || (att.weak && !isPerson(att, index))) return NO_ONE;
  if (raw.kind === 'name') {
    const speaker = resolveName(raw.name, index);
    return withRole(speaker, index.roles.get(speaker) ?? null);
  }
  // "a 2018 survey", "the letter": a document is not who spoke quoted words; who wrote it is for the editor to find.
  if (raw.kind === 'description' && !documents && DOCUMENT.test(raw.text)) return NO_ONE;
  // "The 56-year-old said": someone the story named, found as a pronoun is.
  if (raw.kind === 'description' && AGE.test(raw.text)) {
    const reading = resolvePronoun(PERSON, index, pos, lastSpeaker, null, lead);
    const alone = reading.name ? null : text && lastNamedAlone(text, index, pos);
    if (alone) return withRole(alone, index.roles.get(alone) ?? null);
    return reading.name
      ? withRole(reading.name, index.roles.get(reading.name) ?? null)
      : { ...NO_ONE, candidates: reading.candidates };
  }
  if (raw.kind === 'description') {
    const person = resolveDescription(raw.text, index, pos);
    return person ? withRole(person, index.roles.get(person) ?? raw.text) : withRole(raw.text, null);
  }
  const listener = att.listener ? resolveName(att.listener, index) : null;
  const reading = resolvePronoun(raw.word, index, pos, lastSpeaker, listener, lead);
  if (!reading.name) return { ...NO_ONE, candidates: reading.candidates };
  return withRole(reading.name, index.roles.get(reading.name) ?? null);
}
