// The playground end to end, in headless Chromium (Debian's `chromium`,
// driven by playwright-core): served by scripts/serve-playground.mjs, using
// the browser build dist/browser/pressdoc.js. Each sample is loaded with its
// button and pasted into the text box; the outline must be the tree that
// `parse` gives in Node, node for node. Clicking a node highlights its span;
// clicking a diagnostic locates it; a dropped file is parsed; a screenshot of
// a sample is checked pixel by pixel to be a real, non-blank page. validate's
// findings are listed as `validate` gives them in Node; the downloaded JSON is
// the tree; a share link opened in a fresh page restores the text.
//
// Run with `npm run test:e2e` (.ci/run does, after installing chromium).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve-playground.mjs';
import { parse, validate } from '../../src/index.js';
import type { Node } from '../../src/nodes.js';
import { allNodes, fixture, SAMPLES } from '../helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1400, height: 900 };

/**
 * Chromium's flags. Without the background-networking ones Chromium tries to
 * reach Google's services, and this machine's closed network refuses them.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The button of each sample and texts its outline must show. */
const EXPECTED: Record<(typeof SAMPLES)[number], { button: string; texts: string[] }> = {
  'dossier-6125-minsk-2024.txt': {
    button: 'Minsk dossier',
    texts: [
      'root dossier @ 2024-05-24',
      'header 6125 RUSSIE V.Poutine à Minsk rencontre Alexandre Loukachenko @ 2024-05-24',
      'section 1 Vladimir Poutine arrive à Minsk @ 2024-05-23T23:30:00+03:00',
      'section 4 Pourparlers Russie-Biélorussie',
      'sourceLink news 74102',
      'photoCounter 3/8',
    ],
  },
  'dossier-kremlin-2025-03.txt': {
    button: 'Kremlin dossier',
    texts: ['root dossier', 'toc (5 items)', 'section 4 Pourparlers russo-bilarusiens @ 2025-03-13T17:40:00+03:00', 'sourceLink news 76450'],
  },
  'article-rt-france-union.txt': {
    button: 'RT France article',
    texts: [
      'root article @ 19 décembre',
      'title Poutine souligne l’importance de l’union avec la Biélorussie',
      'boilerplate followLine Suivez RT France surTelegram',
      'boilerplate cookieBanner Tout AccepterTout refuserParamétrer vos choix',
    ],
  },
};

let server: Server;
let url: string;
let profile: string;
let shots: string;
let context: BrowserContext;
let page: Page;
/** Console errors, page errors and requests that left this machine: all must stay empty. */
const problems: string[] = [];

beforeAll(async () => {
  const bundle = join(root, 'dist', 'browser', 'pressdoc.js');
  if (!existsSync(bundle)) throw new Error('dist/browser/pressdoc.js is missing: run `npm run build` (`npm run test:e2e` does).');
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's (\`apt-get install -y chromium\`; .ci/run does) or set CHROMIUM_PATH.`);
  }
  ({ server, url } = await startServer({ port: 0 }));
  profile = mkdtempSync(join(tmpdir(), 'pressdoc-chromium-'));
  shots = process.env.E2E_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'pressdoc-shots-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    acceptDownloads: true,
  });
  // Only the local server may be asked for anything.
  await context.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.protocol === 'data:' || target.host === new URL(url).host) return route.continue();
    problems.push(`request to ${target.href}`);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (shots && !process.env.E2E_SCREENSHOT_DIR) rmSync(shots, { recursive: true, force: true });
});

/** The outline as shown: each node's type and label, in document order. */
async function outline(): Promise<Array<{ type: string; text: string }>> {
  return page.$$eval('#outline .node', (buttons) =>
    buttons.map((b) => ({ type: (b as HTMLElement).dataset.type ?? '', text: b.querySelector('.text')!.textContent ?? '' })),
  );
}

async function statusText(): Promise<string> {
  return (await page.textContent('#status')) ?? '';
}

/** Waits until the status line names `origin`. */
async function parsedAs(origin: string): Promise<void> {
  await page.waitForFunction((o) => document.getElementById('status')?.textContent?.startsWith(`${o}:`), origin);
}

describe('the playground', () => {
  it('opens with an empty document and the sample buttons', async () => {
    expect(await page.title()).toBe('pressdoc playground');
    expect(await statusText()).toMatch(/^No document yet/);
    const buttons = await page.$$eval('button[data-sample]', (bs) => bs.map((b) => b.textContent));
    expect(buttons).toEqual(SAMPLES.map((s) => EXPECTED[s].button));
  });

  for (const name of SAMPLES) {
    it(`shows the tree and diagnostics of ${name}, loaded or pasted`, async () => {
      const text = fixture(name);
      const { tree, diagnostics } = parse(text);
      const nodes = allNodes(tree);

      await page.click(`button[data-sample="${name}"]`);
      await parsedAs(EXPECTED[name].button);
      const loaded = await outline();
      // Node for node the tree that parse gives in Node.
      expect(loaded.map((n) => n.type)).toEqual(nodes.map((n: Node) => n.type));
      const labels = loaded.map((n) => n.text);
      for (const expected of EXPECTED[name].texts) expect(labels.some((l) => l.startsWith(expected)), expected).toBe(true);
      expect(await statusText()).toContain(`${tree.kind} · ${nodes.length} nodes · `);
      // The samples parse cleanly, and the page says so.
      expect(diagnostics).toEqual([]);
      expect(await page.textContent('#diagnostic-count')).toBe('0');
      expect(await page.textContent('#diagnostics')).toContain('No diagnostics');
      // The source shows every line of the text.
      expect(await page.$$eval('#source .line', (ls) => ls.length)).toBe(text.split('\n').length);

      // Pasting the same text into the box gives the same outline.
      await page.fill('#text', '');
      await page.fill('#text', text);
      await parsedAs('Your text');
      expect(await outline()).toEqual(loaded);
    });
  }

  it('highlights the span of a clicked node and shows its fields', async () => {
    const text = fixture('dossier-6125-minsk-2024.txt');
    const link = allNodes(parse(text).tree).find((n) => n.type === 'sourceLink' && n.eventId === 74102)!;
    await page.click('button[data-sample="dossier-6125-minsk-2024.txt"]');
    await parsedAs('Minsk dossier');
    await page.click('#outline .node[data-type="sourceLink"] >> text=news 74102');
    expect(await page.$$eval('#source mark', (ms) => ms.map((m) => m.textContent))).toEqual([
      text.slice(link.position.start.offset, link.position.end.offset),
    ]);
    expect(await page.textContent('#source mark')).toBe('http://en.kremlin.ru/events/president/news/74102');
    expect(await page.textContent('#selection')).toBe(`sourceLink ${link.position.start.line}:1–${link.position.end.line}:${link.position.end.column}`);
    expect(await page.getAttribute('#outline .node[aria-selected="true"]', 'data-type')).toBe('sourceLink');
    expect(JSON.parse((await page.textContent('#node'))!)).toMatchObject({ type: 'sourceLink', eventId: 74102, kind: 'news', host: 'en.kremlin.ru' });
    // The mark is scrolled into the source pane's view.
    expect(await inView('#source mark', '#source')).toBe(true);

    // A section spans several lines: each of them is marked, the heading first.
    await page.click('#outline .node[data-type="section"] >> nth=1');
    const section = parse(text).tree.children.filter((n) => n.type === 'section')[1]!;
    const marks = await page.$$eval('#source mark', (ms) => ms.map((m) => m.textContent ?? ''));
    expect(marks[0]).toMatch(/^2°\/Vladimir Poutine a félicité/);
    // One mark per line of text in the span (blank lines have nothing to mark).
    const spanLines = text.slice(section.position.start.offset, section.position.end.offset).split('\n');
    expect(marks).toEqual(spanLines.filter((l) => l !== ''));
    expect(spanLines.length).toBeGreaterThan(5);

    // And a click in the source selects the deepest node there.
    await page.click('#source .line[data-line="54"]', { position: { x: 90, y: 5 } });
    expect(await page.getAttribute('#outline .node[aria-selected="true"]', 'data-type')).toBe('sourceLink');

    // The keyboard walks the outline: down from the source link is the next section.
    await page.focus('#outline .node[aria-selected="true"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#outline .node[aria-selected="true"]', 'data-type')).toBe('section');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.type)).toBe('section');
    expect((await page.textContent('#source mark'))!).toMatch(/^2°\/Vladimir Poutine a félicité/);
    // Left collapses it: its children are hidden; right shows them again.
    const selectedItem = page.locator('#outline li:has(> .row > .node[aria-selected="true"])');
    const firstChild = selectedItem.locator('> ul .node').first();
    expect(await firstChild.getAttribute('data-type')).toBe('heading');
    await page.keyboard.press('ArrowLeft');
    expect(await selectedItem.getAttribute('aria-expanded')).toBe('false');
    expect(await firstChild.isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(await selectedItem.getAttribute('aria-expanded')).toBe('true');
    expect(await firstChild.isVisible()).toBe(true);
  });

  it('locates a clicked diagnostic in a damaged document', async () => {
    await page.click('#damaged');
    await parsedAs('Damaged dossier');
    const text = await page.inputValue('#text');
    const { diagnostics } = parse(text);
    const codes = await page.$$eval('#diagnostics button', (bs) => bs.map((b) => (b as HTMLElement).dataset.code));
    expect(codes).toEqual(diagnostics.map((d) => d.code));
    expect(new Set(codes)).toEqual(
      new Set(['UNRECOGNIZED_LINE', 'INVALID_DATE', 'INVALID_TIME', 'HEADING_WITHOUT_TIMESTAMP', 'UNKNOWN_TIME_ZONE', 'MALFORMED_URL']),
    );
    expect(await page.textContent('#diagnostic-count')).toBe(String(diagnostics.length));

    const index = diagnostics.findIndex((d) => d.code === 'INVALID_TIME');
    const d = diagnostics[index]!;
    await page.click(`#diagnostics button[data-index="${index}"]`);
    expect(await page.$$eval('#source mark.diagnostic', (ms) => ms.map((m) => m.textContent))).toEqual([
      text.slice(d.position.start.offset, d.position.end.offset),
    ]);
    expect(await page.textContent('#source mark.diagnostic')).toBe('25h70');
    expect(await page.textContent('#selection')).toBe(`INVALID_TIME ${d.position.start.line}:${d.position.start.column}–${d.position.end.line}:${d.position.end.column}`);
    expect(await page.getAttribute(`#diagnostics button[data-index="${index}"]`, 'aria-current')).toBe('true');
    // The outline shows where it is: the table-of-contents entry that holds the time.
    expect(await page.getAttribute('#outline .node[aria-selected="true"]', 'data-type')).toBe('tocEntry');

    const url = diagnostics.findIndex((x) => x.code === 'MALFORMED_URL');
    await page.click(`#diagnostics button[data-index="${url}"]`);
    expect(await page.textContent('#source mark.diagnostic')).toBe('http://en.kremlin.ru:99999/events/president/news/74103');
    expect(await inView('#source mark.diagnostic', '#source')).toBe(true);
  });

  it('parses a dropped file, and refuses one that is not UTF-8', async () => {
    const text = fixture('article-rt-france-union.txt');
    await drop('article.txt', [...Buffer.from(text, 'utf8')]);
    await parsedAs('article.txt');
    expect((await outline()).map((n) => n.type)).toEqual(allNodes(parse(text).tree).map((n) => n.type));

    await drop('latin1.txt', [0x4c, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    await page.waitForSelector('#status.error');
    expect(await statusText()).toMatch(/^latin1\.txt is not valid UTF-8.*iconv/);
  });

  it('renders a sample: a screenshot that is a real, non-blank page', async () => {
    await page.click('button[data-sample="dossier-kremlin-2025-03.txt"]');
    await parsedAs('Kremlin dossier');
    await page.click('#outline .node[data-type="section"] >> nth=2');
    const file = join(shots, 'playground-kremlin.png');
    const png = await page.screenshot({ path: file });
    console.log(`screenshot: ${file} (${png.length} bytes)`);

    // A PNG of the viewport's size (IHDR width and height at bytes 16–23).
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(VIEWPORT.width);
    expect(png.readUInt32BE(20)).toBe(VIEWPORT.height);
    expect(png.length).toBeGreaterThan(50_000);

    // Decoded by the browser itself: many colours, most of the page not background.
    const pixels = await measure(png);
    expect(pixels.colours).toBeGreaterThan(100);
    expect(pixels.notBackground).toBeGreaterThan(0.05);
    expect(pixels.highlight).toBeGreaterThan(500);
    writeFileSync(join(shots, 'measure.json'), JSON.stringify(pixels));
  });

  it("lists validate's findings and selects a clicked one's span in the text box", async () => {
    const name = 'dossier-kremlin-2025-03.txt';
    const text = fixture(name);
    const findings = validate(text);
    // The fixture must have findings, or this test proves nothing.
    expect(findings.length).toBeGreaterThan(0);
    await page.click(`button[data-sample="${name}"]`);
    await parsedAs('Kremlin dossier');
    const shown = await page.$$eval('#findings button', (bs) =>
      bs.map((b) => ({ rule: (b as HTMLElement).dataset.rule, severity: (b as HTMLElement).dataset.severity, text: b.textContent ?? '' })),
    );
    expect(shown.map((f) => f.rule)).toEqual(findings.map((f) => f.rule));
    expect(shown.map((f) => f.severity)).toEqual(findings.map((f) => f.severity));
    findings.forEach((f, i) => {
      expect(shown[i]!.text).toContain(f.message);
      expect(shown[i]!.text).toContain(`${f.position.start.line}:${f.position.start.column}`);
    });
    expect(await page.textContent('#finding-count')).toBe(String(findings.length));

    const last = findings.length - 1;
    const f = findings[last]!;
    await page.click(`#findings button[data-index="${last}"]`);
    const selection = await page.$eval('#text', (t) => [(t as HTMLTextAreaElement).selectionStart, (t as HTMLTextAreaElement).selectionEnd]);
    expect(selection).toEqual([f.position.start.offset, f.position.end.offset]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('text');
    expect(await page.textContent('#source mark.diagnostic')).toBe(text.slice(f.position.start.offset, f.position.end.offset).split('\n')[0]);
    expect(await page.textContent('#selection')).toMatch(new RegExp(`^${f.rule} ${f.position.start.line}:${f.position.start.column}–`));
    expect(await page.getAttribute(`#findings button[data-index="${last}"]`, 'aria-current')).toBe('true');
  });

  it('downloads the tree as JSON', async () => {
    const name = 'dossier-6125-minsk-2024.txt';
    const text = fixture(name);
    await page.click(`button[data-sample="${name}"]`);
    await parsedAs('Minsk dossier');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('pressdoc-tree.json');
    const json = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(json)).toEqual(parse(text).tree);
  });

  it('shares the text through the URL: a fresh page restores it and its tree', async () => {
    const name = 'article-rt-france-union.txt';
    const text = fixture(name);
    await page.click(`button[data-sample="${name}"]`);
    await parsedAs('RT France article');
    await page.click('#share');
    await page.waitForFunction(() => location.hash.startsWith('#text='));
    const shared = page.url();
    expect(await statusText()).toMatch(/^Share link .*in the address bar/);
    // Compressed: shorter than the text itself.
    expect(new URL(shared).hash.length).toBeLessThan(text.length);

    const fresh = await context.newPage();
    fresh.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console (fresh page): ${m.text()}`);
    });
    fresh.on('pageerror', (e) => problems.push(`page error (fresh page): ${e.message}`));
    try {
      await fresh.goto(shared);
      await fresh.waitForSelector('body[data-ready="true"]');
      expect(await fresh.inputValue('#text')).toBe(text);
      expect(await fresh.textContent('#status')).toMatch(/^Shared link: /);
      const types = await fresh.$$eval('#outline .node', (bs) => bs.map((b) => (b as HTMLElement).dataset.type));
      expect(types).toEqual(allNodes(parse(text).tree).map((n: Node) => n.type));
      // And the tree itself, through the download.
      const [download] = await Promise.all([fresh.waitForEvent('download'), fresh.click('#download')]);
      expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(parse(text).tree);

      // A damaged link pasted into the address bar (only the fragment changes)
      // says so, and leaves the text shown as it was.
      await fresh.goto(`${url}#text=${new URL(shared).hash.slice(6, 40)}`);
      await fresh.waitForSelector('#status.error');
      expect(await fresh.textContent('#status')).toMatch(/^This link's text could not be read/);
      expect(await fresh.inputValue('#text')).toBe(text);

      // A fragment over 1,000,000 characters is refused before it is decoded.
      await fresh.goto(`${url}#text=${'A'.repeat(1_000_000)}`);
      await fresh.waitForFunction(() => document.getElementById('status')?.textContent?.includes('over the 1,000,000'));
      expect(await fresh.textContent('#status')).toMatch(/^This link's text is 1,000,005 characters long, over the 1,000,000 this page reads: not opened\./);
      expect(await fresh.inputValue('#text')).toBe(text);
      await fresh.screenshot({ path: join(shots, 'shared.png') });
    } finally {
      await fresh.close();
    }
  });

  it('met no console error, no page error and sent no request off this machine', () => {
    expect(problems).toEqual([]);
  });
});

/** Whether `selector`'s first match lies within `container`'s visible box. */
async function inView(selector: string, container: string): Promise<boolean> {
  return page.$eval(
    selector,
    (element, c) => {
      const box = document.querySelector(c)!.getBoundingClientRect();
      const r = element.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    },
    container,
  );
}

/** Drops a file with these bytes on the page, as a user dragging it from a file manager. */
async function drop(name: string, bytes: number[]): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const t = new DataTransfer();
      t.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
      return t;
    },
    { name, bytes },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  expect(await page.isVisible('#drop')).toBe(true);
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  expect(await page.isVisible('#drop')).toBe(false);
}

/**
 * Decodes the PNG in a blank page and counts: distinct colours, the share of
 * pixels that differ from the page background, and pixels of the highlight
 * colour (the selected node's span).
 */
async function measure(png: Buffer): Promise<{ colours: number; notBackground: number; highlight: number }> {
  const blank = await context.newPage();
  try {
    return await blank.evaluate(async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const g = canvas.getContext('2d')!;
      g.drawImage(image, 0, 0);
      const { data } = g.getImageData(0, 0, image.width, image.height);
      const colours = new Set<number>();
      let notBackground = 0;
      let highlight = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, gr, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        colours.add((r << 16) | (gr << 8) | b);
        // The page background is #f6f7f9 and the panels white.
        const background = (r === 0xf6 && gr === 0xf7 && b === 0xf9) || (r === 255 && gr === 255 && b === 255);
        if (!background) notBackground++;
        // The highlight is #ffe58a.
        if (r === 0xff && gr === 0xe5 && b === 0x8a) highlight++;
      }
      return { colours: colours.size, notBackground: notBackground / (data.length / 4), highlight };
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await blank.close();
  }
}
