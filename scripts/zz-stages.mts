const ROOT = process.env.ROOT!;
const { LineIndex } = await import(ROOT + '/src/position.js');
const { recognize } = await import(ROOT + '/src/recognize.js');
const { detectKind } = await import(ROOT + '/src/compose/kind.js');
const { composeArticle } = await import(ROOT + '/src/compose/article.js');
const { composeDossier } = await import(ROOT + '/src/compose/dossier.js');
const { createContext } = await import(ROOT + '/src/context.js');
const { PeopleIndex } = await import(ROOT + '/src/people/index.js');
const { resolveTreePeople } = await import(ROOT + '/src/people/resolve.js');
const { resolveLimits } = await import(ROOT + '/src/limits.js');
import { readTexts, FIXTURE_DIRS } from '/work/main/scripts/fixture-texts.mjs';
const limits = resolveLimits(undefined, 'x');
const L = 'une phrase de prose qui dit quelque chose de plus long que le reste, et encore.';
const groups = { synth: [Array.from({length: 10}, (_, i) => `Ligne ${i} de prose, ` + L).join('\n\n')], corpus: readTexts(FIXTURE_DIRS.corpus) };
const T: Record<string, number> = {};
const add = (k: string, t: number) => { T[k] = (T[k] ?? 0) + t; };
function run(text: string, time: boolean) {
  let t0 = performance.now();
  const index = new LineIndex(text); const pending: any[] = []; const ctx = createContext(text, index, pending);
  let t1 = performance.now(); if (time) add('index', t1 - t0); t0 = t1;
  const raw = recognize(text, ctx.report, limits);
  t1 = performance.now(); if (time) add('recognize', t1 - t0); t0 = t1;
  const { kind, form } = detectKind(raw.lines, text);
  t1 = performance.now(); if (time) add('kind', t1 - t0); t0 = t1;
  const tree: any = { type: 'root', kind, position: index.position(0, text.length), children: [] };
  if (kind === 'article') tree.children = composeArticle(raw.lines, ctx).children; else tree.children = composeDossier(raw.lines, ctx, form === 'compilation');
  t1 = performance.now(); if (time) add('compose', t1 - t0); t0 = t1;
  resolveTreePeople(tree, new PeopleIndex([], 'x', 'y'), ctx.report);
  t1 = performance.now(); if (time) add('people', t1 - t0);
}
for (const [g, docs] of Object.entries(groups)) {
  for (let i = 0; i < 300; i++) docs.forEach(d => run(d, false));
  for (const k of Object.keys(T)) delete T[k];
  const R = 200; for (let i = 0; i < R; i++) docs.forEach(d => run(d, true));
  const tot = Object.values(T).reduce((a, b) => a + b, 0);
  console.log(g, Object.entries(T).map(([k, v]) => `${k} ${(v * 1000 / R / docs.length).toFixed(1)}µs (${(v / tot * 100).toFixed(0)}%)`).join('  '));
}
