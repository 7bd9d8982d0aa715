import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import type { Finding } from '../../utils/analysis/types';
import { clippingFromAnalysis, type Clipping } from '../../utils/store/clippings';
import { readClipping, readDesk } from '../../utils/store/record-schema';
import { makeCredit, makeFigure, makeQuote } from '../finding-factories';
import { richClipping } from './library-fixtures';

/** The clipping with one finding of each kind, one flag and one annotation: every field there is to break. */
function full(): Clipping {
  const c = richClipping();
  const kinds = new Set(c.findings.map((f) => f.kind));
  expect([...kinds].sort()).toEqual(['credit', 'figure', 'quote']);
  return c;
}

const problem = (value: unknown) => {
  const read = readClipping(value);
  return read.ok ? null : read.problem;
};

describe('every field of every stored record is type-checked, and the message names it', () => {
  const c = full();
  const findingFields = c.findings.flatMap((f, i) => Object.keys(f).map((key) => [f.kind, i, key] as const));
  test.each(findingFields)('%s finding: %s.%s of the wrong type is refused', (kind, i, key) => {
    const findings = c.findings.map((f, j) => (j === i ? { ...f, [key]: { wrong: true } } : f));
    const said = problem({ ...c, findings });
    expect(said).not.toBeNull();
    if (key === 'kind') expect(said).toMatch(/kind must be quote, figure or credit/);
    else expect(said).toMatch(new RegExp(`^${kind} 1: ${key} (must|is)`));
  });

  test.each(Object.keys(c).filter((k) => !['findings', 'flags', 'annotations'].includes(k)))(
    'clipping field %s of the wrong type is refused',
    (key) => {
      expect(problem({ ...c, [key]: { wrong: true } })).toMatch(new RegExp(`^${key} must`));
    },
  );

  test.each(['flags', 'annotations'] as const)('every field of each of %s is checked', (list) => {
    const item = c[list][0]!;
    for (const key of Object.keys(item)) {
      const broken = { ...c, [list]: [{ ...item, [key]: { wrong: true } }] };
      expect(problem(broken), `${list}.${key}`).toMatch(new RegExp(`^${list.slice(0, -1)} 1: ${key} must`));
    }
  });

  test('a missing field is named as missing', () => {
    const { agencies: _a, ...rest } = c.findings.find((f) => f.kind === 'credit')! as Record<string, unknown>;
    const { caption: _c, ...noCaption } = rest;
    expect(problem({ ...c, findings: [noCaption] })).toBe('credit 1: caption is missing');
    const { title: _t, ...untitled } = c;
    expect(problem(untitled)).toBe('title is missing');
  });
});

describe('the holes a security probe found in backup validation', () => {
  const c = full();
  const withFinding = (f: unknown) => ({ ...c, findings: [...c.findings, f] });
  // Regression: these restored fine, then the clipping view hung and the library's Markdown zip failed.
  test.each<[string, unknown, string]>([
    [
      'agencies: "AP"',
      makeCredit({ agencies: 'AP' as unknown as string[] }),
      'credit 2: agencies must be a list of names',
    ],
    ['image: 42', makeCredit({ image: 42 as unknown as string }), 'credit 2: image must be an address or null'],
    [
      'conflicts: "x"',
      makeFigure({ conflicts: 'x' as unknown as string[] }),
      'figure 2: conflicts must be a list of figure ids',
    ],
    // Regression: speaker: {} aborted the restore with a message naming no field.
    ['speaker: {}', makeQuote({ speaker: {} as unknown as string }), 'quote 2: speaker must be text or null'],
  ])('%s is refused naming the finding and the field', (_name, finding, message) => {
    expect(problem(withFinding(finding))).toBe(message);
  });

  // Regression: clippedAt "1" was accepted (Date.parse reads it as the year 2001).
  test.each(['1', '2024', 'yesterday', '2024-01-05'])('clippedAt %j is refused', (clippedAt) => {
    expect(problem({ ...c, clippedAt })).toBe('clippedAt must be a date and time (ISO 8601)');
  });

  // Regression: the URL parser strips tabs and newlines before the http check, so they passed
  // validation and landed raw in Markdown links and CSL-JSON.
  test('a page url or credit image with a newline or tab is stored as the URL parser writes it', () => {
    const read = readClipping({
      ...withFinding(makeCredit({ image: 'https://img.test/a\n.jpg\t', credit: 'AP' })),
      url: 'https://news.test/st\nory\t?a=1',
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.url).toBe('https://news.test/story?a=1');
    expect(read.value.normalizedUrl).toBe('https://news.test/story?a=1');
    const credit = read.value.findings.at(-1) as Extract<Finding, { kind: 'credit' }>;
    expect(credit.image).toBe('https://img.test/a.jpg');
  });

  test('a credit image that is not http(s) is stored as none', () => {
    const read = readClipping(withFinding(makeCredit({ image: 'javascript:alert(1)' })));
    expect(read.ok && (read.value.findings.at(-1) as { image: unknown }).image).toBeNull();
  });

  // Regression: a backup's canonicalUrl of javascript: or another site was accepted and drove "already saved".
  test.each(['javascript:alert(1)', 'https://bank.example.com/statement'])(
    'canonicalUrl %s is dropped',
    (canonical) => {
      const read = readClipping({ ...c, canonicalUrl: canonical });
      expect(read.ok && read.value.canonicalUrl).toBeNull();
    },
  );

  test('the derived keys are the store’s, not the file’s', () => {
    const read = readClipping({ ...c, normalizedUrl: 'https://bank.example.com/statement' });
    expect(read.ok && read.value.normalizedUrl).toBe('https://news.example.test/world/story');
  });
});

describe('records written before a field existed read as current ones', () => {
  test('a credit without agencies, a figure without groups, a quote without role or form', () => {
    const c = full();
    const old = c.findings.map((f) => {
      const copy: Record<string, unknown> = { ...f };
      for (const key of ['agencies', 'conflicts', 'group', 'repeatOf', 'change', 'magnitude', 'role', 'outlet', 'form'])
        delete copy[key];
      return copy;
    });
    const read = readClipping({ ...c, findings: old });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [quote, figure, credit] = ['quote', 'figure', 'credit'].map((k) =>
      read.value.findings.find((f) => f.kind === k)!,
    );
    expect(quote).toMatchObject({ role: null, outlet: null, form: 'direct' });
    expect(figure).toMatchObject({ conflicts: [], group: null, repeatOf: null, change: null, magnitude: null });
    expect(credit).toMatchObject({ agencies: [] });
  });
});

describe('what the engine writes always reads back unchanged', () => {
  test.each(['wire-story.html', 'hostile.html'])('%s', (file) => {
    const html = readFileSync(resolve('tests/fixtures', file), 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    const result = analyze(doc, {
      url: 'https://news.example.test/world/story',
      now: new Date('2024-01-05T12:00:00Z'),
    });
    if (!result.ok) throw new Error('not analyzed');
    expect(result.analysis.findings.length).toBeGreaterThan(0);
    const clipping = clippingFromAnalysis(result.analysis, { html: '<p>x</p>', now: new Date('2024-01-05T12:00:00Z') });
    const read = readClipping(JSON.parse(JSON.stringify(clipping)));
    expect(read).toEqual({ ok: true, value: clipping });
  });

  test('a desk record is checked the same way', () => {
    const c = full();
    const desk = { normalizedUrl: c.normalizedUrl, flags: c.flags, annotations: c.annotations, updatedAt: c.updatedAt };
    expect(readDesk(desk)).toEqual({ ok: true, value: desk });
    expect(readDesk({ ...desk, updatedAt: '1' })).toEqual({
      ok: false,
      problem: 'updatedAt must be a date and time (ISO 8601)',
    });
  });
});

describe('an unclear speaker and the editor’s choice are stored', () => {
  const unclear = (): Clipping => {
    const c = full();
    const findings = c.findings.map((f) =>
      f.kind === 'quote' ? { ...f, speaker: null, speakerCandidates: ['John Smith', 'David Jones'] } : f,
    );
    const quote = findings.find((f) => f.kind === 'quote')!;
    const flags = [{ ...c.flags[0]!, findingId: quote.id, kind: 'quote' as const, speaker: 'David Jones' }];
    return { ...c, findings, flags };
  };

  test('they read back unchanged', () => {
    const c = unclear();
    const read = readClipping(JSON.parse(JSON.stringify(c)));
    expect(read.ok && read.value.findings.find((f) => f.kind === 'quote')).toMatchObject({
      speakerCandidates: ['John Smith', 'David Jones'],
    });
    expect(read.ok && read.value.flags[0]).toMatchObject({ speaker: 'David Jones' });
  });

  test('of the wrong type they are refused, naming the field', () => {
    const c = unclear();
    const findings = c.findings.map((f) => (f.kind === 'quote' ? { ...f, speakerCandidates: 'John Smith' } : f));
    expect(problem({ ...c, findings })).toMatch(/^quote \d+: speakerCandidates must be a list of names/);
    expect(problem({ ...c, flags: [{ ...c.flags[0]!, speaker: 7 }] })).toMatch(/^flag 1: speaker must/);
  });
});

test('a figure’s context (what it counts) is stored, and of the wrong type refused', () => {
  const c = full();
  const findings = c.findings.map((f) => (f.kind === 'figure' ? { ...f, context: 'people displaced' } : f));
  const read = readClipping(JSON.parse(JSON.stringify({ ...c, findings })));
  expect(read.ok && read.value.findings.find((f) => f.kind === 'figure')).toMatchObject({
    context: 'people displaced',
  });
  const wrong = c.findings.map((f) => (f.kind === 'figure' ? { ...f, context: 7 } : f));
  expect(problem({ ...c, findings: wrong })).toMatch(/^figure \d+: context must be text/);
});
