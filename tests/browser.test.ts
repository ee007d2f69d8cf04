/**
 * The explorer in a real browser: headless Chromium (Debian's, /usr/bin/chromium, or
 * CHROMIUM_PATH) driven by playwright-core, against builds served by `govreports serve`'s server.
 * On a machine without Chromium these tests are skipped, and .cache/browser-tests.txt (which
 * `make test` prints) says so and how to get it; .ci/run installs it, so CI runs them.
 *
 * Screenshots of each view go to .cache/screenshots/; with UPDATE_SCREENSHOTS=1 they are also
 * copied to docs/explorer/, where the README shows them.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../pipeline/build.ts';
import { serve } from '../pipeline/explorer/serve.ts';
import { release } from '../pipeline/release.ts';
import { synth } from '../pipeline/synth/index.ts';
import { report } from './helpers.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
// CI installs Chromium (.ci/run) and sets REQUIRE_BROWSER: there a missing browser is a failure, not a skip.
if (!available && process.env.REQUIRE_BROWSER) throw new Error(`REQUIRE_BROWSER is set but there is no Chromium at ${CHROMIUM}`);
mkdirSync('.cache', { recursive: true });
writeFileSync('.cache/browser-tests.txt', available
  ? `browser tests: run in ${CHROMIUM}\n`
  : `browser tests: SKIPPED, no Chromium at ${CHROMIUM}. Install Debian's (apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH.\n`);
if (!available) console.warn(readFileSync('.cache/browser-tests.txt', 'utf8').trim());

/** The flags this kind of machine needs (see the machine notes): no sandbox as root, no background connections. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = '.cache/screenshots';

const readCsv = (p: string) => Papa.parse<Record<string, string>>(readFileSync(p, 'utf8'), { header: true, skipEmptyLines: true }).data;
/** A span of a clean text, in code points. */
const spanOf = (out: string, id: string, start: number, end: number) => Array.from(readFileSync(join(out, 'clean', `${id}.txt`), 'utf8')).slice(start, end).join('');

let browser: Browser;
const servers: Array<() => void> = [];

async function served(dir: string): Promise<string> {
  const s = await serve({ dir, port: 0 });
  servers.push(() => s.server.close());
  return s.url;
}

/** A page with the explorer loaded; errors the page throws fail the test. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
  expect(await page.locator('#status.error').count(), await page.textContent('#status') ?? '').toBe(0);
  return { page, errors };
}

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync('docs/explorer', { recursive: true });
    copyFileSync(join(SHOTS, `${name}.png`), join('docs/explorer', `${name}.png`));
  }
}

beforeAll(async () => {
  if (!available) return;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}, 60_000);
afterAll(async () => {
  for (const close of servers) close();
  await browser?.close();
});

describe.skipIf(!available)('the explorer on a build of the seeds', () => {
  let out: string;
  let url: string;
  beforeAll(async () => {
    out = join(mkdtempSync(join(tmpdir(), 'gr-browser-')), 'output');
    await build({ rawDir: 'raw', outDir: out });
    url = await served(out);
  }, 120_000);

  it('loads, lists the governments and draws a chart per indicator', async () => {
    const { page, errors } = await open(url);
    expect(await page.locator('#regions option').count()).toBe(5);
    const region = await page.inputValue('#region');
    const code = /· (\d{6}) ·/.exec(region)?.[1];
    expect(code, region).toBeDefined();
    const indicators = new Set(readCsv(join(out, 'csv/target_outcomes.csv')).filter((r) => r.admin_code === code).map((r) => r.indicator));
    expect(await page.locator('.chart').count()).toBe(indicators.size);
    // Each chart is an SVG with its marks: targets as squares, outcomes as dots.
    expect(await page.locator('.chart svg .target-mark path, .chart svg .target-mark a').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart[data-indicator="gdp"] svg .outcome-mark circle').count()).toBeGreaterThan(0);
    // Chinese text is there as text.
    expect(await page.textContent('h2')).toMatch(/[\u4e00-\u9fff]+.* targets against outcomes/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the sentence of a target clicked in a chart, its span marked', async () => {
    const { page } = await open(url);
    const code = /· (\d{6}) ·/.exec(await page.inputValue('#region'))![1];
    const row = readCsv(join(out, 'csv/target_outcomes.csv')).find((r) => r.admin_code === code && r.indicator === 'gdp' && r.target_stated === 'true')!;
    await page.locator('.chart[data-indicator="gdp"] .target-mark a').first().click();
    await page.waitForSelector('#highlight');
    expect(page.url()).toContain(`#report?report=${row.target_report_id}&start=${row.target_char_start}&end=${row.target_char_end}`);
    const marked = await page.textContent('#highlight');
    expect(marked).toBe(spanOf(out, row.target_report_id, +row.target_char_start, +row.target_char_end));
    expect(row.target_sentence).toContain(marked);
    expect(await page.locator('tr.figure.selected').count()).toBe(1);
    await page.close();
  });

  it('lists one report\'s figures; a click on one marks its span in the clean text', async () => {
    const { page } = await open(`${url}#report`);
    const id = await page.locator('#year').inputValue();
    const figures = readCsv(join(out, 'csv/indicators.csv')).filter((r) => r.report_id === id);
    expect(await page.locator('#figures tr.figure').count()).toBe(figures.length);
    const third = page.locator('#figures tr.figure').nth(2);
    const [start, end] = [Number(await third.getAttribute('data-start')), Number(await third.getAttribute('data-end'))];
    await third.click();
    await page.waitForSelector('#highlight');
    expect(await page.textContent('#highlight')).toBe(spanOf(out, id, start, end));
    expect(figures.some((f) => +f.char_start === start && +f.char_end === end)).toBe(true);
    // The whole clean text is shown around it.
    expect(await page.textContent('#report-text')).toBe(readFileSync(join(out, 'clean', `${id}.txt`), 'utf8'));
    await page.close();
  });

  it('answers the README\'s example queries and any other in the SQL box', async () => {
    const { page } = await open(`${url}#sql`);
    await page.click('[data-example="0"]');
    await page.waitForSelector('#sql-table');
    expect(await page.locator('#sql-table tbody tr').count()).toBe(readCsv(join(out, 'csv/indicators.csv')).filter((r) => r.indicator === 'gdp' && r.kind === 'target' && r.basis === 'annual').length);
    await page.fill('#sql-box', 'SELECT count(*) AS n FROM paragraphs');
    await page.click('.sql button.run');
    await page.waitForFunction(() => (globalThis as any).document.querySelector('#sql-table td')?.textContent === '374');
    await page.fill('#sql-box', 'SELECT nonsense FROM nowhere');
    await page.click('.sql button.run');
    await page.waitForSelector('#status.error');
    expect(await page.textContent('#status')).toMatch(/nowhere/);
    await page.close();
  });

  it('shows the coverage: reports per level and year, rejects by reason', async () => {
    const { page } = await open(`${url}#coverage`);
    await page.waitForSelector('#coverage-table');
    expect(await page.textContent('h2')).toBe('Coverage: 5 reports');
    expect(await page.locator('#coverage-table tbody tr').count()).toBe(new Set(readCsv(join(out, 'csv/reports.csv')).map((r) => r.plan_year)).size);
    await page.close();
  });

  it('says what to do when opened as a file', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${join(out, 'explorer', 'index.html')}`);
    await page.waitForSelector('#status.error');
    expect(await page.textContent('#status')).toMatch(/govreports serve --out/);
    await page.close();
  });
});

describe.skipIf(!available)('text from the data is never markup', () => {
  let out: string;
  let url: string;
  let injected: string;
  beforeAll(async () => {
    // A report whose figures' sentences carry markup and script text, after the seed of the same district a year before.
    const dir = mkdtempSync(join(tmpdir(), 'gr-xss-'));
    const raw = join(dir, 'raw');
    mkdirSync(raw);
    for (const f of readdirSync('raw')) copyFileSync(join('raw', f), join(raw, f));
    writeFileSync(join(raw, 'xss.txt'), report({
      plan: 2024, region: '株洲市天元区',
      // Two tags at most: the cleaner strips tags only from texts that carry three or more.
      review: ['2023年，全区地区生产总值增长6.1%＜img src=x onerror=window.__pwned=1＞，社会消费品零售总额增长5%。'],
      planText: ['主要预期目标是：地区生产总值增长6%左右＜script＞window.__pwned=2;document.title="pwned"，一般公共预算收入增长5%。'],
    }));
    out = join(dir, 'output');
    await build({ rawDir: raw, outDir: out, cacheDir: false });
    injected = readCsv(join(out, 'csv/reports.csv')).find((r) => r.source_file === 'xss.txt')!.report_id;
    url = await served(out);
  }, 120_000);

  it('shows <img onerror> and <script> text as text, runs none of it, and the policy blocks inline script', async () => {
    const { page, errors } = await open(`${url}#targets?region=430211`);
    // The chart's titles hold the sentences.
    const titles = await page.locator('.chart[data-indicator="gdp"] svg title').allTextContents();
    expect(titles.join('\n')).toContain('<img src=x onerror=window.__pwned=1>');
    await page.goto(`${url}#report?report=${injected}`);
    await page.waitForSelector('#report-text');
    await page.locator('#figures tr.figure').first().click();
    await page.waitForSelector('#highlight');
    const text = await page.textContent('#report-text');
    expect(text).toContain('<img src=x onerror=window.__pwned=1>');
    expect(text).toContain('<script>window.__pwned=2;document.title=');
    expect(await page.getAttribute('#figures tr.figure >> nth=2', 'title')).toContain('<script>window.__pwned=2');
    await shot(page, 'xss');
    await page.goto(`${url}#sql?q=${encodeURIComponent("SELECT sentence FROM indicators WHERE sentence LIKE '%onerror%'")}`);
    await page.waitForSelector('#sql-table');
    expect(await page.textContent('#sql-table')).toContain('<img src=x onerror=');
    // (Run in the page: its globals are typed loosely here, the tests being compiled without the DOM's types.)
    const state = await page.evaluate(() => {
      const w = globalThis as any;
      return { pwned: w.__pwned, images: w.document.querySelectorAll('img').length, scripts: [...w.document.querySelectorAll('script')].map((s: any) => s.getAttribute('src')), title: w.document.title };
    });
    expect(state).toEqual({ pwned: undefined, images: 0, scripts: ['app.js'], title: 'govreports explorer' });
    // Were markup ever to get in, the policy would still refuse to run it.
    const blocked = await page.evaluate(() => new Promise<string>((ok) => {
      const w = globalThis as any;
      w.document.addEventListener('securitypolicyviolation', (e: any) => ok(e.violatedDirective), { once: true });
      const s = w.document.createElement('script');
      s.textContent = 'window.__inline = 1';
      w.document.body.append(s);
      setTimeout(() => ok(w.__inline ? 'ran' : 'no event'), 2000);
    }));
    expect(blocked).toMatch(/^script-src/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!available)('the explorer in a release folder, and screenshots of a panel', () => {
  it('works served from the release folder, the texts put together from paragraphs', async () => {
    const dest = mkdtempSync(join(tmpdir(), 'gr-release-browser-'));
    const dir = await release({ rawDir: 'raw', destDir: dest, version: '0.1.0' });
    expect(existsSync(join(dir, 'explorer', 'index.html'))).toBe(true);
    expect(existsSync(join(dir, 'clean'))).toBe(false);
    expect(readFileSync(join(dir, 'SHA256SUMS'), 'utf8')).toMatch(/ {2}explorer\/duckdb-eh\.wasm\n/);
    const { page } = await open(await served(dir));
    await page.goto(`${page.url().split('#')[0]}#report`);
    await page.waitForSelector('#figures tr.figure');
    const id = await page.locator('#year').inputValue();
    const row = page.locator('#figures tr.figure').first();
    const [start, end] = [Number(await row.getAttribute('data-start')), Number(await row.getAttribute('data-end'))];
    await row.click();
    await page.waitForSelector('#highlight');
    // The span is the same as in the build's clean text (the release ships it zipped only).
    const build = join(mkdtempSync(join(tmpdir(), 'gr-release-check-')), 'output');
    const { build: buildFn } = await import('../pipeline/build.ts');
    await buildFn({ rawDir: 'raw', outDir: build });
    expect(await page.textContent('#highlight')).toBe(spanOf(build, id, start, end));
    await page.close();
  }, 120_000);

  it('draws a panel\'s targets against outcomes (and keeps screenshots of each view)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gr-panel-browser-'));
    synth({ count: 24, seed: 4, outDir: join(dir, 'raw'), fromDir: 'raw', regions: 3 });
    await build({ rawDir: join(dir, 'raw'), outDir: join(dir, 'out'), cacheDir: false, threads: 2 });
    const { page } = await open(await served(join(dir, 'out')));
    const gdp = page.locator('.chart[data-indicator="gdp"]');
    expect(await gdp.locator('.target-mark a').count()).toBeGreaterThanOrEqual(5);
    expect(await gdp.locator('.outcome-mark circle').count()).toBeGreaterThanOrEqual(6);
    await shot(page, 'targets');
    await gdp.locator('.outcome-mark a').last().click();
    await page.waitForSelector('#highlight');
    expect(await page.textContent('#highlight')).toMatch(/地区生产总值(增长|下降)/);
    await shot(page, 'report');
    await page.goto(`${page.url().split('#')[0]}#coverage`);
    await page.waitForSelector('#coverage-table');
    await shot(page, 'coverage');
    await page.goto(`${page.url().split('#')[0]}#sql`);
    await page.click('[data-example="1"]');
    await page.waitForSelector('#sql-table');
    expect(await page.locator('#sql-table tbody tr').count()).toBeGreaterThan(0);
    await shot(page, 'sql');
    await page.close();
  }, 120_000);
});
