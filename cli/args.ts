/** Command-line arguments: what `copydesk` was asked to do, or why the request is malformed. */
import { parseArgs } from 'node:util';

export type OutputFormat = 'json' | 'jsonl' | 'md';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'md'];

export const USAGE =
  'usage: copydesk analyze [--url URL] [--text] [--format json|jsonl|md] [--budget S] [--max-bytes N] <file|dir|->...\n' +
  '       copydesk team setup|export ... (copydesk team --help)';

export const HELP = `${USAGE}

Analyze articles: extract the text and list its quotes, figures and image credits.

Inputs      .html, .htm or .html.gz files, directories (searched recursively, sorted),
            or - for standard input. Gzipped input is recognised by its content.
--text      inputs are plain text, paragraphs separated by blank lines
            (in a directory, every file that is not hidden is read)
--url URL   the page's address, used for relative links and the export
--format    json (default for one input), jsonl (default for several inputs
            or a directory: one object per line), md (the Markdown export)
--budget S  seconds the finders may spend on one input (default 30); a list
            cut short is kept, and said on stderr
--max-bytes N
            largest input read, after gunzip (default 50000000); larger
            inputs are refused, the others still analyzed
--help      this text

Exit status: 0 when every input was analyzed whole, 1 when some failed or a
list was cut short (one line on stderr for each), 2 for bad usage.`;

/** @default 30 s: far more than any real page needs, short enough that a batch moves on. */
export const DEFAULT_BUDGET_SECONDS = 30;
/** @default 50 MB: ten times the largest real article page, read after gunzip. */
export const DEFAULT_MAX_BYTES = 50_000_000;

export type AnalyzeCommand = {
  command: 'analyze';
  url: string | null;
  text: boolean;
  /** null: pick by the number of inputs. */
  format: OutputFormat | null;
  /** Milliseconds the finders may spend on one input. */
  budgetMs: number;
  /** Largest input read, in bytes after gunzip. */
  maxBytes: number;
  inputs: string[];
};

export type ParsedArgs = AnalyzeCommand | { command: 'help' } | { command: 'usage-error'; message: string };

function isFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** Reads `argv` (without node and the script); never throws. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        text: { type: 'boolean', default: false },
        format: { type: 'string' },
        budget: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node's own message runs to three lines of advice; the option's name is what helps.
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    return { command: 'usage-error', message: unknown ? `unknown option: ${unknown[1]}` : message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  const [command, ...inputs] = positionals;
  if (command === undefined) return { command: 'usage-error', message: 'no command given' };
  if (command !== 'analyze') return { command: 'usage-error', message: `unknown command: ${command}` };
  if (values.format !== undefined && !isFormat(values.format))
    return { command: 'usage-error', message: `unknown format: ${values.format} (json, jsonl or md)` };
  const budget = Number(values.budget ?? DEFAULT_BUDGET_SECONDS);
  if (!(budget > 0)) return { command: 'usage-error', message: `--budget wants seconds above 0, got ${values.budget}` };
  const maxBytes = Number(values['max-bytes'] ?? DEFAULT_MAX_BYTES);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0)
    return { command: 'usage-error', message: `--max-bytes wants a whole number above 0, got ${values['max-bytes']}` };
  if (inputs.length === 0) return { command: 'usage-error', message: 'no inputs given' };
  return {
    command: 'analyze',
    url: values.url ?? null,
    text: values.text ?? false,
    format: values.format ?? null,
    budgetMs: budget * 1000,
    maxBytes,
    inputs,
  };
}
