/**
 * Page patterns from whole real news pages (bench/page-labels) that gave wrong
 * speakers or false quotes, each with the rule that keeps it right.
 */
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../cli/node-dom';
import { analyze, NO_SPEAKER_RULES } from '../../utils/analysis/analyze';
import { findQuotes } from '../../utils/analysis/quotes';
import type { QuoteFinding } from '../../utils/analysis/types';

const direct = (text: string, lang: string | null = null, blocks: string[] = []): QuoteFinding[] =>
  findQuotes(text, blocks, lang).filter((q) => q.form === 'direct');
const speakers = (text: string, lang: string | null = null): (string | null)[] =>
  direct(text, lang).map((q) => q.speaker);

describe('an interrupted quote is one quote', () => {
  test.each([
    [
      'attribution sentence between halves (sports wire)',
      '"It was a difficult situation for us," Lopez said. "We needed this win, otherwise we could be out."',
    ],
    [
      'long appositive between halves',
      '"People are a little cautious about buying," Jessica Caldwell, an executive director at Edmunds, said in a statement. "Shoppers can look forward to lower rates."',
    ],
    [
      '"adding" between halves',
      'Noem tweeted that the epidemic “needs to be a dinner table conversation,” adding “we need everyone on it.”',
    ],
    [
      'a quote paragraph with no attribution of its own goes on',
      '“Space exploration requires an entire ecosystem to do this,” said Michael Sims, CEO of Ceres Robotics Inc.\n\n“There are the big established players, but there are also small players.”',
    ],
  ])('%s', (_, text) => {
    expect(direct(text)).toHaveLength(1);
  });

  test('a quote paragraph with its own attribution is its own quote', () => {
    const text =
      '“This was the fourth time I have been deported,” said Singh Jabarjung, 24, from Bhatinda.\n\n“I boarded a flight on May 15 and reached Mexico,” he said.';
    expect(speakers(text)).toEqual(['Singh Jabarjung', 'Singh Jabarjung']);
  });

  test('a two-word scare quote never swallows the next paragraph', () => {
    const text =
      'The “new Gannett,” as Reed dubbed the combination, will have national heft.\n\nSince 2008, there has not been a single year of revenue gain.';
    const block = 'Since 2008, there has not been a single year of revenue gain.';
    expect(direct(text, null, [block]).map((q) => q.text)).toContain(block);
  });
});

describe('a quote repeated on the page is listed once', () => {
  test('pull quote above the body quote keeps the body quote and its speaker', () => {
    const pull = 'Since 2008, there has not been a single year of revenue gain in the industry.';
    const text = `${pull}\n\nNews analyst Ken Doctor\n\n“${pull}” says veteran industry analyst Ken Doctor.`;
    const quotes = direct(text, null, [pull]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBe('Ken Doctor');
  });

  test('a later partial re-quote of a longer quote is dropped', () => {
    const text =
      '“I have given plenty of on-the-record statements that were truthful and accurate,” Stephanie Grisham said.\n\nShe had given “plenty of on-the-record statements that were truthful,” she said.';
    expect(direct(text)).toHaveLength(1);
  });
});

describe('boxes of other stories and embedded posts are not quotes', () => {
  test('a rail of teasers inside the article (tabloid sidebar)', () => {
    const html = `<html><head><title>Plague</title></head><body><article>
      <h1>Hunter catches plague</h1>
      ${'<p>A hunter who ate a wild rabbit has caught bubonic plague, officials in the region said on Tuesday afternoon.</p>'.repeat(6)}
      <p>“We are monitoring the situation very closely tonight,” said Dr Li Wei, a health official.</p>
      <div class="rail__item"><h3>RANDY ANDY</h3><span>Andrew parties despite claiming 'he avoids PDAs and can't sweat'</span></div>
      ${'<p>The hospital said the patient was in a stable condition and under observation by its staff.</p>'.repeat(4)}
    </article></body></html>`;
    const result = analyze(parseDocument(html), { url: null, now: new Date(0) });
    if (!result.ok) throw new Error('not an article');
    const quotes = result.analysis.findings.filter((f) => f.kind === 'quote' && f.form === 'direct');
    expect(quotes.map((q) => (q.kind === 'quote' ? q.speaker : null))).toEqual(['Li Wei']);
  });

  test('an embedded tweet set as a blockquote', () => {
    const tweet =
      'I love that they trademarked it. Nobody is going to take your slogan. https://t.co/XPxUJ — Robert Maguire (@RobertMaguire_) November 18, 2019';
    const html = `<html><body><article>${'<p>The state launched an anti-drug campaign this week with a slogan that drew ridicule online.</p>'.repeat(5)}<blockquote class="twitter-tweet"><p>${tweet}</p></blockquote></article></body></html>`;
    const result = analyze(parseDocument(html), { url: null, now: new Date(0) });
    if (!result.ok) throw new Error('not an article');
    expect(result.analysis.findings.filter((f) => f.kind === 'quote')).toEqual([]);
  });
});

describe('speakers an editor can trust', () => {
  test.each([
    [
      'an outlet in an appositive is not the speaker (sports site)',
      'Richardson, via USA Today, said that Rudolph "can\'t antagonize a fight and then claim bullying."',
      'Richardson',
    ],
    [
      'an organisation at the end of an appositive is not the speaker (agency call)',
      '“We have a need to bring on some additional providers,” Steve Clarke, deputy associate administrator in NASA’s Science Mission Directorate, said in a call.',
      'Steve Clarke',
    ],
    [
      'a participle after the quote gives way to the attribution (think tank)',
      'The deal was small. "The president wants the option of having a bigger deal" announced in October, said Derek Scissors, a scholar.',
      'Derek Scissors',
    ],
    [
      'an acronym that spells a function word (health agency)',
      'Untreated, it is "almost always fatal within days", says WHO.',
      'WHO',
    ],
    [
      'a nationality adjective with no speech verb is no one (trade story)',
      'American negotiators are left translating the purchases Trump requested — larger purchases “than any time in our history, by far” — into text.',
      null,
    ],
    [
      'a contraction of an opener is no one (media story)',
      'That’s produced a strategy of “continuous cost-cutting for more than a decade in local news.”',
      null,
    ],
    [
      'a document is not a speaker (newspaper survey)',
      'According to a 2018 survey by the University, the firm’s practice has been to “consolidate copy editing and page design” centrally.',
      null,
    ],
    [
      'a report speaks for whoever issued it (brokerage note)',
      '"The market is largely factoring in a recovery in earnings," said a report from Kotak Institutional Equities.',
      'Kotak Institutional Equities',
    ],
    [
      'a report with no issuer named is no one',
      '"The market is largely factoring in a recovery in earnings," said a report published on Monday.',
      null,
    ],
    [
      'a possessive place is not the subject (embassy)',
      'China’s ambassador accused Britain of meddling and warned that the government “will not sit on our hands any longer”.',
      null,
    ],
    [
      'doubled apostrophes close a quote (AP copy)',
      '“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC.',
      'Will Moy',
    ],
  ])('%s', (_, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  test('the person told is never the speaker; the last person who spoke is', () => {
    const text =
      'Marc Benioff interviewed Tim Cook on stage. Cook said the admiration is mutual. “I love the way you are constantly taking the new things,” he told Benioff.';
    expect(speakers(text)).toEqual(['Tim Cook']);
  });

  test('he or she follows whoever spoke last, quote or reported speech', () => {
    const text =
      '“Frankly I could not believe what I was hearing,” Lt. Col. Alexander Vindman said.\n\nJennifer Williams said the phone call was unusual. “I believe what I found unusual was the reference to investigations,” she said.';
    expect(speakers(text)).toEqual(['Alexander Vindman', 'Jennifer Williams']);
  });

  test.each([
    [
      'the subject of the sentence before (hockey report)',
      'Zach Parise scored twice. Wild defenseman Ryan Suter, who joked about Parise’s sticks, could see the frustration on his friend’s face. “He’s used to scoring goals, getting points,” he said.',
      'Ryan Suter',
    ],
    [
      'the subject of the quote’s own sentence (hearing report)',
      'President Donald Trump wanted investigations. Yet Gordon Sondland has already amended his testimony once — “I now do recall that meeting,” he said.',
      'Gordon Sondland',
    ],
  ])('he or she is %s', (_, text, speaker) => {
    expect(speakers(text).slice(-1)).toEqual([speaker]);
  });

  test('an age descriptor is the person named before it, never a name of its own (football club)', () => {
    const text =
      'Jose Mourinho was appointed on Tuesday night. The 56-year-old said after his appointment: “I am excited to be joining a club with such a heritage.”';
    expect(speakers(text)).toEqual(['Jose Mourinho']);
  });

  test('the object of a verb is not the subject a pronoun means (farm lobby)', () => {
    const text =
      'Zippy Duvall wrote to the White House. He urged Mr. Trump to make a deal, saying “time is running out for many in agriculture.”';
    expect(speakers(text)).not.toContain('Mr. Trump');
  });

  test('a photographer credited under a picture is never the speaker', () => {
    const text =
      'Mayor Tom Hale opened the bridge on Monday.\n\nThe bridge at dawn. Photo: Mark Evans/AP\n\n“It took ten years to build this bridge,” he said.';
    expect(speakers(text)).toEqual(['Tom Hale']);
  });

  test('two people who could be "he": no speaker, both offered', () => {
    const text =
      '“We will win this case,” John Smith said.\n\nThe plan was drafted by David Jones last year. “It will not pass the Senate,” he said.';
    const [, second] = direct(text);
    expect(second?.speaker).toBeNull();
    expect(second?.speakerCandidates).toEqual(['John Smith', 'David Jones']);
  });
});

describe('languages', () => {
  test.each([
    ['German „…“ with sagte', '„Wir schaffen das, ganz sicher“, sagte Angela Merkel am Montag.', 'de', 'Angela Merkel'],
    ['German »…« with so', '»Das ist eine gute Nachricht für alle«, so Olaf Scholz.', 'de', 'Olaf Scholz'],
    ['German sentence opener is no one', 'Allerdings sagte er: „Das werden wir nicht hinnehmen können.“', 'de', null],
    [
      'German noun after its article is no one',
      '„Das ist eine gute Nachricht für alle“, sagte der Container-Hersteller.',
      'de',
      null,
    ],
    [
      'French « » with a déclaré',
      '« Nous ne céderons jamais sur ce point », a déclaré Emmanuel Macron.',
      'fr',
      'Emmanuel Macron',
    ],
    ['French article is no one', 'Le ministre a dit : « Nous ne céderons jamais sur ce point. »', 'fr', null],
    ['French selon', 'Selon Anne Hidalgo, « la ville ne peut pas attendre plus longtemps ».', 'fr', 'Anne Hidalgo'],
    ['Spanish dijo', '"No vamos a permitirlo de ninguna manera", dijo Pedro Sánchez.', 'es', 'Pedro Sánchez'],
    [
      'Portuguese disse with a title',
      '"Vamos continuar o trabalho com calma", disse o ministro João Silva.',
      'pt',
      'João Silva',
    ],
    ['Italian ha detto', '"Faremo tutto il necessario per la ripresa", ha detto Mario Draghi.', 'it', 'Mario Draghi'],
    ['a language with no rules: quote, no speaker', '"Мы не допустим этого никогда", сказал Иван Петров.', 'ru', null],
  ])('%s', (_, text, lang, speaker) => {
    expect(speakers(text, lang)).toEqual([speaker]);
  });

  test('a German pronoun follows the person who spoke just before', () => {
    const text =
      '„Wir schaffen das, ganz sicher“, sagte Angela Merkel.\n\n„Und wir werden auch die nächste Krise meistern“, sagte sie.';
    expect(speakers(text, 'de')).toEqual(['Angela Merkel', 'Angela Merkel']);
  });

  test('a page in a language without speaker rules says so once', () => {
    const html = `<html lang="ru"><body><article>${'<p>Модель рассказала журналистам о своей жизни и работе в последние годы.</p>'.repeat(6)}<p>«Я думаю, что кто-то сейчас скажет об этом», — сказала Полина Поризкова.</p></article></body></html>`;
    const result = analyze(parseDocument(html), { url: null, now: new Date(0) });
    if (!result.ok) throw new Error('not an article');
    expect(result.analysis.warnings).toContain(NO_SPEAKER_RULES);
    const quotes = result.analysis.findings.filter((f) => f.kind === 'quote');
    expect(quotes.map((q) => (q.kind === 'quote' ? q.speaker : 'x'))).toEqual([null]);
  });
});

describe('reported speech (claims)', () => {
  const claims = (text: string): [string, string | null][] =>
    findQuotes(text)
      .filter((q) => q.form === 'claim')
      .map((q) => [q.text, q.speaker]);

  test.each([
    [
      'a verb deep in its sentence, past an opener',
      'In a March meeting with the editorial board of the newspaper Donald Trump said that involvement in the alliance may need to be diminished.',
      ['involvement in the alliance may need to be diminished', 'Donald Trump'],
    ],
    [
      'a long appositive before the verb',
      'Richard Revesz, director of the Institute for Policy Integrity at the law school, said the suing states were exaggerating the reach of the agency.',
      ['the suing states were exaggerating the reach of the agency', 'Richard Revesz'],
    ],
    [
      'a verb of holding that is not a speech verb',
      'A Bloomberg poll shows that wealthy voters have abandoned the party this year.',
      ['wealthy voters have abandoned the party this year', 'A Bloomberg poll'],
    ],
    [
      'a sentence without marks in a paragraph that has a quote',
      'Mary Jones noted that the budget had grown for the third year in a row. “We are worried,” she said.',
      ['the budget had grown for the third year in a row', 'Mary Jones'],
    ],
  ])('%s', (_, text, claim) => {
    expect(claims(text)).toEqual([claim]);
  });

  test('a sentence inside a long quote is the speaker’s words, not a claim', () => {
    const text = '“We met the mayor. Officials said the plan would fail within a year. We disagree,” Ann Lee said.';
    expect(claims(text)).toEqual([]);
  });
});

test('a pull quote whose end the text does not repeat is never cut inside a word', () => {
  const block = 'We will rebuild every home on this coast, whatever it takes. — Mayor Ann Lee';
  const text =
    'The storm passed.\n\nWe will rebuild every home on this coast, whatever it takes and however long.\n\nThe town met.';
  const [quote] = findQuotes(text, [block]);
  expect(quote?.text).toBe('We will rebuild every home on this coast, whatever it takes and however long.');
});

test('a layout rail that holds the story itself keeps its quotes (news site grid)', () => {
  const body = `${'<p>The major Asian market indexes were mixed on Tuesday as investors weighed the latest trade news from Washington.</p>'.repeat(3)}<p>"With no significant data releases in Asia today, attention will remain on trade," said Jeffrey Halley, an analyst.</p>`;
  const html = `<html><body><div class="pg-rail-tall__body">${body}</div></body></html>`;
  const result = analyze(parseDocument(html), { url: null, now: new Date(0) });
  if (!result.ok) throw new Error('not an article');
  const quotes = result.analysis.findings.filter((f) => f.kind === 'quote' && f.form === 'direct');
  expect(quotes.map((q) => (q.kind === 'quote' ? q.speaker : null))).toEqual(['Jeffrey Halley']);
});
