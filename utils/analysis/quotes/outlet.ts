/**
 * The channel of a second-hand quote: "told Reuters", "Reuters reported",
 * "in a tweet", "in an interview with CNN". Read from the attribution words
 * around the quote only, never from the quoted words.
 */

/** Media names that are not obviously media from their shape. */
const KNOWN_MEDIA = new Set(
  (
    'reuters ap afp bloomberg politico axios breitbart buzzfeed vox slate salon huffpost cnn bbc npr pbs msnbc ' +
    'cnbc nbc abc cbs fox upi itv sky al jazeera xinhua tass interfax yonhap kyodo dpa ansa efe bild spiegel ' +
    'guardian telegraph independent economist politico newsmax'
  ).split(' '),
);

/** Last words that make a capitalised phrase a newspaper, broadcaster or agency. */
const MEDIA_HEAD =
  /\b(News|Times|Post|Journal|Magazine|Radio|TV|Television|Herald|Tribune|Guardian|Telegraph|Gazette|Press|Agency|Network|Daily|Weekly|Observer|Chronicle|Register|Sun|Star|Mail|Express|Monitor|Bulletin|Wire|Report|Review|Insider|Beast|Hill|Examiner|Inquirer|Today|Channel|Broadcasting)$/;

const SOCIAL: [RegExp, string][] = [
  [/\b(in an? |on |his |her |their |a )?(tweets?|tweeted|tweeting|on Twitter|Twitter post|X post)\b/i, 'Twitter'],
  [/\b(on|in an?|in his|in her) (Facebook|Instagram|TikTok|YouTube|Truth Social|Telegram|LinkedIn)\b/, '$2'],
  [/\bin an? (written |joint |emailed |brief )?statement\b/i, 'a statement'],
  [/\bin an? (press|news) release\b/i, 'a press release'],
];

const CAP_PHRASE = "(?:[Tt]he )?((?:[A-Z][\\w&’'.-]*)(?: (?:of |de |)[A-Z][\\w&’'.-]*){0,4})";
const TOLD = new RegExp(
  `\\b(?:told|telling|tells|interview with|speaking to|spoke to|said on|appearing on|quoted by|according to|wrote in|writing in|said in) ${CAP_PHRASE}`,
  'g',
);
const REPORTED = new RegExp(`${CAP_PHRASE} (?:reported|reports|reporting|quoted|cited|first reported)\\b`, 'g');

/** True for a capitalised phrase that names a news outlet. */
export function isMedia(phrase: string): boolean {
  const words = phrase.replace(/[’']s$/, '').split(' ');
  const first = (words[0] ?? '').toLowerCase();
  const last = words[words.length - 1] ?? '';
  return (
    KNOWN_MEDIA.has(first) ||
    MEDIA_HEAD.test(last) ||
    (words.length === 1 &&
      /^(?:[A-Z]{2,5}|[A-Z]{2,4}\d?)$/.test(last) &&
      !/^(US|UK|UN|EU|GOP|FBI|CIA|NSA|DHS|USA)$/.test(last))
  );
}

/** The outlet named in attribution words, if any. */
export function outletIn(words: string): string | null {
  for (const m of words.matchAll(TOLD)) {
    const name = m[1]?.replace(/[’']s$/, '').replace(/\.$/, '');
    if (name && isMedia(name)) return name;
  }
  // The capitalised-phrase pattern tries every capital letter: run it only when its verb is there.
  const reported = /\b(reported|reports|reporting|quoted|cited)\b/.test(words);
  for (const m of reported ? words.matchAll(REPORTED) : []) {
    const name = m[1]?.replace(/[’']s$/, '');
    if (name && isMedia(name)) return name.replace(/^The /, '');
  }
  for (const [re, label] of SOCIAL) {
    const m = re.exec(words);
    if (m) return label.startsWith('$') ? (m[2] ?? null) : label;
  }
  return null;
}
