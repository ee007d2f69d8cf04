/**
 * The explorer's files in a build and a release, and `govreports serve` (the browser tests are in
 * browser.test.ts): what the page is given, byte-identical rebuilds, the README's queries, the
 * server's answers.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../pipeline/build.ts';
import { readmeExamples } from '../pipeline/explorer/write.ts';
import { serve } from '../pipeline/explorer/serve.ts';
import { OUTPUT_TABLES, VIEWS } from '../pipeline/load/index.ts';

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
let out: string;
beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'gr-explorer-')), 'output');
  await build({ rawDir: 'raw', outDir: out });
});

describe('the explorer in a build', () => {
  it('is written with DuckDB-WASM beside it, and told the tables, views and README queries', () => {
    const files = readdirSync(join(out, 'explorer')).sort();
    expect(files).toEqual(['app.js', 'config.json', 'duckdb-browser-eh.worker.js', 'duckdb-eh.wasm', 'index.html', 'style.css']);
    const config = JSON.parse(readFileSync(join(out, 'explorer', 'config.json'), 'utf8'));
    expect(config.tables).toEqual(OUTPUT_TABLES);
    expect(config.views).toEqual(VIEWS);
    expect(config.examples).toEqual(readmeExamples(readFileSync('README.md', 'utf8')));
    expect(config.examples.length).toBeGreaterThanOrEqual(3);
    for (const t of OUTPUT_TABLES) expect(statSync(join(out, 'parquet', `${t}.parquet`)).size).toBeGreaterThan(0);
    const html = readFileSync(join(out, 'explorer', 'index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval';/);
    expect(html).not.toMatch(/<script>(?!<)/); // no inline script
  });

  it('is the same bytes in a second build', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'gr-explorer2-')), 'output');
    await build({ rawDir: 'raw', outDir: again, cacheDir: false });
    for (const f of readdirSync(join(out, 'explorer'))) expect(sha(join(again, 'explorer', f)), f).toBe(sha(join(out, 'explorer', f)));
  });
});

describe('the README\'s example queries', () => {
  it('are read from its Query section, one per -- title', () => {
    const readme = '# x\n\n## Query\n\n```sql\n-- First\nSELECT 1;\n\n-- Second, on\n-- two lines? no: one title\nSELECT 2\nFROM t;\n```\n\nOr `SELECT 3`.\n\n## Large corpora\n\n```sql\nSELECT 4;\n```\n';
    expect(readmeExamples(readme)).toEqual([
      { title: 'First', sql: 'SELECT 1;' },
      { title: 'Second, on', sql: '-- two lines? no: one title\nSELECT 2\nFROM t;' },
    ]);
    expect(readmeExamples('# no query section\n')).toEqual([]);
  });
});

describe('govreports serve', () => {
  let url: string;
  let close: () => void;
  beforeAll(async () => {
    const s = await serve({ dir: out, port: 0 });
    url = s.url;
    close = () => s.server.close();
  });
  afterAll(() => close?.());

  it('serves the page, the Parquet files by range, and nothing outside the folder or hidden', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/explorer\/$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('Content-Security-Policy');
    const wasm = await fetch(new URL('duckdb-eh.wasm', url), { method: 'HEAD' });
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    const part = await fetch(new URL('../parquet/reports.parquet', url), { headers: { Range: 'bytes=0-3' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).toString('latin1')).toBe('PAR1');
    const root = new URL('/', url).href;
    expect((await fetch(`${root}..%2f..%2fetc%2fpasswd`)).status).toBeGreaterThanOrEqual(400);
    expect((await fetch(`${root}.govreports-build`)).status).toBe(404);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    const home = await fetch(root, { redirect: 'manual' });
    expect([home.status, home.headers.get('location')]).toEqual([302, '/explorer/']);
  });

  it('prints the address from the command line, and says what is wrong with a folder', async () => {
    const child = spawn(process.execPath, ['bin/govreports.mjs', 'serve', '--out', out, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((ok, fail) => {
        let text = '';
        child.stdout.on('data', (d) => { text += d; if (text.includes('\n')) ok(text); });
        child.on('exit', (code) => fail(new Error(`serve exited with ${code}`)));
      });
      const address = /http:\/\/127\.0\.0\.1:\d+\/explorer\//.exec(line)?.[0];
      expect(address, line).toBeDefined();
      expect((await fetch(address!)).status).toBe(200);
    } finally {
      child.kill();
    }
    const bad = spawn(process.execPath, ['bin/govreports.mjs', 'serve', '--out', 'raw', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr = await new Promise<string>((ok) => { let e = ''; bad.stderr.on('data', (d) => { e += d; }); bad.on('exit', () => ok(e)); });
    expect(stderr.trim()).toBe('govreports: raw has no explorer/index.html: serve a build\'s output folder or a release folder');
  }, 30_000);
});
