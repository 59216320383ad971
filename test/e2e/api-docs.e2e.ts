// The API docs as a reader sees them: typedoc builds the site into a
// temporary folder and Chromium opens its pages. Each page shows its title
// once (typedoc's page title is hidden where the page's text opens with its
// own heading: docs/typedoc.css).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// As in playground.e2e.ts: no reaching for Google's services on a closed network.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let out: string;
let browser: Browser;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'pressdoc-api-'));
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out], { cwd: root, encoding: 'utf8', timeout: 110_000 });
  if (r.status !== 0) throw new Error(`typedoc failed (status ${r.status}):\n${r.stdout}\n${r.stderr}`);
}, 120_000);

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** The texts of the visible level-one headings of a built page. */
async function visibleTitles(page: string): Promise<string[]> {
  const tab = await browser.newPage();
  try {
    await tab.goto(pathToFileURL(join(out, page)).href);
    return await tab.locator('h1:visible').allInnerTexts();
  } finally {
    await tab.close();
  }
}

describe('the API docs in Chromium', () => {
  it('the landing page (README.md) shows its title once', async () => {
    expect(await visibleTitles('index.html')).toEqual(['pressdoc']);
  });

  it('a guide page shows its title once, and an API page keeps typedoc\'s title', async () => {
    expect(await visibleTitles('documents/Getting_started.html')).toHaveLength(1);
    const api = await visibleTitles('functions/index.parse.html');
    expect(api).toHaveLength(1);
    expect(api[0]).toMatch(/parse/);
  });
});
