/**
 * The explorer page: DuckDB-WASM over the output's Parquet files (../parquet/), read through
 * HTTP Range requests so that a view fetches only the columns and row groups its query needs
 * (the per-report tables are sorted by report_id, target_outcomes by admin_code), and Observable
 * Plot for the charts. Four views, each a hash route so that every state has an address:
 *   #targets?region=…        each indicator's targets against outcomes over the years
 *   #report?report=…&start=…&end=…   one report's figures, and its clean text with a span marked
 *   #coverage                reports per level and year, what was rejected and why
 *   #sql?q=…                 any query, the README's examples one click away
 * Every text from the data is put into the page as text (textContent, Plot's titles), never as
 * markup, and the page's Content-Security-Policy allows no script but this one.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import * as Plot from '@observablehq/plot';

interface Config { tables: string[]; views: Record<string, string>; examples: Array<{ title: string; sql: string }> }
type Row = Record<string, unknown>;
type View = 'targets' | 'report' | 'coverage' | 'sql';
const VIEWS: View[] = ['targets', 'report', 'coverage', 'sql'];

// ---------------------------------------------------------------------------------------------
// DOM: every string becomes a text node.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null | ((e: Event) => void)>;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function setStatus(message: string, error = false) {
  const s = byId('status');
  s.textContent = message;
  s.classList.toggle('error', error);
}

/** A report id as the pipeline writes it: 16 hex digits. Anything else is not used in an address. */
const REPORT_ID = /^[0-9a-f]{16}$/;

// ---------------------------------------------------------------------------------------------
// Data
let conn: duckdb.AsyncDuckDBConnection;
let config: Config;

async function query(sql: string, ...params: unknown[]): Promise<Row[]> {
  let table;
  if (params.length) {
    const stmt = await conn.prepare(sql);
    try {
      table = await stmt.query(...params);
    } finally {
      await stmt.close();
    }
  } else table = await conn.query(sql);
  return table.toArray().map((r) => r.toJSON() as Row);
}

async function openDatabase(): Promise<void> {
  config = (await (await fetch('config.json')).json()) as Config;
  const here = location.href;
  const worker = new Worker(new URL('duckdb-browser-eh.worker.js', here));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL('duckdb-eh.wasm', here).href);
  await db.open({ query: { castBigIntToDouble: true } });
  conn = await db.connect();
  // Nothing is fetched from anywhere but this folder's server.
  await conn.query(`SET autoinstall_known_extensions = false`).catch(() => undefined);
  await conn.query(`SET autoload_known_extensions = false`).catch(() => undefined);
  for (const t of config.tables) {
    if (!/^[a-z_]+$/.test(t)) continue;
    await db.registerFileURL(`${t}.parquet`, new URL(`../parquet/${t}.parquet`, here).href, duckdb.DuckDBDataProtocol.HTTP, false);
    await conn.query(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${t}.parquet')`);
  }
  for (const [name, sql] of Object.entries(config.views)) {
    if (/^[a-z_]+$/.test(name)) await conn.query(`CREATE VIEW ${name} AS ${sql}`);
  }
}

interface ReportInfo { report_id: string; region_name: string | null; admin_code: string | null; admin_level: string | null; plan_year: number | null; review_year: number | null }
interface Region { key: string; label: string; name: string; code: string | null; level: string | null; reports: ReportInfo[] }
const regions = new Map<string, Region>();
const regionByLabel = new Map<string, string>();
const reportById = new Map<string, ReportInfo>();

/** The key target_outcomes joins a government by: its code, or 'national'; others by name. */
function regionKeyOf(r: ReportInfo): string {
  if (r.admin_level === 'national') return 'national';
  return r.admin_code ?? `name:${r.admin_level ?? ''}:${r.region_name ?? r.report_id}`;
}

async function loadRegions() {
  const rows = (await query(`SELECT report_id, region_name, admin_code, admin_level, plan_year, review_year FROM reports ORDER BY plan_year, report_id`)) as unknown as ReportInfo[];
  for (const r of rows) {
    reportById.set(r.report_id, r);
    const key = regionKeyOf(r);
    let g = regions.get(key);
    if (!g) {
      g = { key, label: '', name: r.region_name ?? '(region not found)', code: r.admin_code, level: r.admin_level, reports: [] };
      regions.set(key, g);
    }
    g.reports.push(r);
    if (r.region_name) g.name = r.region_name; // the latest report's name
  }
  const list = byId<HTMLDataListElement>('regions');
  const sorted = [...regions.values()].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '') || a.name.localeCompare(b.name));
  for (const g of sorted) {
    g.label = `${g.name} · ${g.key === 'national' ? '全国' : g.code ?? (g.level ?? '?')} · ${g.reports.length} report${g.reports.length === 1 ? '' : 's'}`;
    regionByLabel.set(g.label, g.key);
    list.append(h('option', { value: g.label }));
  }
}

// ---------------------------------------------------------------------------------------------
// Routing: the hash holds the view and its parameters.
interface Route { view: View; params: URLSearchParams }

function currentRoute(): Route {
  const [name, qs] = location.hash.replace(/^#/, '').split('?');
  const view = (VIEWS as string[]).includes(name) ? (name as View) : 'targets';
  return { view, params: new URLSearchParams(qs ?? '') };
}

function go(view: View, params: Record<string, string | number | null | undefined> = {}) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
  const hash = `#${view}${[...p].length ? `?${p}` : ''}`;
  if (location.hash === hash) void render();
  else location.hash = hash;
}

/** Address of a span of a report's clean text. */
const spanHref = (report: unknown, start: unknown, end: unknown) =>
  typeof report === 'string' && REPORT_ID.test(report) && Number.isInteger(start) && Number.isInteger(end) ? `#report?report=${report}&start=${start}&end=${end}` : null;

let defaultRegion: string | null = null;
let selectedRegion: string | null = null;

function syncPicker(regionKey: string | null, reportId: string | null) {
  const g = regionKey ? regions.get(regionKey) : undefined;
  byId<HTMLInputElement>('region').value = g?.label ?? '';
  const year = byId<HTMLSelectElement>('year');
  year.replaceChildren(h('option', { value: '', disabled: true, selected: !reportId }, g ? 'report…' : '—'),
    ...(g?.reports ?? []).map((r) => h('option', { value: r.report_id, selected: r.report_id === reportId }, r.plan_year ?? `? (${r.report_id.slice(0, 6)})`)));
}

async function render() {
  const { view, params } = currentRoute();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#tabs a')) a.classList.toggle('active', a.dataset.view === view);
  for (const v of VIEWS) byId(`view-${v}`).hidden = v !== view;
  const reportParam = params.get('report');
  const report = reportParam && reportById.has(reportParam) ? reportParam : null;
  const regionParam = params.get('region');
  selectedRegion = report ? regionKeyOf(reportById.get(report)!) : regionParam && regions.has(regionParam) ? regionParam : selectedRegion ?? defaultRegion;
  const shown = view === 'report' ? report ?? latestReportOf(selectedRegion) : report;
  syncPicker(selectedRegion, shown);
  setStatus('');
  try {
    if (view === 'targets') await renderTargets(selectedRegion);
    else if (view === 'report') await renderReport(shown, numberParam(params, 'start'), numberParam(params, 'end'));
    else if (view === 'coverage') await renderCoverage();
    else await renderSql(params.get('q'));
  } catch (e) {
    setStatus(String((e as Error).message ?? e), true);
  }
}

const numberParam = (p: URLSearchParams, k: string) => (p.has(k) && /^\d+$/.test(p.get(k)!) ? Number(p.get(k)) : null);
const latestReportOf = (key: string | null) => (key ? regions.get(key)?.reports.at(-1)?.report_id ?? null : null);

// ---------------------------------------------------------------------------------------------
// Targets against outcomes

const fmt = (x: unknown, digits = 2) => (typeof x === 'number' ? Number(x.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits }) : '');

async function renderTargets(regionKey: string | null) {
  const el = byId('view-targets');
  if (!regionKey) {
    el.replaceChildren(h('p', { class: 'empty' }, 'No government with targets or outcomes in this build.'));
    return;
  }
  const g = regions.get(regionKey)!;
  const columns = `indicator, year, target_stated, target_growth_pct, target_growth_pct_high, target_value, target_unit, target_value_normalized, target_unit_normalized,
    target_qualifier, target_report_id, target_sentence, target_char_start, target_char_end, outcome_growth_pct, outcome_value, outcome_unit,
    outcome_value_normalized, outcome_unit_normalized, outcome_kind, outcome_report_id, outcome_sentence, outcome_char_start, outcome_char_end, compared_on, difference, met`;
  const rows = regionKey === 'national'
    ? await query(`SELECT ${columns} FROM target_outcomes WHERE admin_code IS NULL AND admin_level = 'national' ORDER BY indicator, year`)
    : g.code ? await query(`SELECT ${columns} FROM target_outcomes WHERE admin_code = ? ORDER BY indicator, year`, g.code) : [];
  const head = h('div', {},
    h('h2', {}, `${g.name} — targets against outcomes`),
    h('p', { class: 'meta' }, rows.length
      ? `Each indicator's annual target (from the report for that year) against the outcome a later report gives for it. Click a point to read the sentence it came from.`
      : g.code || regionKey === 'national' ? 'No annual target or outcome was found for this government.' : 'This region has no GB/T 2260 code (its name stayed ambiguous), so target_outcomes cannot join its reports.'),
    h('div', { class: 'legend' }, h('span', { class: 'l-target' }, 'target (bar: range or ±0.5 of 左右)'), h('span', { class: 'l-met' }, 'outcome, met'), h('span', { class: 'l-missed' }, 'outcome, missed'),
      h('span', { class: 'l-outcome' }, 'outcome, no verdict'), h('span', { class: 'l-none' }, 'no target stated (不提出…具体目标)')));
  const byIndicator = new Map<string, Row[]>();
  for (const r of rows) byIndicator.set(String(r.indicator), [...(byIndicator.get(String(r.indicator)) ?? []), r]);
  const years = rows.map((r) => Number(r.year));
  const domain: [number, number] = years.length ? [Math.min(...years) - 0.5, Math.max(...years) + 0.5] : [0, 1];
  const ordered = [...byIndicator.entries()].sort((a, b) => b[1].filter((r) => r.target_stated === true).length - a[1].filter((r) => r.target_stated === true).length || a[0].localeCompare(b[0]));
  el.replaceChildren(head, h('div', { class: 'charts' }, ordered.map(([indicator, rs]) => chartOf(indicator, rs, domain))));
}

function chartOf(indicator: string, rows: Row[], xDomain: [number, number]): HTMLElement {
  const growth = rows.some((r) => r.target_growth_pct !== null) || (!rows.some((r) => r.target_value !== null) && rows.some((r) => r.outcome_growth_pct !== null));
  // Values in the unit they are written in when every figure shares it (亿元), else in the base unit.
  const written = new Set(rows.flatMap((r) => (['target', 'outcome'] as const).filter((s) => r[`${s}_value`] !== null).map((s) => r[`${s}_unit`])));
  const asWritten = !growth && written.size === 1;
  const pick = (r: Row, side: 'target' | 'outcome'): number | null => {
    const v = growth ? r[`${side}_growth_pct`] : asWritten ? r[`${side}_value`] : r[`${side}_value_normalized`] ?? r[`${side}_value`];
    return typeof v === 'number' ? v : null;
  };
  const unitOf = (r: Row, side: 'target' | 'outcome') => (growth ? '%' : String((asWritten ? r[`${side}_unit`] : r[`${side}_unit_normalized`] ?? r[`${side}_unit`]) ?? ''));
  const unit = rows.map((r) => (pick(r, 'target') !== null ? unitOf(r, 'target') : pick(r, 'outcome') !== null ? unitOf(r, 'outcome') : null)).find((u) => u) ?? '';
  const verdict = (m: unknown) => (m === true ? 'met' : m === false ? 'missed' : 'no verdict');
  const targets = rows.filter((r) => r.target_stated === true && pick(r, 'target') !== null).map((r) => {
    const y = pick(r, 'target')!;
    const band = r.target_qualifier === 'range' && typeof r.target_growth_pct_high === 'number' && growth ? [y, r.target_growth_pct_high as number]
      : r.target_qualifier === 'about' && (growth || unit === 'percent' || unit === '%') ? [y - 0.5, y + 0.5] : null;
    return {
      year: Number(r.year), y, low: band?.[0] ?? null, high: band?.[1] ?? null,
      href: spanHref(r.target_report_id, r.target_char_start, r.target_char_end),
      title: `${r.year} target: ${fmt(y)}${growth ? '%' : ` ${unit}`} (${r.target_qualifier}${typeof r.target_growth_pct_high === 'number' ? `, up to ${r.target_growth_pct_high}%` : ''})\n${r.target_sentence ?? ''}`,
    };
  });
  const outcomes = rows.filter((r) => pick(r, 'outcome') !== null).map((r) => ({
    year: Number(r.year), y: pick(r, 'outcome')!,
    color: r.met === true ? '#2e8540' : r.met === false ? '#c0392b' : '#2c6aa0',
    href: spanHref(r.outcome_report_id, r.outcome_char_start, r.outcome_char_end),
    title: `${r.year} ${r.outcome_kind}: ${fmt(pick(r, 'outcome'))}${growth ? '%' : ` ${unit}`} — ${verdict(r.met)}${typeof r.difference === 'number' ? ` (${r.difference > 0 ? '+' : ''}${fmt(r.difference)})` : ''}\n${r.outcome_sentence ?? ''}`,
  }));
  const ys = [...targets.flatMap((t) => [t.y, t.low, t.high]), ...outcomes.map((o) => o.y)].filter((v): v is number => typeof v === 'number');
  const floor = ys.length ? Math.min(...ys) : 0;
  const unstated = rows.filter((r) => r.target_stated === false).map((r) => ({
    year: Number(r.year), y: pick(r, 'outcome') ?? floor,
    href: spanHref(r.target_report_id, r.target_char_start, r.target_char_end),
    title: `${r.year}: no target stated\n${r.target_sentence ?? ''}`,
  }));
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
  const step = Math.ceil(years.length / 8);
  // One value alone would make an empty scale: give it room.
  const yLow = Math.min(...ys, ...unstated.map((u) => u.y));
  const yHigh = Math.max(...ys, ...unstated.map((u) => u.y));
  const pad = yLow === yHigh ? Math.max(1, Math.abs(yLow) * 0.1) : 0;
  const plot = Plot.plot({
    width: 380, height: 210, marginLeft: 52, marginRight: 12,
    x: { domain: xDomain, ticks: years.filter((_, k) => k % step === 0), tickFormat: 'd', label: null },
    y: { grid: true, label: growth ? 'growth %' : unit, nice: true, tickFormat: '~s', ...(pad ? { domain: [yLow - pad, yHigh + pad] } : {}) },
    color: { type: 'identity' },
    marks: [
      Plot.ruleX(targets.filter((t) => t.low !== null), { x: 'year', y1: 'low', y2: 'high', stroke: '#b5462e', strokeWidth: 3, strokeOpacity: 0.35 }),
      Plot.line(outcomes, { x: 'year', y: 'y', stroke: '#2c6aa0', strokeOpacity: 0.6 }),
      Plot.dot(targets, { x: 'year', y: 'y', symbol: 'square', r: 5, stroke: '#b5462e', strokeWidth: 2, fill: 'white', fillOpacity: 0, title: 'title', href: 'href', className: 'target-mark' }),
      Plot.dot(unstated, { x: 'year', y: 'y', symbol: 'times', r: 6, stroke: '#b5462e', strokeWidth: 2, title: 'title', href: 'href', className: 'unstated-mark' }),
      // Outcomes last, on top: a target square (transparent inside, so both stay visible) around one does not take its clicks.
      Plot.dot(outcomes, { x: 'year', y: 'y', r: 4.5, fill: 'color', title: 'title', href: 'href', className: 'outcome-mark' }),
    ],
  });
  const met = rows.filter((r) => r.met === true).length;
  const judged = rows.filter((r) => r.met !== null).length;
  return h('div', { class: 'chart', 'data-indicator': indicator },
    h('h3', {}, indicator),
    plot,
    h('p', { class: 'note' }, `${targets.length} target${targets.length === 1 ? '' : 's'}, ${outcomes.length} outcome${outcomes.length === 1 ? '' : 's'}${judged ? `, met ${met} of ${judged}` : ''}${unstated.length ? `, no target stated in ${unstated.length} year${unstated.length === 1 ? '' : 's'}` : ''}`));
}

// ---------------------------------------------------------------------------------------------
// One report: its figures, and its text with the chosen span marked

const texts = new Map<string, string>();

/** The clean text: clean/<id>.txt in a build, else (a release) put together from its paragraphs. */
async function cleanText(id: string): Promise<string> {
  const known = texts.get(id);
  if (known !== undefined) return known;
  let text: string | null = null;
  try {
    const res = await fetch(new URL(`../clean/${id}.txt`, location.href));
    if (res.ok) text = await res.text();
  } catch {
    text = null;
  }
  if (text === null) {
    // Paragraphs cover the text but the line breaks between them: each is put at its offset.
    const paragraphs = await query(`SELECT text, char_start FROM paragraphs WHERE report_id = ? ORDER BY char_start`, id);
    const parts: string[] = [];
    let at = 0;
    for (const p of paragraphs) {
      const start = Number(p.char_start);
      if (start > at) parts.push('\n'.repeat(start - at));
      const t = String(p.text);
      parts.push(t);
      at = start + [...t].length;
    }
    text = parts.join('');
  }
  texts.set(id, text);
  return text;
}

async function renderReport(id: string | null, start: number | null, end: number | null) {
  const el = byId('view-report');
  if (!id || !REPORT_ID.test(id)) {
    el.replaceChildren(h('p', { class: 'empty' }, 'Choose a region and a year above.'));
    return;
  }
  setStatus('Loading the report…');
  const [meta] = await query(`SELECT title, region_name, admin_code, admin_level, review_year, plan_year, CAST(meeting_date AS VARCHAR) AS meeting_date,
      speaker_name, speaker_title, source_kind, source_file, chars FROM reports WHERE report_id = ?`, id);
  const figures = await query(`SELECT indicator, label, kind, year, year_end, basis, value, unit, growth_pct, growth_pct_high, qualifier, scope, sentence, char_start, char_end
      FROM indicators WHERE report_id = ? ORDER BY char_start, indicator`, id);
  const statements = await query(`SELECT indicator, label, year, year_end, basis, text, sentence, char_start, char_end FROM no_target_statements WHERE report_id = ? ORDER BY char_start`, id);
  const text = await cleanText(id);
  setStatus('');
  const isSelected = (r: Row) => r.char_start === start && r.char_end === end;
  const rowsEl = [
    ...figures.map((f) => h('tr', {
      class: `figure${isSelected(f) ? ' selected' : ''}`, 'data-start': Number(f.char_start), 'data-end': Number(f.char_end), title: String(f.sentence),
      onclick: () => go('report', { report: id, start: Number(f.char_start), end: Number(f.char_end) }),
    },
    h('td', {}, h('span', { class: `tag ${f.kind === 'target' ? 'target' : ''}` }, String(f.kind))),
    h('td', {}, String(f.indicator), h('br'), h('small', {}, String(f.label))),
    h('td', { class: 'num' }, f.year === f.year_end ? String(f.year) : `${f.year}–${f.year_end}`),
    h('td', { class: 'num' }, f.value === null ? '' : `${fmt(f.value, 4)} ${f.unit ?? ''}`),
    h('td', { class: 'num' }, f.growth_pct === null ? '' : `${fmt(f.growth_pct)}${f.growth_pct_high === null ? '' : `–${fmt(f.growth_pct_high)}`}%`),
    h('td', {}, String(f.qualifier), f.basis === 'annual' ? '' : ` · ${f.basis}`, f.scope ? ` · ${f.scope}` : ''))),
    ...statements.map((s) => h('tr', {
      class: `figure${isSelected(s) ? ' selected' : ''}`, 'data-start': Number(s.char_start), 'data-end': Number(s.char_end), title: String(s.sentence),
      onclick: () => go('report', { report: id, start: Number(s.char_start), end: Number(s.char_end) }),
    },
    h('td', {}, h('span', { class: 'tag none' }, 'no target')),
    h('td', {}, String(s.indicator), h('br'), h('small', {}, String(s.label))),
    h('td', { class: 'num' }, s.year === s.year_end ? String(s.year) : `${s.year}–${s.year_end}`),
    h('td', {}, ''), h('td', {}, ''), h('td', {}, String(s.text)))),
  ];
  const table = h('div', { class: 'table-wrap' }, h('table', { id: 'figures' },
    h('thead', {}, h('tr', {}, ['kind', 'indicator', 'year', 'value', 'growth', 'qualifier'].map((c) => h('th', {}, c)))),
    h('tbody', {}, rowsEl.length ? rowsEl : h('tr', {}, h('td', { colspan: 6, class: 'empty' }, 'No figures found in this report.')))));
  const cps = Array.from(text);
  const pre = h('pre', { class: 'text', id: 'report-text', lang: 'zh-Hans' });
  let mark: HTMLElement | null = null;
  if (start !== null && end !== null && start <= end && end <= cps.length) {
    mark = h('mark', { id: 'highlight' }, cps.slice(start, end).join(''));
    pre.append(cps.slice(0, start).join(''), mark, cps.slice(end).join(''));
  } else pre.append(text);
  const m = meta ?? {};
  el.replaceChildren(
    h('h2', {}, String(m.title ?? id)),
    h('p', { class: 'meta' }, [m.region_name, m.admin_code, m.admin_level, m.plan_year !== null && m.plan_year !== undefined ? `plan year ${m.plan_year}` : null,
      m.meeting_date ? `delivered ${m.meeting_date}` : null, [m.speaker_title, m.speaker_name].filter(Boolean).join(' ') || null, `${m.source_kind ?? ''} copy ${m.source_file ?? ''}`,
      `report_id ${id}`].filter(Boolean).join(' · ')),
    h('div', { class: 'split' },
      h('div', {}, h('h3', {}, `Figures (${figures.length})${statements.length ? ` and statements that no target is set (${statements.length})` : ''}`), table),
      h('div', {}, h('h3', {}, mark ? `Clean text, the span [${start}, ${end}) marked` : 'Clean text (click a figure to mark its span)'), pre)),
  );
  if (mark) mark.scrollIntoView({ block: 'center' });
  el.querySelector('tr.selected')?.scrollIntoView({ block: 'nearest' });
}

// ---------------------------------------------------------------------------------------------
// Coverage

function dataTable(rows: Row[], columns?: string[], id?: string): HTMLElement {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return h('div', { class: 'table-wrap' }, h('table', { id },
    h('thead', {}, h('tr', {}, cols.map((c) => h('th', {}, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, cols.map((c) => {
      const v = r[c];
      return h('td', { class: typeof v === 'number' ? 'num' : undefined }, v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
    }))))));
}

async function renderCoverage() {
  const el = byId('view-coverage');
  setStatus('Counting…');
  const perYear = await query(`SELECT plan_year, admin_level, count(*) AS reports FROM reports GROUP BY ALL ORDER BY plan_year NULLS LAST, admin_level`);
  const levels = ['national', 'province', 'prefecture', 'county', null];
  const years = [...new Set(perYear.map((r) => r.plan_year as number | null))];
  const pivot = years.map((y) => {
    const row: Row = { plan_year: y ?? '(none)' };
    let total = 0;
    for (const l of levels) {
      const n = Number(perYear.find((r) => r.plan_year === y && r.admin_level === l)?.reports ?? 0);
      row[l ?? '(level not found)'] = n;
      total += n;
    }
    row.total = total;
    return row;
  });
  const rejectsByReason = await query(`SELECT stage, reason, count(*) AS rejects FROM rejects GROUP BY ALL ORDER BY rejects DESC, stage, reason`);
  const rejectList = await query(`SELECT source_file, stage, reason, detail FROM rejects ORDER BY source_file, stage, reason LIMIT 500`);
  const metByYear = await query(`SELECT year, count(*) FILTER (WHERE target_stated) AS targets, count(*) FILTER (WHERE target_stated = false) AS no_target_stated,
      count(*) FILTER (WHERE outcome_kind IS NOT NULL) AS outcomes, count(*) FILTER (WHERE met) AS met, count(*) FILTER (WHERE NOT met) AS missed
      FROM target_outcomes GROUP BY year ORDER BY year`);
  setStatus('');
  const chart = perYear.some((r) => r.plan_year !== null) ? Plot.plot({
    width: 640, height: 220, marginLeft: 44,
    x: { label: 'plan year', tickFormat: 'd', type: 'band' },
    y: { label: 'reports', grid: true },
    color: { legend: true, domain: ['national', 'province', 'prefecture', 'county'] },
    marks: [Plot.barY(perYear.filter((r) => r.plan_year !== null), { x: 'plan_year', y: 'reports', fill: 'admin_level', title: (d: Row) => `${d.plan_year} ${d.admin_level ?? ''}: ${d.reports}` })],
  }) : null;
  const total = pivot.reduce((n, r) => n + Number(r.total), 0);
  el.replaceChildren(
    h('h2', {}, `Coverage: ${total} report${total === 1 ? '' : 's'}`),
    h('div', { class: 'cols' },
      h('div', {}, h('h3', {}, 'Reports per level and plan year'), chart, dataTable(pivot, undefined, 'coverage-table')),
      h('div', {},
        h('h3', {}, `Rejected: ${rejectList.length < 500 ? rejectList.length : '500+'} (by reason)`),
        rejectsByReason.length ? dataTable(rejectsByReason, undefined, 'rejects-by-reason') : h('p', { class: 'empty' }, 'Nothing was rejected.'),
        rejectList.length ? h('details', { open: rejectList.length <= 20 }, h('summary', {}, 'Every reject, with its detail'), dataTable(rejectList, undefined, 'rejects')) : null,
        h('h3', {}, 'Targets and outcomes per year'), dataTable(metByYear, undefined, 'met-by-year'))),
  );
}

// ---------------------------------------------------------------------------------------------
// SQL

async function renderSql(q: string | null) {
  const el = byId('view-sql');
  let box = el.querySelector<HTMLTextAreaElement>('textarea');
  if (!box) {
    box = h('textarea', { id: 'sql-box', spellcheck: 'false', 'aria-label': 'SQL query' });
    const run = () => go('sql', { q: box!.value });
    box.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
    el.replaceChildren(
      h('h2', {}, 'SQL'),
      h('p', { class: 'meta' }, `Tables: ${config.tables.join(', ')}; views: ${Object.keys(config.views).join(', ')}. Each is read from its Parquet file as a query needs it. Ctrl+Enter runs.`),
      h('div', { class: 'examples' }, 'README examples:', config.examples.map((ex, k) => h('button', { type: 'button', 'data-example': k, title: ex.sql, onclick: () => go('sql', { q: ex.sql }) }, ex.title))),
      h('div', { class: 'sql' }, box, h('button', { type: 'button', class: 'run', onclick: run }, 'Run')),
      h('div', { id: 'sql-result' }));
  }
  const result = byId('sql-result');
  if (!q) {
    box.value ||= config.examples[0]?.sql ?? 'SELECT * FROM reports LIMIT 10';
    result.replaceChildren();
    return;
  }
  box.value = q;
  setStatus('Running…');
  const t0 = performance.now();
  try {
    const rows = await query(q);
    const shown = rows.slice(0, 1000);
    setStatus(`${rows.length} row${rows.length === 1 ? '' : 's'} in ${Math.round(performance.now() - t0)} ms${rows.length > shown.length ? ` (first ${shown.length} shown)` : ''}`);
    result.replaceChildren(rows.length ? dataTable(shown, undefined, 'sql-table') : h('p', { class: 'empty' }, 'No rows.'));
  } catch (e) {
    setStatus(String((e as Error).message ?? e), true);
    result.replaceChildren();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (location.protocol === 'file:') {
    setStatus('This page reads its data from the folder above it, which browsers do not allow a page opened as a file to do. '
      + 'Serve the folder that holds explorer/ (a build\'s output or a release): govreports serve --out <that folder>, then open the address it prints. '
      + 'Any static file server of that folder works too.', true);
    return;
  }
  try {
    await openDatabase();
    setStatus('Reading the reports…');
    await loadRegions();
    // The government with the most reports (the first by code among equals): chosen from what is
    // loaded already, where asking target_outcomes would read all of its rows.
    const joinable = [...regions.values()].filter((g) => g.code || g.key === 'national');
    defaultRegion = (joinable.length ? joinable : [...regions.values()])
      .sort((a, b) => b.reports.length - a.reports.length || (a.code ?? '').localeCompare(b.code ?? ''))[0]?.key ?? null;
  } catch (e) {
    setStatus(`Could not open the data: ${String((e as Error).message ?? e)}`, true);
    return;
  }
  byId<HTMLInputElement>('region').addEventListener('change', (e) => {
    const key = regionByLabel.get((e.target as HTMLInputElement).value);
    if (!key) return;
    selectedRegion = key;
    const { view } = currentRoute();
    go(view === 'report' ? 'report' : 'targets', view === 'report' ? { report: latestReportOf(key) } : { region: key });
  });
  byId<HTMLSelectElement>('year').addEventListener('change', (e) => go('report', { report: (e.target as HTMLSelectElement).value }));
  window.addEventListener('hashchange', () => void render());
  await render();
  document.body.dataset.ready = 'true';
}

void main();
