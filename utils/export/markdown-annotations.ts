import { quoteOf } from '../desk/anchor';
import type { Clipping } from '../store/schema';
import { statusLabel, type ExportContext } from './markdown-context';
import { escapeInline } from './markdown-escape';

function quoted(text: string): string {
  return `“${escapeInline(text.replace(/\s+/g, ' ').trim())}”`;
}

/** Flags the editor checked or wrote on, in article order, with status and note. */
function flagLines(clipping: Clipping, ctx: ExportContext): string[] {
  return clipping.findings.flatMap((finding) => {
    const state = ctx.stateOf(finding);
    if (!state || (state.status === 'unchecked' && !state.note)) return [];
    const words = quoteOf(finding.selectors)?.exact ?? '';
    const note = state.note ? ` — ${escapeInline(state.note)}` : '';
    return [`- **${statusLabel(state)}** (${finding.kind}) ${quoted(words)}${note}`];
  });
}

function annotationBlock(annotation: Clipping['annotations'][number]): string {
  const words = quoteOf(annotation.selectors)?.exact ?? '';
  const lines = [`> ${quoted(words)}`, ''];
  if (annotation.note) lines.push(escapeInline(annotation.note));
  if (annotation.tags.length) lines.push(`Tags: ${annotation.tags.map(escapeInline).join(', ')}`);
  return lines.join('\n').trim();
}

/** The body of the Annotations section: checked flags, then the editor's own annotations. Empty when neither. */
export function annotationsSection(clipping: Clipping, ctx: ExportContext): string {
  const flags = flagLines(clipping, ctx);
  const notes = (clipping.annotations ?? []).map(annotationBlock);
  return [
    ...(flags.length ? ['### Checked flags', flags.join('\n')] : []),
    ...(notes.length ? ['### Notes on the text', notes.join('\n\n')] : []),
  ].join('\n\n');
}
