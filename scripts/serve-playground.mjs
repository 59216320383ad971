// Serves the playground (`npm run playground`): a tiny static server on
// 127.0.0.1 for playground/, the browser build in dist/browser/ and the
// sample documents in fixtures/. Nothing else of the project is served.
//
//   PORT=8080 npm run playground      (default port 5173; PORT=0 picks a free one)
//   HOST=0.0.0.0 npm run playground   (default 127.0.0.1: this machine only)
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The only folders served, as URL prefixes (and folders under the project root). */
const SERVED = ['/playground/', '/dist/browser/', '/fixtures/'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Maps a request path to a file under `root`, or returns undefined when it is
 * not one of the served files. `/` is answered by a redirect elsewhere.
 */
export function resolveRequest(urlPath, root = projectRoot) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  if (path === '/playground') path = '/playground/';
  if (path.endsWith('/')) path += 'index.html';
  const clean = normalize(path).split(sep).join('/');
  // normalize() resolves `..`: the result must still lie in a served folder.
  if (!SERVED.some((prefix) => clean.startsWith(prefix))) return undefined;
  const file = join(root, ...clean.split('/').filter(Boolean));
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  // A symlink inside a served folder must not serve a file outside it: the
  // real path must lie in the real served folder too.
  const real = realpathSync(file);
  const prefix = SERVED.find((p) => clean.startsWith(p));
  const realFolder = realpathSync(join(root, ...prefix.split('/').filter(Boolean)));
  if (!real.startsWith(realFolder + sep)) return undefined;
  return real;
}

/**
 * Whether a request's Host header names this server by a loopback name:
 * `localhost`, `127.0.0.1` or `[::1]`, with the port it listens on. Any other
 * name is refused, so that a page of another site whose name was rebound to
 * 127.0.0.1 (DNS rebinding) cannot read the served files.
 *
 * @param {string | undefined} host - The Host header.
 * @param {number} port - The port the server listens on.
 */
export function isLocalHost(host, port) {
  if (host === undefined) return false;
  return ['localhost', '127.0.0.1', '[::1]'].some((name) => host.toLowerCase() === `${name}:${port}`);
}

/**
 * Starts the server. Resolves once it listens, with the server and the URL of
 * the playground page; rejects with an error that says what to do when the
 * port is taken.
 *
 * @param {{ port?: number, host?: string, root?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function startServer({ port = 5173, host = '127.0.0.1', root = projectRoot } = {}) {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Only GET and HEAD.\n');
      return;
    }
    const address = server.address();
    if (!isLocalHost(req.headers.host, typeof address === 'object' && address ? address.port : port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Expected a Host of localhost, 127.0.0.1 or [::1] with this port.\n');
      return;
    }
    const urlPath = req.url ?? '/';
    if (urlPath === '/' || urlPath.startsWith('/?') || urlPath.startsWith('/#')) {
      res.writeHead(302, { Location: '/playground/' }).end();
      return;
    }
    const file = resolveRequest(urlPath, root);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${urlPath}\n`);
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      // Always the latest build while developing.
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err) => {
      if (err.code === 'EADDRINUSE') {
        reject(new Error(`port ${port} on ${host} is already in use: stop the other server, or pick another port, e.g. PORT=${port + 1} npm run playground`));
      } else reject(err);
    });
    server.listen(port, host, () => {
      const address = server.address();
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      resolve({ server, url: `http://${shownHost}:${address.port}/playground/` });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bundle = join(projectRoot, 'dist', 'browser', 'pressdoc.js');
  if (!existsSync(bundle)) {
    console.error('pressdoc playground: dist/browser/pressdoc.js is missing. Run `npm run build` first (`npm run playground` does).');
    process.exit(2);
  }
  const rawPort = process.env.PORT ?? '5173';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`pressdoc playground: PORT=${rawPort} is not a port number; use 0–65535, e.g. PORT=8080.`);
    process.exit(2);
  }
  try {
    const { server, url } = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
    console.log(`pressdoc playground: ${url}  (Ctrl-C to stop)`);
    const stop = () => server.close(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error(`pressdoc playground: ${err.message}`);
    process.exit(2);
  }
}
