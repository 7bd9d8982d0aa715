/**
 * The shape of every finding, flag and annotation a stored clipping holds, field by
 * field (valibot). Backups, the store and the views read records through these, so a
 * record the views cannot show never gets in. Each message completes "<field> …".
 * Fields added to the engine after clippings were first saved are optional here and
 * filled with the value that means "none", so older records read as current ones.
 */
import * as v from 'valibot';
import { safeUrl } from '../analysis/resolve-url';

const text = (what = 'must be text') => v.string(what);
const textOrNull = v.nullable(v.string('must be text or null'));
/** A list of names: every item is checked with the list's own message. */
const names = (what: string) => v.array(v.string(what), what);
const num = (what = 'must be a number') => v.number(what);
/** A UTF-16 offset into the clipping's text. */
const offset = v.pipe(
  num('must be an offset (a whole number from 0)'),
  v.integer('must be an offset (a whole number from 0)'),
  v.minValue(0, 'must be an offset (a whole number from 0)'),
);
/** ISO 8601 date and time, as `Date.toISOString()` writes it (a bare "1" is not a date). */
export const timestamp = v.pipe(
  v.string('must be a date and time (ISO 8601)'),
  v.isoTimestamp('must be a date and time (ISO 8601)'),
);

const selector = v.variant(
  'type',
  [
    v.object({ type: v.literal('TextQuoteSelector'), exact: text(), prefix: text(), suffix: text() }),
    v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  ],
  'must be TextQuoteSelector or TextPositionSelector',
);
export const selectors = v.array(selector, 'must be a list of selectors');

const base = {
  id: text(),
  start: v.nullable(offset),
  end: v.nullable(offset),
  selectors,
};

const quote = v.object({
  ...base,
  kind: v.literal('quote'),
  text: text(),
  speaker: textOrNull,
  speakerCandidates: v.optional(names('must be a list of names')),
  cue: textOrNull,
  role: v.optional(textOrNull, null),
  outlet: v.optional(textOrNull, null),
  partial: v.boolean('must be true or false'),
  form: v.optional(v.picklist(['direct', 'claim'], 'must be direct or claim'), 'direct'),
});

const FIGURE_KINDS = [
  'count',
  'percent',
  'money',
  'quantity',
  'date',
  'year',
  'time',
  'ordinal',
  'approximate',
] as const;
const figure = v.object({
  ...base,
  kind: v.literal('figure'),
  text: text(),
  figureKind: v.picklist(FIGURE_KINDS, `must be one of ${FIGURE_KINDS.join(', ')}`),
  value: v.nullable(num('must be a number or null')),
  range: v.nullable(
    v.tuple([num('must be two numbers or null'), num('must be two numbers or null')], 'must be two numbers or null'),
  ),
  unit: textOrNull,
  qualifier: textOrNull,
  change: v.optional(v.nullable(v.picklist(['rise', 'fall'], 'must be rise, fall or null')), null),
  magnitude: v.optional(v.nullable(num('must be a number or null')), null),
  group: v.optional(textOrNull, null),
  conflicts: v.optional(names('must be a list of figure ids'), () => []),
  repeatOf: v.optional(textOrNull, null),
  context: v.optional(text()),
});

const CREDIT_SOURCES = [
  'figcaption',
  'credit-element',
  'caption-text',
  'image-attribute',
  'json-ld',
  'meta',
  'none',
] as const;
const credit = v.object({
  ...base,
  kind: v.literal('credit'),
  credit: textOrNull,
  caption: textOrNull,
  // Only an http(s) picture is ever linked or loaded: anything else is stored as none.
  image: v.pipe(
    v.nullable(v.string('must be an address or null')),
    v.transform((image) => (image === null ? null : safeUrl(image))),
  ),
  source: v.picklist(CREDIT_SOURCES, `must be one of ${CREDIT_SOURCES.join(', ')}`),
  agencies: v.optional(names('must be a list of names'), () => []),
});

export const finding = v.variant('kind', [quote, figure, credit], 'must be quote, figure or credit');

export const flag = v.object({
  findingId: text(),
  kind: v.picklist(['quote', 'figure', 'credit'], 'must be quote, figure or credit'),
  status: v.picklist(
    ['unchecked', 'verified', 'disputed', 'needs-source'],
    'must be unchecked, verified, disputed or needs-source',
  ),
  note: text(),
  speaker: v.optional(text()),
  selectors,
  updatedAt: timestamp,
});

export const annotation = v.object({
  id: text(),
  selectors,
  note: text(),
  tags: names('must be a list of tags'),
  createdAt: timestamp,
  updatedAt: timestamp,
});
