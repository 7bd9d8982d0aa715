/**
 * Words that mark a credit line, and the picture agencies that credit lines
 * name, so a bare "Benoit Tessier/Reuters" or "(AP)" can be told from caption text.
 */

/** Labels written before a credit holder: "Photo:", "Picture by", "Credit", "Foto:"... */
export const CREDIT_LABEL = String.raw`(?:photo\s*credit|image\s*credit|picture\s*credit|photo\s*illustration|photo(?:graph)?s?|pictures?|pics?|images?|credits?|illustrations?|graphics?|fotos?|fotografía|bild(?:er)?|crédits?(?:\s*photo)?|cr[eé]ditos?|quelle|beeld|source)`;

/** A label at the start of `text`, with its colon or "by": "Photo by ", "Credit: ", "© ". */
export const LEADING_LABEL = new RegExp(
  String.raw`^(?:(?:staff|file|contributed|submitted)\s+)?(?:${CREDIT_LABEL}\b\s*(?:[:：]|by\b|-|–|—|\.{2,3}|…)?|file\s*[:：]|©|\(c\)|copyright(?:\s+©)?)\s*(?:\d{4}\b\s*)?`,
  'i',
);

const AGENCIES = [
  'PA',
  'PA Wire',
  'PA Images',
  'PA Media',
  'Press Association',
  'AFP',
  'AP',
  'AP Photo',
  'Associated Press',
  'Reuters',
  'Getty',
  'Getty Images',
  'EPA',
  'EPA-EFE',
  'EFE',
  'Shutterstock',
  'Alamy',
  'Alamy Stock Photo',
  'Bloomberg',
  'Xinhua',
  'ANSA',
  'dpa',
  'Anadolu',
  'Anadolu Agency',
  'Sipa',
  'Rex',
  'Rex Features',
  'Corbis',
  'iStock',
  'iStockphoto',
  'Unsplash',
  'NASA',
  'ESA',
  'Wikimedia Commons',
  'SWNS',
  'Zuma',
  'ZUMA Press',
  'Imago',
  'Keystone',
  'TASS',
  'Kyodo',
  'Yonhap',
  'AAP',
  'Canadian Press',
  'Pool',
  'Handout',
  'Flickr',
  'NurPhoto',
  'SOPA Images',
  'LightRocket',
  // Platforms a picture was taken from: a caption that is only "Facebook" names its source.
  'Facebook',
  'Twitter',
  'Instagram',
  'YouTube',
  // Sports, entertainment and national agencies, and stock libraries, as credit lines name them.
  'USA TODAY Sports',
  'USA Today Network',
  'Invision',
  'WireImage',
  'FilmMagic',
  'Sportsfile',
  'Action Images',
  'Icon Sportswire',
  'UPI',
  'TNS',
  'Tribune News Service',
  'Polaris',
  'Redux',
  'Magnum Photos',
  'Sputnik',
  'RIA Novosti',
  'Abaca',
  'Splash News',
  'Backgrid',
  'Mirrorpix',
  'Camera Press',
  'PTI',
  'IANS',
  'Pacific Press',
  'Gamma-Rapho',
  'VCG',
  'Visual China Group',
  'Adobe Stock',
  'Dreamstime',
  'Depositphotos',
  'Pexels',
  'Pixabay',
  'Stocksy',
  'Supplied',
];

const AGENCY_WORDS = AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/** `text` is or ends with an agency name: "Reuters", "AFP via Getty Images", "Jane Doe/AP". */
export const ENDS_WITH_AGENCY = new RegExp(String.raw`(?:^|[\s/(|,-])(?:${AGENCY_WORDS})\)?$`);
// Credits set in capitals: "ITV, ASSOCIATED PRESS", "GETTY".
const ENDS_WITH_AGENCY_CAPS = new RegExp(
  String.raw`(?:^|[\s/(|,-])(?:${AGENCY_WORDS.toUpperCase().replace(/\\S/g, '\\s')})\)?$`,
);

/** "Jane Doe/Reuters", "AP Photo/Evan Vucci", "Omar Haj Kadour/AFP/Getty Images". */
export const SLASH_CREDIT = /^[\p{Lu}][\p{L}\p{M}.'’ -]{0,60}(?:\s?\/\s?[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’& -]{0,60})+$/u;

/** "Chang W. Lee for The New York Times", "RenderBurger for Quanta Magazine", "Jane Doe via Getty Images". */
export const FOR_VIA_CREDIT =
  /^[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s[\p{Lu}][\p{L}\p{M}.'’-]*){0,3}\s(?:via\s[\p{Lu}][\p{L}\p{M}.'’& -]{1,60}|(?:for|para|pour|für|per)\s(?:(?:The|El|Le|La|Die|Der)\s[\p{Lu}][\p{L}\p{M}.'’& -]{1,60}|[\p{Lu}][\p{L}\p{M}.'’& -]{0,40}\s(?:Times|Magazine|Post|Journal|News|Guardian|Telegraph|Herald|Tribune|Globe|Observer|Review|Wire|Press|Media)))$/u;

/** Two to four capitalised words and nothing else: a photographer's name. */
export const NAME_ONLY = /^[\p{Lu}][\p{L}\p{M}'’-]+(?:\s(?:[\p{Lu}]\.|[\p{Lu}][\p{L}\p{M}'’-]+)){1,3}$/u;

// Lower-case words a credit may hold; any other lower-case word means running caption text.
const SMALL_WORDS = new Set([
  'via',
  'for',
  'and',
  'of',
  'the',
  'de',
  'del',
  'da',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
  'dpa',
  // "Leonhard Foeger / Reuters file": an archive picture.
  'file',
]);

// A photographer's lower-case handle before an agency or outlet: "evgenyb/iStock", "jdoe/Flickr".
const HANDLE = /^[\p{Ll}\p{N}._-]+\/(?:[\p{Lu}\p{N}]|i[A-Z])/u;
const COURTESY =
  /^(?:(?:photos?|images?|pictures?)\s+)?courtesy\b\s*(?:of\b)?\s*\S[^.!?]{0,70}$|^(?:submitted|contributed|courtesy|supplied)(?:\s+(?:photos?|images?|pictures?))?$/i;

/** Looks like a credit holder (words with a slash may be handles: "evgenyb/iStock") on its own (no label): an agency, a slash or for/via credit. */
export function isCreditLike(text: string): boolean {
  // AP's "Jane Doe/City Hall photo via AP": the "photo" before "via" is part of the credit line, not prose.
  const t = text
    .replace(/\.$/, '')
    .trim()
    .replace(/\sphoto\s+via\s/gi, ' via ');
  if (!t || t.length > 90) return false;
  // A credit that says the picture was lent or sent ("Courtesy of the artist", "Submitted photo") names its source.
  if (COURTESY.test(t)) return true;
  const prose = t
    .split(/\s+/)
    .some((w) => /^\p{Ll}/u.test(w) && !SMALL_WORDS.has(w) && !/^i[A-Z]/.test(w) && !HANDLE.test(w));
  if (prose) return false;
  // "GETTY", "ITV, ASSOCIATED PRESS", and AP's "Patrick Semansky, ASSOCIATED PRESS": the agency set in capitals.
  // "KCNA / AFP Photo": the agency sent it as a photo, the word after it says so.
  const agency = t.replace(/\s+(?:photo|PHOTO|Photo)$/, '');
  const caps = ENDS_WITH_AGENCY_CAPS.test(agency);
  return caps || ENDS_WITH_AGENCY.test(agency) || SLASH_CREDIT.test(t) || FOR_VIA_CREDIT.test(t);
}
