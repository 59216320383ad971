// Child process of test/pathological.test.ts: `node --expose-gc
// memory-child.mjs <name> [n]` builds one pathological input
// (scripts/pathological-inputs.mjs), parses it once and prints, as JSON, how
// far the process's peak resident set rose above its resident set just
// before the parse (input built, full GC done): the tree, the parser's
// garbage and the heap's growth, what the machine must have. A child
// process, not a worker, because RSS is per process. The peak is the larger
// of getrusage's maxRSS and `rss` sampled every 2 ms.
import { tsImport } from 'tsx/esm/api';

const { PATHOLOGICAL } = await import('../../scripts/pathological-inputs.mjs');
const { parse } = await tsImport('../../src/parse.ts', import.meta.url);
const { DEFAULT_LIMITS } = await tsImport('../../src/limits.ts', import.meta.url);

const [name, size] = process.argv.slice(2);
const spec = PATHOLOGICAL.find((c) => c.name === name);
if (!spec) throw new Error(`no pathological input named ${name}`);
if (size === '--ratio') {
  // `<name> --ratio`: the CPU time of parse at n/2 and at n, each the best
  // of five runs taken in turn (so that a busy machine slows both alike).
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  // `ratioN`, where a case has one, is a size whose tree leaves the heap
  // small: at a million lines the old generation's collections, which grow
  // with the live heap whatever the parser does, blur the parser's own growth.
  const n = spec.ratioN ?? spec.n;
  const half = spec.make(Math.floor(n / 2));
  const full = spec.make(n);
  const best = [Infinity, Infinity];
  parse(half);
  for (let run = 0; run < 5; run++) {
    for (const [i, t] of [half, full].entries()) {
      globalThis.gc();
      const start = cpu();
      parse(t);
      best[i] = Math.min(best[i], cpu() - start);
    }
  }
  process.stdout.write(JSON.stringify({ half: best[0], full: best[1] }));
  process.exit(0);
}
const text = spec.make(size === undefined ? spec.n : Number(size));
// Warm up the parser's code on a small text, so that compiling it is not counted.
parse('1°/T – 1 mai 2024\nVladimir Poutine : Oui.\n');
let lines = 1;
for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
if (text.indexOf('\r') !== -1) lines = text.split(/\r\n?|\n/).length;
globalThis.gc();
const before = process.memoryUsage().rss;
let peak = before;
const timer = setInterval(() => {
  const rss = process.memoryUsage().rss;
  if (rss > peak) peak = rss;
}, 2);
const result = parse(text);
clearInterval(timer);
peak = Math.max(peak, process.resourceUsage().maxRSS * 1024, process.memoryUsage().rss);
process.stdout.write(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    lines,
    linesRead: Math.min(lines, DEFAULT_LIMITS.maxLines),
    growth: peak - before,
    children: result.tree.children.length,
  }),
);
