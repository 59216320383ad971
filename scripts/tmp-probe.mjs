import { parse } from '../dist/index.js';
import { parse as g } from '../src/generated/grammar.js';
const lines = process.argv.slice(2).length ? process.argv.slice(2) : readFileSync(0, 'utf8').split('\n');
import { readFileSync } from 'node:fs';
for (const l of lines) {
  const r = g(l).lines[0];
  const { type, start, end, ...rest } = r ?? { type: 'blank' };
  const brief = JSON.stringify(rest, (k, v) => (v && typeof v === 'object' && 'value' in v && 'start' in v ? v.value : k === 'start' || k === 'end' || k === 'colonEnd' || k === 'counterEnd' ? undefined : v));
  console.log(type.padEnd(12), l.slice(0, 70).padEnd(70), brief.slice(0, 160));
}
