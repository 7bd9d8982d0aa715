/**
 * Pathological pages of a chosen size, one generator per shape, for `npm run
 * bench:hostile` and the engine's bounds tests. Each shape is what a hostile or
 * merely unusual page can hold: galleries, thousands of quotes or figures, deep
 * nesting, deep JSON-LD, huge attributes, and long runs of the very characters a
 * finder looks for (the inputs that make backtracking patterns take minutes).
 */

/** Names of the shapes, in the order the benchmark prints them. */
export const HOSTILE_SHAPES = [
  'gallery',
  'quotes',
  'figures',
  'deep',
  'jsonld-deep',
  'huge-attribute',
  'alt-run',
  'caption-run',
  'number-run',
  'quote-run',
  'wide',
] as const;

export type HostileShape = (typeof HOSTILE_SHAPES)[number];

const HEAD =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council votes on the bridge</title></head>';
const INTRO =
  '<h1>Council votes on the bridge</h1><p class="byline">By Jane Reporter</p>' +
  '<p>The city council voted on Tuesday to rebuild the old bridge across the river, ending a debate that has run for a decade.</p>';

/** `unit` repeated until the page holds about `bytes` characters. */
function repeatTo(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** `run` repeated to `bytes` characters (cut to length). */
function run(run: string, bytes: number): string {
  return run.repeat(Math.ceil(bytes / run.length)).slice(0, bytes);
}

function page(body: string, head = ''): string {
  return `${HEAD.replace('</head>', `${head}</head>`)}<body><article>${INTRO}${body}</article></body></html>`;
}

const FIGURES =
  'The plan costs $1.2 million, or 45% more than 2019, for 3,400 people over 12.5 km; ' +
  'on 5 March 2024 at 3:30 pm, for the 21st time, tens of thousands marched, €3bn and 2,5 % and 1.234.567 and ' +
  '£40m (up from £32m) between 10 and 20 per cent, nearly 1,000 homes, 1/3 of them, 0.5 mg, 30-40 km/h.';

/** A page of about `bytes` characters of the given shape. */
export function hostilePage(shape: HostileShape, bytes: number): string {
  switch (shape) {
    case 'gallery':
      return page(
        repeatTo(
          bytes,
          (i) =>
            `<figure><img src="/img/${i}.jpg" alt="Protesters gather in the square. Photo: Jane Doe/Reuters">` +
            `<figcaption>Protesters gather outside parliament on day ${i}. <span class="credit">Jane Doe / AFP via Getty Images</span></figcaption></figure>` +
            `<p>Picture ${i} of the march, credit: John Smith for The Herald. © Agence Photo ${i}</p>`,
        ),
      );
    case 'quotes':
      return page(
        repeatTo(
          bytes,
          (i) =>
            `<p>"We will rebuild the bridge within a year," said Mayor Anna Smith${i}, adding that "the money is there". ` +
            `Critics say the plan is rushed. ‘It is not,’ she told Reuters. «Nous verrons», a dit le maire.</p>`,
        ),
      );
    case 'figures':
      return page(repeatTo(bytes, () => `<p>${FIGURES}</p>`));
    case 'deep': {
      const depth = Math.floor(bytes / 11);
      return page(`${'<div>'.repeat(depth)}<p>${FIGURES}</p>${'</div>'.repeat(depth)}`);
    }
    case 'jsonld-deep': {
      const depth = Math.floor(bytes / 24);
      const nested = `${'{"@graph":['.repeat(depth)}{"@type":"NewsArticle"}${']}'.repeat(depth)}`;
      const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      return page(
        `<p>${FIGURES}</p>`,
        `<script type="application/ld+json">${nested}</script><script type="application/ld+json">${arrays}</script>`,
      );
    }
    case 'huge-attribute':
      return page(
        `<figure><img src="/a.jpg" alt="${run('Photo by Jane Doe for Reuters, ', bytes / 2)}"` +
          ` title="${run('Credit: AFP ', bytes / 2)}"><figcaption>A bridge.</figcaption></figure><p>${FIGURES}</p>`,
      );
    case 'alt-run':
      return page(`<figure><img src="/a.jpg" alt="${run('© ', bytes)}"></figure><p>${FIGURES}</p>`);
    case 'caption-run':
      return page(`<figure><img src="/a.jpg"><figcaption>${run(',;', bytes)}</figcaption></figure><p>${FIGURES}</p>`);
    case 'number-run':
      return page(`<p>${run('11,', bytes)}</p>`);
    case 'quote-run':
      return page(`<p>${run('"a “b” ‘c’ said ', bytes)}</p>`);
    case 'wide':
      return page(repeatTo(bytes, (i) => `<p>Line ${i}.</p><span>x</span>`));
  }
}
