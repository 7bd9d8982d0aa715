/**
 * Credit lines of Korean, Japanese and Chinese pages, which mark the holder with a
 * label and a sign rather than "Photo:": "(사진=연합뉴스)", "写真＝共同", "（写真：ロイター）",
 * "图片来源：视觉中国", "圖／中央社", "撮影：山田太郎", and Xinhua's "新华社记者 李贺 摄"
 * (摄, "shot by", closing the line). Without a label or 摄 nothing is read as a credit:
 * "(서울=연합뉴스)" is a dateline, "地图/路线" a word.
 */
import type { SplitCaption } from './parse-credit';

// Longest first: "사진 제공" before "사진", "图片来源" before "图片" before "图".
const LABEL = String.raw`(?:사진\s*(?:제공|출처)|자료\s*사진|사진|그래픽|写真提供|画像提供|写真|画像|撮影|图片来源|圖片來源|图片来自|圖片來自|照片來源|照片来源|图源|圖源|图片|圖片|照片|摄影|攝影|图|圖)`;
const SIGN = String.raw`\s*[=＝:：/／]\s*`;
// Not inside a word: CJK writes no spaces, so the letter before the label decides ("地图/" is "map/").
const LABELED = new RegExp(String.raw`(?<![\p{L}\p{N}])${LABEL}${SIGN}`, 'gu');
const ANY_LABEL = new RegExp(String.raw`(?<![\p{L}\p{N}])${LABEL}${SIGN}`, 'u');
const CLOSERS: Record<string, string> = {
  '(': ')',
  '[': ']',
  '（': '）',
  '【': '】',
  '［': '］',
  '〔': '〕',
  '<': '>',
  '〈': '〉',
};
// "摄" as a word of its own (after a space), or after a reporter ("中央社記者王飛華攝"); "拍摄" is a verb.
const SHOT_BY =
  /(?:^|[\s(（【［。！？])((?:[^\s()（）【】［］。！？]{1,20}\s){1,3}|[^\s()（）【】［］。！？]{0,12}[记記]者[^\s()（）【】［］。！？]{1,6})[摄攝](?=\s*[)）】］]?\s*[。.]?\s*$)/u;
const MAX_HOLDER = 60;
// A holder is a few names ("MBC, SBS", "新华社记者 李贺", "청와대 제공"); more words are a sentence.
const MAX_WORDS = 4;
// A sentence inside, or a Korean sentence's full stop after its verb ("… 있다.").
const PROSE = /[.!?。！？]\s*\S|[\uac00-\ud7af]\.\s*$/u;

/** A holder from the words after a label: short, one phrase, no sentence in it. */
function holder(raw: string): string | null {
  if (PROSE.test(raw.trim())) return null;
  const s = raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s:：=＝/／|,，、]+|[\s,，、.。;；/／|]+$/g, '')
    .trim();
  return s && s.length <= MAX_HOLDER && s.split(' ').length <= MAX_WORDS ? s : null;
}

/** Caption text before a credit, without the separators that led into it ("… 있다. /"). */
function before(raw: string): string | null {
  const s = raw
    .replace(/\s+/g, ' ')
    .replace(/[\s/／|｜·,，、:：–—-]+$/u, '')
    .trim();
  return s || null;
}

/** Where a bracket opens just before `at` (spaces and a slash between), or -1. */
function openerBefore(t: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /[\s/／]/u.test(t[i] ?? '')) i--;
  return i >= 0 && (t[i] ?? '') in CLOSERS ? i : -1;
}

function fromLabel(t: string): SplitCaption | null {
  let found: SplitCaption | null = null;
  for (const m of t.matchAll(LABELED)) {
    const labelAt = m.index ?? 0;
    const at = labelAt + m[0].length;
    const open = openerBefore(t, labelAt);
    const close = open >= 0 ? t.indexOf(CLOSERS[t[open] as string] as string, at) : -1;
    if (open >= 0 && close > at) {
      const credit = holder(t.slice(at, close));
      const rest = [t.slice(0, open), t.slice(close + 1)].map((s) => s.trim()).filter(Boolean);
      if (credit) found = { caption: before(rest.join(' ')), credit, line: t.slice(open, close + 1) };
      continue;
    }
    // Unbracketed, the label runs to the end of the line: "… 발언하고 있다. /사진=뉴시스".
    const credit = holder(t.slice(at));
    let lineAt = labelAt;
    while (lineAt > 0 && /[\s/／]/u.test(t[lineAt - 1] ?? '')) lineAt--;
    if (credit) found = { caption: before(t.slice(0, lineAt)), credit, line: t.slice(lineAt).trim() };
  }
  return found;
}

function fromShotBy(t: string): SplitCaption | null {
  const m = SHOT_BY.exec(t);
  const credit = m?.[1] ? holder(m[1]) : null;
  if (!m || !credit) return null;
  // The holder's words start where the match ends less them and the closing 摄.
  const start = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0) - 1;
  const open = openerBefore(t, start);
  const lineAt = open >= 0 ? open : start;
  return { caption: before(t.slice(0, lineAt)), credit, line: t.slice(lineAt).trim() };
}

/** Caption and credit of a caption line that marks its credit the CJK way; null when it does not. */
export function cjkCredit(text: string): SplitCaption | null {
  if (!/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(text)) return null;
  return fromLabel(text) ?? fromShotBy(text);
}

const MAX_LINE = 80;

/**
 * A paragraph that is only a labelled credit ("[사진=MBC, SBS]" closing a Korean column): the credit of
 * the story's pictures, printed once for all of them. Null for any other paragraph.
 */
export function cjkCreditLine(text: string): { credit: string; line: string } | null {
  for (const raw of text.split(/\n+/)) {
    const p = raw.replace(/\s+/g, ' ').trim();
    if (!p || p.length > MAX_LINE || !ANY_LABEL.test(p)) continue;
    const found = cjkCredit(p);
    if (found?.credit && !found.caption) return { credit: found.credit, line: p };
  }
  return null;
}
