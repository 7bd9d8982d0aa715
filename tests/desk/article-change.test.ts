import { describe, expect, test } from 'vitest';
import { articleChange } from '../../utils/desk/article-change';
import { makeAnalysis } from '../store/fixtures';
import { findingAt, STORY } from './fixtures';

const quote = findingAt(STORY, 'quote', 'unleash a humanitarian nightmare');
const figure = findingAt(STORY, 'figure', '800,000');
const shown = makeAnalysis({ text: STORY }, [quote, figure]);

describe('articleChange', () => {
  test('the same text is the same article, whatever else the page loaded', () => {
    expect(articleChange(shown, makeAnalysis({ text: STORY }, [quote, figure]))).toEqual({ same: true });
  });

  test('the same findings in a text that moved (a late caption or related box) is the same article', () => {
    const moved = makeAnalysis({ text: `${STORY}\n\nRelated: more stories` }, [quote, figure]);
    expect(articleChange(shown, moved)).toEqual({ same: true });
  });

  test('added and removed findings are counted by kind, in the words the banner uses', () => {
    const text = `${STORY}\n\n“We will not leave,” one said. “Nor we,” said another.`;
    const added = [findingAt(text, 'quote', 'We will not leave'), findingAt(text, 'quote', 'Nor we')];
    const fresh = makeAnalysis({ text }, [quote, ...added]);
    expect(articleChange(shown, fresh)).toEqual({ same: false, summary: '2 quotes added, 1 figure removed' });
  });

  test('a new headline over the same findings is a changed article', () => {
    const fresh = makeAnalysis({ text: STORY.replace('Rebels', 'Fighters'), title: 'Another title' }, [quote, figure]);
    expect(articleChange(shown, fresh)).toEqual({ same: false, summary: 'new headline' });
  });
});
