import { describe, expect, test } from 'vitest';
import { figureFindings } from '../../utils/analysis/figures';
import { figureContext } from '../../utils/analysis/figures/context';

const at = (sentence: string, figure: string): string | null => {
  const i = sentence.indexOf(figure);
  return figureContext(sentence, i, i + figure.length);
};

describe('context on the card: what the figure counts, from its own sentence', () => {
  test.each<[string, string, string | null]>([
    ['The Fed cut the federal funds rate to 0.50 percent.', '0.50 percent', 'federal funds rate'],
    ['Some 800,000 people have been displaced, the UN said.', '800,000', 'people'],
    ['crashes that killed a total of 346 people.', '346', 'people'],
    ['seating 242 to 330 passengers in a two-class layout', '242 to 330', 'passengers'],
    ['following two catastrophic crashes of its popular jet', 'two', 'catastrophic crashes'],
    ['Revenue was $3.2 billion, up 12% on the year.', '$3.2 billion', 'Revenue'],
    // A figure standing alone has nothing around it to say what it counts.
    ['Results:\n\n12\n\nTotal', '12', null],
  ])('%s → %s', (sentence, figure, context) => {
    expect(at(sentence, figure)).toBe(context);
  });

  test('findings carry the context, and leave it out when there is none', () => {
    const [found] = figureFindings('Officials said 700,000 people had fled.', null, 'en');
    expect(found?.context).toBe('people');
    // A bare number alone on its line is a share count (furniture); an amount of money is still a figure.
    const [alone] = figureFindings('Total:\n\n$4,500\n\nEnd', null, 'en');
    expect(alone && 'context' in alone).toBe(false);
  });
});
