// The playground's static server serves the playground, the browser build and
// the samples, and nothing else of the project.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest, startServer } from '../scripts/serve-playground.mjs';

let server: Server;
let base: URL;

beforeAll(async () => {
  const started = await startServer({ port: 0 });
  server = started.server;
  base = new URL(started.url);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request: `fetch` would resolve `..` in the path before sending it. */
function get(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; type: string; location: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: base.hostname, port: base.port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), location: String(res.headers.location ?? ''), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve-playground.mjs', () => {
  it('listens on 127.0.0.1 and names the page', () => {
    expect(base.hostname).toBe('127.0.0.1');
    expect(base.pathname).toBe('/playground/');
  });

  it('sends / to the playground and serves its page, script and styles', async () => {
    expect(await get('/')).toMatchObject({ status: 302, location: '/playground/' });
    const page = await get('/playground/');
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(page.body).toContain('<script type="module" src="app.js"></script>');
    expect(await get('/playground/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get('/playground/style.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
  });

  it('serves the samples as UTF-8 text, byte for byte', async () => {
    const sample = await get('/fixtures/dossier-6125-minsk-2024.txt');
    expect(sample).toMatchObject({ status: 200, type: 'text/plain; charset=utf-8' });
    expect(sample.body).toMatch(/^6125 – RUSSIE – V\.Poutine à Minsk/);
  });

  it.each([
    '/package.json',
    '/src/index.ts',
    '/fixtures/../package.json',
    '/playground/../package.json',
    '/fixtures/%2e%2e/package.json',
    '/dist/browser/../index.js',
    '/fixtures/nope.txt',
    '/playground/..%5c..%5cpackage.json',
  ])('answers 404 to %s', async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    expect((await get('/playground/', 'POST')).status).toBe(405);
    expect(await get('/playground/', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('says what to do when the port is taken', async () => {
    await expect(startServer({ port: Number(base.port) })).rejects.toThrow(`port ${base.port} on 127.0.0.1 is already in use`);
  });

  it('resolveRequest maps only files of the served folders', () => {
    expect(resolveRequest('/playground/')).toMatch(/playground[/\\]index\.html$/);
    expect(resolveRequest('/playground')).toMatch(/playground[/\\]index\.html$/);
    expect(resolveRequest('/fixtures/')).toBeUndefined();
    expect(resolveRequest('/%E0%A4%A')).toBeUndefined();
    expect(resolveRequest('/fixtures/a%00b')).toBeUndefined();
  });

  it('refuses a Host header other than localhost, 127.0.0.1 or [::1] with its port (DNS rebinding)', async () => {
    // Served before: any Host was answered.
    expect((await get('/playground/', 'GET', { Host: `evil.example:${base.port}` })).status).toBe(421);
    expect((await get('/playground/', 'GET', { Host: '127.0.0.1:1' })).status).toBe(421);
    expect((await get('/playground/', 'GET', { Host: 'localhost' })).status).toBe(421);
    for (const host of [`localhost:${base.port}`, `127.0.0.1:${base.port}`, `[::1]:${base.port}`]) {
      expect((await get('/playground/', 'GET', { Host: host })).status, host).toBe(200);
    }
  });

  it('does not follow a symlink out of a served folder', () => {
    // Served before: resolveRequest checked the path as written, not where it leads.
    const root = mkdtempSync(join(tmpdir(), 'pressdoc-serve-'));
    try {
      mkdirSync(join(root, 'playground'));
      writeFileSync(join(root, 'secret.txt'), 'secret');
      writeFileSync(join(root, 'playground', 'index.html'), '<p>ok</p>');
      symlinkSync(join(root, 'secret.txt'), join(root, 'playground', 'leak.txt'));
      symlinkSync(root, join(root, 'playground', 'up'));
      expect(resolveRequest('/playground/', root)).toBe(join(root, 'playground', 'index.html'));
      expect(resolveRequest('/playground/leak.txt', root)).toBeUndefined();
      expect(resolveRequest('/playground/up/secret.txt', root)).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
