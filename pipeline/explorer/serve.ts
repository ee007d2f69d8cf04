/**
 * `govreports serve`: a plain file server on localhost for a build or release folder, so that
 * the explorer page (explorer/index.html) can load the Parquet files beside it. Browsers refuse
 * both a page's workers and its fetches from file:// pages, so the page needs a server, and any
 * static one does; this one is `send` (Range requests, which DuckDB-WASM uses to read only the
 * row groups and columns a query needs, conditional GETs, no dotfiles, nothing outside the folder).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import send from 'send';
import { UsageError } from '../build.ts';

export interface ServeOptions { dir: string; port?: number; host?: string }

/** The headers every response carries: the page's policy again (for its worker too), no sniffing. */
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export async function serve(o: ServeOptions): Promise<{ server: Server; url: string }> {
  const root = resolve(o.dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`no such folder: ${o.dir}`);
  if (!existsSync(resolve(root, 'explorer', 'index.html'))) throw new UsageError(`${o.dir} has no explorer/index.html: serve a build's output folder or a release folder`);
  const host = o.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname; // send decodes it
    if (path === '/') {
      res.statusCode = 302;
      res.setHeader('Location', '/explorer/');
      res.end();
      return;
    }
    send(req, path, { root, dotfiles: 'ignore', index: ['index.html'], cacheControl: true, maxAge: 0 })
      .on('error', (e: { status?: number }) => {
        res.statusCode = e.status ?? 500;
        res.end();
      })
      .pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) => fail(e.code === 'EADDRINUSE' ? new UsageError(`port ${o.port} is in use; choose another with --port`) : e));
    server.listen(o.port ?? 8000, host, () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  return { server, url: `http://${host}:${port}/explorer/` };
}
