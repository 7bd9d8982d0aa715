import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findCredits } from '../../../utils/analysis/credits';
import { agenciesIn } from '../../../utils/analysis/credits/agency-names';
import { cjkCreditLine } from '../../../utils/analysis/credits/cjk-credit';
import { splitCaption } from '../../../utils/analysis/credits/parse-credit';
import type { Article } from '../../../utils/analysis/types';

describe('Korean, Japanese and Chinese credit labels in a caption', () => {
  test.each([
    ['문재인 대통령이 20일 발언하고 있다. (사진=연합뉴스)', '문재인 대통령이 20일 발언하고 있다.', '연합뉴스'],
    ['문재인 대통령이 발언하고 있다. /사진=뉴시스', '문재인 대통령이 발언하고 있다.', '뉴시스'],
    ['드라마의 한 장면 [사진 제공=KBS]', '드라마의 한 장면', 'KBS'],
    ['그래픽=김영희 기자', null, '김영희 기자'],
    ['安倍首相（写真：ロイター）', '安倍首相', 'ロイター'],
    ['記者会見する安倍首相＝東京都内、写真＝共同', '記者会見する安倍首相＝東京都内', '共同'],
    ['撮影：山田太郎', null, '山田太郎'],
    ['（图片来源：视觉中国）', null, '视觉中国'],
    ['圖／中央社', null, '中央社'],
    // Xinhua closes a caption with "reporter NAME shot"; Taiwan's CNA brackets it.
    ['11月19日，工人在北京作业。 新华社记者 李贺 摄', '11月19日，工人在北京作业。', '新华社记者 李贺'],
    ['總統府前的遊行（中央社記者王飛華攝）', '總統府前的遊行', '中央社記者王飛華'],
  ])('%j -> caption %j, credit %j', (text, caption, credit) => {
    expect(splitCaption(text)).toMatchObject({ caption, credit });
  });

  test.each([
    // A Korean dateline: city=agency opens the story, no label.
    ['(서울=연합뉴스) 김철수 기자 = 문재인 대통령이 발언했다'],
    // "地图/" is "map/": the label must not sit inside a word.
    ['游客在景区的地图/路线前拍摄'],
    // "拍摄" is the verb "to film", not a credit closing the caption.
    ['图为游客在景区拍摄'],
    // A label opening a sentence of the story is no credit line.
    ['사진=연합뉴스 문재인 대통령이 20일 청와대에서 열린 회의에서 발언하고 있다. 회의는 두 시간 동안 이어졌다.'],
  ])('no credit in %j', (text) => {
    expect(splitCaption(text).credit).toBeNull();
  });

  test.each([
    ['연합뉴스', ['Yonhap']],
    ['共同', ['Kyodo']],
    ['新华社记者 李贺', ['Xinhua']],
    ['ロイター', ['Reuters']],
    ['共同体', []],
  ])('agencies of %j: %j', (credit, agencies) => {
    expect(agenciesIn(credit)).toEqual(agencies);
  });
});

describe('a credit line closing the story', () => {
  test('is a paragraph that is only a labelled credit', () => {
    expect(cjkCreditLine('칼럼니스트 박생강\n[사진=MBC, SBS]\n저작권자 ⓒ 엔터미디어')).toEqual({
      credit: 'MBC, SBS',
      line: '[사진=MBC, SBS]',
    });
    expect(cjkCreditLine('사진=연합뉴스 문재인 대통령이 20일 회의에서 발언하고 있다.')).toBeNull();
  });

  // Regression: six uncaptioned pictures credited once by "[사진=MBC, SBS]" at the end were one "No credit" row (Entermedia).
  test('credits every picture that prints none of its own, each in its own row', () => {
    const text = '주말 밤 9시 MBC와 SBS는 막장극의 대결로 붙는다.\n\n[사진=MBC, SBS]\n\n저작권자 ⓒ 엔터미디어';
    const picture = (n: number, caption = ''): string =>
      `<table><tr><td><img src="/photo/2018/09/28/1538123681_${n}.jpg"><div>${caption}</div></td></tr></table>`;
    const body =
      `<div id="_article">${picture(1)}<br>${'주말 밤 9시 MBC와 SBS는 막장극의 대결로 붙는다. '.repeat(20)}<br>` +
      `${picture(2, '드라마의 한 장면 (사진=TV조선)')}<br>${picture(3)}<br>[사진=MBC, SBS]</div>`;
    const { document } = parseHTML(`<html><body><div class="newsArticle">${body}</div></body></html>`);
    const article = { html: body, text } as unknown as Article;
    const list = findCredits(document as unknown as Document, article, 'http://news.example.test/view.html?idx=1');
    expect(list.map((c) => [c.image?.replace(/^.*\//, ''), c.credit])).toEqual([
      ['1538123681_1.jpg', 'MBC, SBS'],
      ['1538123681_2.jpg', 'TV조선'],
      ['1538123681_3.jpg', 'MBC, SBS'],
    ]);
  });
});
