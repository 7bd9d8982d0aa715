/**
 * Attributions without a known speech verb, tried only when the cue list found
 * no speaker: a name and a past-tense verb after the quote ("…,” Toomey fumed),
 * a dash signature ("- Bernie Sanders." in the next paragraph). Token windows only.
 */
import { isNameWord, isPronoun, nameOf, nameRuns } from './names';
import type { RawSpeaker } from './speakers';
import { tokenize } from './tokens';

/** How many tokens after a quote the name-and-verb pattern may use. */
const AFTER_TOKENS = 8;

const PAST = /^\p{Ll}{2,}ed$/u;

/**
 * `“…,” Toomey fumed`, `“…,” he fumed`, `“…,” remembered Roy Verley`: a quote promising
 * its attribution (ending in a comma, ? or !), then a name beside a past-tense verb.
 */
export function nameBesideVerb(text: string, content: string, close: number, end: number): RawSpeaker | null {
  if (!/[,!?—–-]\s*$/.test(content)) return null;
  const tokens = tokenize(text, close, Math.min(end, close + 120));
  const first = tokens[0];
  if (!first || /\S/.test(text.slice(close, first.start).replace(/^[”"’']+/, ''))) return null;
  if (isPronoun(first.text) && /^(he|she)$/i.test(first.text) && PAST.test(tokens[1]?.text ?? ''))
    return { kind: 'pronoun', word: first.text };
  const verbFirst = PAST.test(first.text);
  const from = verbFirst ? 1 : 0;
  const run = nameRuns(text, tokens.slice(from, AFTER_TOKENS))[0];
  if (!run || run.first !== 0 || run.possessive) return null;
  const after = tokens[from + run.tokens.length];
  if (!verbFirst && !PAST.test(after?.text ?? '')) return null;
  const name = nameOf(run.tokens.map((t) => t.text));
  return name ? { kind: 'name', name } : null;
}

/** `- Bernie Sanders.` or `—President Obama, tweeting…`: a dash, then a name ending at a comma or full stop. */
export function dashSignature(text: string, from: number, to: number): RawSpeaker | null {
  const slice = text.slice(from, Math.min(to, from + 120));
  const dash = /^\s*[―—–-]\s*/.exec(slice);
  if (!dash) return null;
  const tokens = tokenize(text, from + dash[0].length, from + slice.length);
  const run = nameRuns(text, tokens)[0];
  if (!run || run.first !== 0 || run.possessive || !isNameWord(run.tokens[0]?.text ?? '')) return null;
  const end = run.tokens[run.tokens.length - 1]?.end ?? 0;
  if (!/^\s*([,.]|$)/.test(text.slice(end, end + 2))) return null;
  const name = nameOf(run.tokens.map((t) => t.text));
  return name ? { kind: 'name', name } : null;
}
