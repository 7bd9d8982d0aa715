/**
 * The picture agencies a credit line names, each under one canonical name so
 * the desk can count and filter them: "PA", "PA Wire", "Press Association" and
 * "PA Media" are all "PA Media" (the agency's name since 2020); "AP Photo" and
 * "The Associated Press" are "AP"; "Agence France-Presse" is "AFP"; "Getty" is
 * "Getty Images"; "EPA-EFE" is both "EPA" and "EFE"; "AFP via Getty Images" is
 * both "AFP" and "Getty Images". The credit itself is always kept as written.
 */

type Agency = { name: string; pattern: RegExp; acronym?: RegExp };

// Short capitalised acronyms must match as written ("PA", not "pa" in Spanish text); longer names ignore case.
const AGENCIES: Agency[] = [
  {
    name: 'PA Media',
    acronym: /(?<![\p{L}-])PA(?![\p{L}-])/u,
    pattern: /\bpress\s+association\b|\bpa\s+(?:media|wire|images)\b/i,
  },
  { name: 'AP', acronym: /(?<![\p{L}-])AP(?![\p{L}-])/u, pattern: /\bassociated\s+press\b/i },
  { name: 'AFP', acronym: /\bAFP\b/, pattern: /\bagence\s+france[\s-]presse\b|法新社/i },
  { name: 'Reuters', pattern: /\breuters\b|로이터|ロイター|路透社/i },
  { name: 'Getty Images', pattern: /\bgetty(?:\s*images)?\b/i },
  { name: 'EPA', acronym: /\bEPA\b/, pattern: /\beuropean\s+press(?:photo)?\s+agency\b/i },
  { name: 'EFE', acronym: /\bEFE\b/, pattern: /\bagencia\s+efe\b/i },
  { name: 'Shutterstock', pattern: /\bshutterstock\b/i },
  { name: 'Alamy', pattern: /\balamy\b/i },
  { name: 'Bloomberg', pattern: /\bbloomberg\b/i },
  { name: 'Xinhua', pattern: /\bxinhua\b|新华社|新華社/i },
  { name: 'ANSA', pattern: /\bANSA\b/ },
  { name: 'dpa', pattern: /\bdpa\b/i },
  { name: 'Anadolu Agency', pattern: /\banadolu\b/i },
  { name: 'Sipa', pattern: /\bsipa(?:\s+press|\s+usa)?\b/i },
  { name: 'Rex Features', pattern: /\brex(?:\s+features)?\b(?!\s+\p{Ll})/iu },
  { name: 'ZUMA Press', pattern: /\bzuma(?:\s+(?:press|wire))?\b/i },
  { name: 'Imago', pattern: /\bimago\b/i },
  { name: 'Keystone', pattern: /\bkeystone\b/i },
  { name: 'TASS', pattern: /\bTASS\b/ },
  // Japanese credits name Kyodo "共同" alone ("写真＝共同"); in other words it means "joint".
  { name: 'Kyodo', pattern: /\bkyodo\b|共同通信|^共同$/i },
  { name: 'Yonhap', pattern: /\byonhap\b|연합뉴스|聯合ニュース|韩联社|韓聯社/i },
  { name: 'AAP', pattern: /\bAAP\b/ },
  { name: 'The Canadian Press', pattern: /\bcanadian\s+press\b/i },
  { name: 'NurPhoto', pattern: /\bnurphoto\b/i },
  { name: 'SOPA Images', pattern: /\bsopa\s+images\b/i },
  { name: 'SWNS', pattern: /\bSWNS\b/i },
  { name: 'iStock', pattern: /\bistock(?:photo)?\b/i },
  { name: 'Corbis', pattern: /\bcorbis\b/i },
  { name: 'USA TODAY Sports', pattern: /\busa\s+today\s+sports\b/i },
  { name: 'Invision', pattern: /\binvision\b/i },
  { name: 'UPI', pattern: /\bUPI\b/ },
  { name: 'Sputnik', pattern: /\bsputnik\b/i },
  { name: 'PTI', pattern: /\bPTI\b/ },
];

function firstAt(credit: string, agency: Agency): number {
  const at = [agency.acronym, agency.pattern].map((re) => (re ? credit.search(re) : -1)).filter((n) => n >= 0);
  return at.length ? Math.min(...at) : -1;
}

/** Canonical names of the agencies `credit` names, in the order it names them; [] for none. */
export function agenciesIn(credit: string | null): string[] {
  if (!credit) return [];
  return AGENCIES.map((a) => ({ name: a.name, at: firstAt(credit, a) }))
    .filter((a) => a.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((a) => a.name);
}
