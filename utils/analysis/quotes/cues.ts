/** Speech verbs and phrases that attribute a quote ("said", "told", "according to"...). */
import type { Token } from './tokens';

const STEMS = (
  'say says said saying tell tells told telling add adds added adding write writes wrote writing written ' +
  'tweet tweets tweeted tweeting state states stated stating explain explains explained explaining note notes ' +
  'noted noting ask asks asked asking reply replies replied replying respond responds responded responding ' +
  'continue continues continued continuing argue argues argued arguing insist insists insisted insisting ' +
  'claim claims claimed claiming warn warns warned warning declare declares declared declaring announce ' +
  'announces announced announcing acknowledge acknowledged acknowledges admit admits admitted admitting recall ' +
  'recalls recalled recalling remark remarks remarked observe observes observed suggest suggests suggested ' +
  'suggesting post posts posted posting quip quips quipped joke jokes joked boast boasts boasted complain ' +
  'complains complained complaining predict predicts predicted conceded concedes concede countered counters ' +
  'testified testifies testify shouted shouts yelled exclaimed report reports reported reporting call calls ' +
  'called calling describe describes described describing urge urges urged urging promise promises promised ' +
  'vowed vows vow pledged pledges agreed agrees concluded concludes confirmed confirms denied denies ' +
  'emphasized emphasised stressed stresses reiterated maintained maintains contended asserted asserts alleged ' +
  'alleges mused sighed laughed whispered recounted reflected opined blasted slammed texted emailed reads read ' +
  'wrote chanted sang tells labeled labelled dubbed branded cried pleaded begged demanded demands proclaimed ' +
  'proclaims thundered quoted cautioned charged charges lamented praised lauded criticized criticised accused ' +
  'yelling yells shouting screaming screamed interjecting interjected interrupted mocked mocking quipping joking ' +
  'boasting bragged bragging insisting arguing admitting recalling noting explaining warning vowing promising ' +
  'pleading chanting chanted testifying declaring announcing answered answering retorted scoffed sneered'
).split(' ');

const CUE_WORDS = new Set(STEMS);

/** Verbs whose following name is the listener, not the speaker: "told CBS". */
export const TAKES_OBJECT = new Set(
  'told tells telling asked asks asking urged urges called calls calling warned warns described dubbed branded labeled labelled accused praised lauded criticized criticised slammed blasted'.split(
    ' ',
  ),
);

/** Verb forms that are just as often plural nouns. */
const AMBIGUOUS = new Set(
  'tweets posts reports calls claims notes remarks demands charges promises vows pledges states warns reads state call report post claim note remark demand charge promise vow pledge tweet quote'.split(
    ' ',
  ),
);

/** Words that introduce a noun phrase. */
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'that',
  'these',
  'those',
  'my',
  'your',
  'one',
  'another',
  'some',
  'several',
  'many',
]);

/** A cue found in a window of tokens: index of its first token and the phrase as written. */
export type Cue = { index: number; last: number; text: string };

/** The cue starting at token `k`, if any. "read" counts only after a determiner-led subject, so skip it bare. */
export function cueAt(tokens: Token[], k: number): Cue | null {
  const t = tokens[k];
  if (!t) return null;
  const w = t.text.toLowerCase();
  if (w === 'according' && tokens[k + 1]?.text.toLowerCase() === 'to') {
    return { index: k, last: k + 1, text: `${t.text} to` };
  }
  // "he pointed out": the particle makes the verb one of speech.
  if (/^(pointed|points|pointing)$/.test(t.text) && tokens[k + 1]?.text === 'out') {
    return { index: k, last: k + 1, text: `${t.text} out` };
  }
  // "Said Ellis:" opens a sentence; elsewhere a capitalised cue word is a name.
  if (!CUE_WORDS.has(w) || w === 'read' || (t.text !== w && k > 0)) return null;
  // "the report", "his remarks", "a warning": nouns, not verbs.
  const before = tokens[k - 1]?.text ?? '';
  if (DETERMINERS.has(before.toLowerCase())) return null;
  // "late-night tweets", "the claims": a bare -s form speaks only right after its subject.
  if (
    AMBIGUOUS.has(w) &&
    (!/^\p{Lu}/u.test(before) || /[’']s$/.test(before)) &&
    !/^(he|she|it|who|also|later|then|now)$/.test(before)
  )
    return null;
  return { index: k, last: k, text: t.text };
}

/** First cue among tokens[from, to). */
export function firstCue(tokens: Token[], from: number, to: number): Cue | null {
  for (let k = from; k < Math.min(to, tokens.length); k++) {
    const cue = cueAt(tokens, k);
    if (cue) return cue;
  }
  return null;
}

/** Last cue among tokens[0, to). */
export function lastCue(tokens: Token[], to: number): Cue | null {
  for (let k = Math.min(to, tokens.length) - 1; k >= 0; k--) {
    const cue = cueAt(tokens, k);
    if (cue) return cue;
  }
  return null;
}

/** True for a speech verb word. */
export function isCueWord(word: string): boolean {
  return CUE_WORDS.has(word.toLowerCase());
}
