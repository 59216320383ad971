// Prints what the package costs its users: the size of each entry of
// package.json `exports` once bundled and minified by esbuild (what an app
// that imports it ships), and, with --install, what `npm install pressdoc`
// puts in node_modules (the packed tarball installed in a fresh folder with
// its runtime dependencies only). CI runs it after `npm run lint:package`.
// It reports and never fails on a size: sizes are figures to watch, not
// thresholds. Run after the build (`npm run build` or `tsup`).
//
//   node scripts/package-size.mjs [--install]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/** The ESM file of an `exports` value: its `import` condition, or the value itself. */
function esmFile(value) {
  if (typeof value === 'string') return value;
  const v = value.import ?? value.default;
  return typeof v === 'string' ? v : v?.default;
}

console.log('bundle size of each entry (esbuild --bundle --minify, browser platform, ESM; gzip -9 of that)');
for (const [entry, value] of Object.entries(pkg.exports)) {
  const file = esmFile(value);
  if (!file || !/\.[cm]?js$/.test(file)) continue;
  const path = join(root, file);
  if (!existsSync(path)) {
    console.log(`  ${entry.padEnd(12)} ${file}: missing (build first)`);
    continue;
  }
  // What an app gets for one import of the entry's whole API.
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(path)};`, resolveDir: root },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  console.log(`  ${entry.padEnd(12)} ${kB(code.length).padStart(9)} min  ${kB(gzipSync(code, { level: 9 }).length).padStart(8)} gzip  (${file})`);
}

/** Bytes of every file under `dir`. */
function du(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) total += du(p);
    else if (e.isFile()) total += statSync(p).size;
  }
  return total;
}

if (process.argv.includes('--install')) {
  const dir = mkdtempSync(join(tmpdir(), 'pressdoc-install-'));
  try {
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1);
    writeFileSync(join(dir, 'package.json'), '{"name":"install-size","private":true}');
    execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, tarball)], { cwd: dir, stdio: 'ignore' });
    const modules = join(dir, 'node_modules');
    const names = readdirSync(modules).flatMap((n) => (n.startsWith('@') ? readdirSync(join(modules, n)).map((m) => `${n}/${m}`) : n.startsWith('.') ? [] : [n]));
    const own = du(join(modules, 'pressdoc'));
    const all = du(modules);
    console.log(`install size (npm install of the packed tarball, runtime dependencies only): ${kB(all)} in ${names.length} packages`);
    console.log(`  pressdoc itself ${kB(own)}; dependencies ${kB(all - own)}: ${names.filter((n) => n !== 'pressdoc').join(', ') || 'none'}`);
  } catch (err) {
    // The registry may be out of reach: say so, and let CI go on.
    console.log(`install size: not measured (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
