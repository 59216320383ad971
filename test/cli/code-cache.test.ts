import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_STAMP, compileWithCodeCache } from '../../src/cli/code-cache.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressdoc-code-cache-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a CommonJS file that stores `value` in `globalThis[slot]`, stamped with `build` (16 hex digits) unless `null`. */
function script(name: string, value: string, build: string | null, slot = name): string {
  const file = join(dir, name);
  const stamp = build === null ? '' : `\n${BUILD_STAMP}${build}\n//# sourceMappingURL=${name}.map\n`;
  writeFileSync(file, `"use strict";\nfunction answer() { return ${value}; }\nglobalThis[${JSON.stringify(slot)}] = { answer: answer(), file: __filename, same: module.exports === exports };${stamp}`);
  return file;
}

const slot = (name: string): unknown => (globalThis as Record<string, unknown>)[name];

let copies = 0;
/**
 * The same text under another name: V8 keeps what a process compiled by
 * source and name, and would hand it back without looking at the cache.
 */
function copy(file: string): string {
  const other = `${file}.copy${++copies}.cjs`;
  writeFileSync(other, readFileSync(file));
  return other;
}

describe('compileWithCodeCache', () => {
  it('without an entry compiles, runs as a CommonJS module, and saves one that the next compile uses', () => {
    const cache = join(dir, 'cache-a');
    const file = script('a.cjs', '6 * 7', '0123456789abcdef');
    const first = compileWithCodeCache(file, cache, 'parse');
    expect(first.outcome).toBe('missing');
    first.run();
    expect(slot('a.cjs')).toEqual({ answer: 42, file, same: true });
    first.save();
    expect(readdirSync(cache)).toEqual([`parse-${process.versions.v8}-${process.arch}-0123456789abcdef.bin`]);
    const again = copy(file);
    const second = compileWithCodeCache(again, cache, 'parse');
    expect(second.outcome).toBe('used');
    delete (globalThis as Record<string, unknown>)['a.cjs'];
    second.run();
    expect(slot('a.cjs')).toEqual({ answer: 42, file: again, same: true });
  });

  it('one entry per key (command)', () => {
    const cache = join(dir, 'cache-b');
    const file = script('b.cjs', '1', '00000000000000bb');
    for (const key of ['parse', 'validate']) compileWithCodeCache(file, cache, key).save();
    expect(readdirSync(cache).map((f) => f.split('-')[0]).sort()).toEqual(['parse', 'validate']);
  });

  it('a damaged entry is rejected, and saving rewrites it', () => {
    const cache = join(dir, 'cache-c');
    const file = script('c.cjs', '2', '00000000000000cc');
    compileWithCodeCache(file, cache, 'parse').save();
    const [entry] = readdirSync(cache);
    const path = join(cache, entry as string);
    const good = readFileSync(path);
    writeFileSync(path, good.subarray(0, good.length >> 1));
    const damaged = compileWithCodeCache(copy(file), cache, 'parse');
    expect(damaged.outcome).toBe('rejected');
    damaged.run();
    expect(slot('c.cjs')).toMatchObject({ answer: 2 });
    damaged.save();
    expect(readFileSync(path).length).toBeGreaterThan(good.length >> 1);
    expect(compileWithCodeCache(copy(file), cache, 'parse').outcome).toBe('used');
  });

  it('another build of the same length gets its own entry and runs its own code', () => {
    const cache = join(dir, 'cache-d');
    const one = script('d.cjs', '111', '1111111111111111', 'd');
    compileWithCodeCache(one, cache, 'parse').save();
    const other = script('d.cjs', '222', '2222222222222222', 'd');
    const next = compileWithCodeCache(other, cache, 'parse');
    expect(next.outcome).toBe('missing');
    next.run();
    expect(slot('d')).toMatchObject({ answer: 222 });
  });

  it('no directory, or a file without a stamp: no cache, nothing written', () => {
    const off = compileWithCodeCache(script('e.cjs', '3', '00000000000000ee'), undefined, 'parse');
    expect(off.outcome).toBe('off');
    off.save();
    const cache = join(dir, 'cache-f');
    const unstamped = compileWithCodeCache(script('f.cjs', '4', null), cache, 'parse');
    expect(unstamped.outcome).toBe('off');
    unstamped.run();
    expect(slot('f.cjs')).toMatchObject({ answer: 4 });
    unstamped.save();
    expect(existsSync(cache)).toBe(false);
  });

  it('a cache that cannot be written (its directory is a file) fails silently and leaves nothing', () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'not a directory');
    const compiled = compileWithCodeCache(script('g.cjs', '5', '00000000000000ab'), join(blocker, 'cache'), 'parse');
    expect(compiled.outcome).toBe('missing');
    compiled.run();
    expect(() => compiled.save()).not.toThrow();
    expect(readFileSync(blocker, 'utf8')).toBe('not a directory');
  });

  it('gives the file no import(), with or without an entry: it imports through a module Node compiled (src/cli/import-file.ts)', async () => {
    const cache = join(dir, 'cache-i');
    const file = join(dir, 'i.cjs');
    writeFileSync(file, `"use strict";\nglobalThis.imported = import('node:path');\n${BUILD_STAMP}00000000000000ef\n`);
    const outcomes = [];
    for (const path of [file, copy(file)]) {
      const compiled = compileWithCodeCache(path, cache, 'parse');
      outcomes.push(compiled.outcome);
      compiled.run();
      await expect(slot('imported')).rejects.toMatchObject({ code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING' });
      compiled.save();
    }
    expect(outcomes).toEqual(['missing', 'used']);
  });

  it("keeps the file's line numbers in stack traces", () => {
    const file = join(dir, 'h.cjs');
    writeFileSync(file, `"use strict";\n\nthrow new Error('on line 3');\n${BUILD_STAMP}00000000000000cd\n`);
    const compiled = compileWithCodeCache(file, undefined, 'parse');
    expect(() => compiled.run()).toThrow(expect.objectContaining({ stack: expect.stringContaining(`${file}:3:`) }));
  });
});
