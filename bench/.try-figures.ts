import { findFigures } from '../utils/analysis/figures.ts';
const text = process.argv[2] ?? '';
for (const h of findFigures(text, '2018-09-05T10:30:00Z', 'en-GB')) console.log(JSON.stringify({ t: text.slice(h.start, h.end), ...h }));
