/**
 * Raw files as people collect them (tests/ingestFormats.ts makes them from the seeds' texts):
 * each seed as a government site's saved page in UTF-8 and in GBK, as a Discuz thread page,
 * as a page saved with a .txt name, as a PDF with a CJK font, running headers, page numbers and
 * hard line breaks, and as a Word .docx. Each must give the seed's gold metadata and figures
 * with the artifacts of its format gone; scans, encrypted, broken and old Word files are rejected
 * with their reason; a raw folder holding every format at once builds.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../pipeline/build.ts';
import { clean } from '../pipeline/clean/index.ts';
import { decodeHtmlBytes } from '../pipeline/ingest/charset.ts';
import { convert, decode, discover, formatOf } from '../pipeline/ingest/index.ts';
import { processDoc, type FileResult } from '../pipeline/process.ts';
import { forumPage, govPage, reportDocx, reportPdf, scannedPdf } from './ingestFormats.ts';

const SEEDS = ['000_76c6a728dae11fbd', '001_ed597c5a7ee36a87', '002_097f914945e8a5ad', '003_3d620f6899be7f59', '004_cd869bf110cf6586'];
const readCsv = (p: string) => Papa.parse<Record<string, string>>(readFileSync(p, 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
const GOLD_REPORTS = readCsv('tests/fixtures/gold/reports.csv');
const GOLD_FIGURES = readCsv('tests/fixtures/gold/indicators.csv');
const num = (s: unknown) => (s === undefined || s === null || s === '' ? null : Number(s));

/** What of the seed's gold a result gets wrong (source_kind aside: it names the format). */
function goldMisses(seed: string, r: FileResult): string[] {
  const file = `${seed}.txt`;
  const rep = r.rows.reports[0] as Record<string, unknown> | undefined;
  if (!rep) return [`no report: ${r.rejects.map((x) => x.reason).join(', ')}`];
  const wrong: string[] = [];
  for (const [k, want] of Object.entries(GOLD_REPORTS.find((g) => g.file === file)!)) {
    if (k === 'file' || k === 'source_kind') continue;
    const have = rep[k];
    const same = ['review_year', 'plan_year', 'congress_term', 'congress_session'].includes(k) ? num(have) === num(want) : String(have ?? '').slice(0, k === 'meeting_date' ? 10 : undefined) === want;
    if (!same) wrong.push(`${k}: ${String(have)} != ${want}`);
  }
  for (const g of GOLD_FIGURES.filter((x) => x.file === file)) {
    const hit = r.rows.indicators.some((i) => i.indicator === g.indicator && i.kind === g.kind && num(i.year) === num(g.year) && num(i.value) === num(g.value)
      && (i.unit ?? '') === g.unit && num(i.growth_pct) === num(g.growth_pct) && num(i.growth_pct_high) === num(g.growth_pct_high) && i.qualifier === g.qualifier);
    if (!hit) wrong.push(`figure ${g.indicator} ${g.kind} ${g.year}`);
  }
  return wrong;
}

async function run(name: string, bytes: Buffer) {
  const c = await convert(name, bytes);
  if (!c.ok) throw new Error(`${name}: ${c.reject.reason} ${c.reject.detail}`);
  return { doc: c.doc, result: processDoc(c.doc) };
}

interface Seed { raw: Buffer; clean: string; title: string; region: string }
const seeds = new Map<string, Seed>();
beforeAll(() => {
  for (const s of SEEDS) {
    const raw = readFileSync(`raw/${s}.txt`);
    const d = decode(`${s}.txt`, raw);
    if (!d.ok) throw new Error(s);
    const r = processDoc(d.doc);
    seeds.set(s, { raw, clean: r.cleanText!, title: r.rows.reports[0].title ?? '', region: r.rows.reports[0].region_name ?? '' });
  }
});
const seed = (s: string) => seeds.get(s)!;

/** Lines a reader would call page chrome, in any of the pages the tests make. */
const CHROME = /^您现在的位置|^相关报道|版权所有|ICP备|公网安备|^分享到|打印本页|关闭窗口|【字号|浏览次数|^发表于|签到天数|Powered by|立即注册|本版积分规则|^网站首页|设为首页|^联系电话/;

describe('saved web pages: main content through Readability', () => {
  const variants = [
    { name: 'gov.html', make: (s: Seed) => govPage(s.clean, { headline: s.title, site: `${s.region}人民政府`, charset: 'utf-8' }), encoding: 'utf-8' },
    { name: 'gov-gbk.html', make: (s: Seed) => govPage(s.clean, { headline: s.title, site: `${s.region}人民政府`, charset: 'gbk', declare: 'http-equiv', headings: 'strong' }), encoding: 'gb18030' },
    { name: 'gov-gbk-undeclared.htm', make: (s: Seed) => govPage(s.clean, { headline: s.title, site: `${s.region}人民政府`, charset: 'gbk', declare: 'none' }), encoding: 'gb18030' },
    { name: 'forum-gbk.htm', make: (s: Seed) => forumPage(s.clean, { headline: s.title, site: '区域数据论坛', charset: 'gbk' }), encoding: 'gb18030' },
    // A page saved under a .txt name is still read as a page.
    { name: 'saved-page.txt', make: (s: Seed) => govPage(s.clean, { headline: s.title, site: `${s.region}人民政府`, charset: 'utf-8', declare: 'meta' }), encoding: 'utf-8' },
  ];
  for (const v of variants) {
    it(`${v.name}: every seed's gold holds, the text is the seed's own clean text, no chrome is left`, async () => {
      for (const s of SEEDS) {
        const bytes = v.make(seed(s));
        const { doc, result } = await run(`${s}.${v.name}`, bytes);
        expect(doc.sourceKind).toBe('html');
        expect(doc.encoding).toBe(v.encoding);
        expect(goldMisses(s, result), `${s}.${v.name}`).toEqual([]);
        expect(result.rows.reports[0].source_kind).toBe('html');
        // Headings, paragraphs and line structure kept: the cleaned text is the seed's, line for line.
        expect(result.cleanText).toBe(seed(s).clean);
        expect(result.cleanText!.split('\n').filter((l) => CHROME.test(l))).toEqual([]);
      }
    });
  }

  it('records what the extraction left out as chrome repairs, with offsets into the decoded page', async () => {
    const s = seed(SEEDS[3]);
    const bytes = forumPage(s.clean, { headline: s.title, site: '区域数据论坛', charset: 'gbk' });
    const { result } = await run('thread.htm', bytes);
    const page = Array.from(decodeHtmlBytes(bytes)!.text.replace(/\r\n?/g, '\n')); // code points, as the offsets count
    const chrome = result.rows.repairs.filter((r) => r.kind === 'chrome');
    expect(chrome.length).toBeGreaterThanOrEqual(6);
    // They come first, numbered from 1, and each span of the page holds exactly the text recorded.
    expect(chrome.map((r) => r.repair_no)).toEqual(chrome.map((_, i) => i + 1));
    const squash = (t: string) => t.replace(/\s+/g, '');
    for (const r of chrome) {
      const span = page.slice(r.raw_start, r.raw_end).join('');
      expect(squash(textOfHtml(span)), span.slice(0, 80)).toBe(squash(r.before));
      expect(r.after).toBe('');
    }
    const dropped = chrome.map((r) => r.before).join('\n');
    for (const c of ['设为首页', '签到天数', '发表于', '您需要登录后才可以回帖', 'Powered by', '客服中心']) expect(dropped).toContain(c);
  });

  it('keeps the page headline when the article below it has no title line of its own', async () => {
    const s = seed(SEEDS[0]);
    const body = s.clean.split('\n').filter((l) => !/^(水磨沟区十七届人大|第三次会议|政府工作报告)$/.test(l)).join('\n');
    const { result } = await run('headline.html', govPage(body, { headline: '乌鲁木齐市水磨沟区2023年政府工作报告', site: '水磨沟区人民政府', charset: 'utf-8' }));
    expect(result.cleanText!.split('\n')[0]).toBe('乌鲁木齐市水磨沟区2023年政府工作报告');
    expect(goldMisses(SEEDS[0], result)).toEqual([]);
  });
});

/** The text an HTML snippet shows (for checking a dropped span against the page). */
function textOfHtml(html: string): string {
  const walk = (n: { type: string; data?: string; name?: string; children?: unknown[] }): string =>
    n.type === 'text' ? n.data! : n.type === 'tag' && !['script', 'style'].includes(n.name!) ? (n.children as typeof n[]).map(walk).join('') : n.type === 'root' ? (n.children as typeof n[]).map(walk).join('') : '';
  return walk(parseDocument(html) as never);
}

describe('charset of a page', () => {
  const page = (cs: string, body: string) => `<!DOCTYPE html><html><head><meta charset="${cs}"><title>t</title></head><body><p>${body}</p></body></html>`;
  const text = '现在，我代表区人民政府向大会报告工作，请予审议。';
  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('utf-8', text))]), 'utf-8-bom'],
    ['GB2312 declared', iconv.encode(page('gb2312', text), 'gbk'), 'gb18030'],
    ['GBK bytes under a UTF-8 label', iconv.encode(page('utf-8', text), 'gbk'), 'gb18030'],
    ['UTF-8 with no label', Buffer.from(page('', text).replace('<meta charset="">', '')), 'utf-8'],
    ['Big5 declared', iconv.encode(page('big5', '現在，我代表區人民政府向大會報告工作'), 'big5'), 'big5'],
    ['UTF-16 with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page('utf-16', text), 'utf-16le')]), 'utf-16le'],
  ])('%s', (_, bytes, encoding) => {
    const d = decodeHtmlBytes(bytes)!;
    expect(d.encoding).toBe(encoding);
    expect(d.text).toMatch(/代表|代表/);
  });
});

describe('PDF: the text layer, page by page, then the PDF-text cleaning', () => {
  let pdfs: Map<string, Buffer>;
  beforeAll(async () => {
    pdfs = new Map();
    for (const s of SEEDS) pdfs.set(s, await reportPdf(seed(s).clean, { header: `${seed(s).region}政府工作报告`, headerOnFirstPage: true }));
  }, 120_000);

  it('every seed\'s gold holds; page numbers, running headers and hard line breaks are gone', async () => {
    for (const s of SEEDS) {
      const { doc, result } = await run(`${s}.pdf`, pdfs.get(s)!);
      expect(doc.sourceKind).toBe('pdf');
      expect(goldMisses(s, result), s).toEqual([]);
      expect(result.rows.reports[0].source_kind).toBe('pdf');
      const extracted = doc.text.split('\n');
      const lines = result.cleanText!.split('\n');
      // The extracted text has what a PDF puts there …
      expect(extracted.filter((l) => /^— \d+ —$/.test(l)).length).toBeGreaterThan(5);
      expect(extracted.length).toBeGreaterThan(lines.length * 2);
      // … and the cleaned text has none of it: no page numbers, the header once at most, and the
      // seed's paragraphs joined back across lines and pages. Not all of them: line_join takes a
      // numbered line of up to 60 characters for a heading even when it ends in a comma, so a
      // paragraph that opens with （一）… and breaks there stays in two (a quarter of 004's).
      expect(lines.filter((l) => /^—\s*\d+\s*—$/.test(l))).toEqual([]);
      expect(lines.filter((l) => l === `${seed(s).region}政府工作报告`).length).toBeLessThanOrEqual(1);
      const want = seed(s).clean.split('\n');
      const have = new Set(lines);
      const whole = want.filter((l) => have.has(l)).length;
      expect(whole / want.length, s).toBeGreaterThan(0.7);
      expect(lines.length / want.length, s).toBeLessThan(1.35);
    }
  });

  it('a first page without the running header keeps the gold too', async () => {
    const s = SEEDS[4];
    const { result } = await run('first-page.pdf', await reportPdf(seed(s).clean, { header: `${seed(s).region}政府工作报告` }));
    expect(goldMisses(s, result)).toEqual([]);
  });

  it('a PDF whose permissions are restricted (owner password only) is read', async () => {
    const s = SEEDS[2];
    const { result } = await run('restricted.pdf', await reportPdf(seed(s).clean, { header: `${seed(s).region}政府工作报告`, ownerPassword: 'secret' }));
    expect(goldMisses(s, result)).toEqual([]);
  });

  it('rejects a scan (no text layer), an encrypted file, a broken one, with the reason', async () => {
    const expectReject = async (name: string, bytes: Buffer, reason: string, says: RegExp) => {
      const c = await convert(name, bytes);
      expect(c.ok, name).toBe(false);
      if (!c.ok) { expect(c.reject.reason).toBe(reason); expect(c.reject.stage).toBe('ingest'); expect(c.reject.detail).toMatch(says); }
    };
    await expectReject('scan.pdf', await scannedPdf(3), 'no_text_layer', /3 of 3 pages have no text layer.*OCR/);
    await expectReject('locked.pdf', await reportPdf(seed(SEEDS[1]).clean.slice(0, 3000), { header: 'x', userPassword: 'secret' }), 'encrypted_pdf', /password/);
    await expectReject('garbage.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256))]), 'broken_pdf', /cannot be read/);
    await expectReject('header-only.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), 'broken_pdf', /cannot be read/);
  });

  it('a PDF cut off half-way gives what its pages hold, or a reject; never a crash', async () => {
    const whole = pdfs.get(SEEDS[0])!;
    const c = await convert('cut.pdf', whole.subarray(0, Math.floor(whole.length / 2)));
    if (c.ok) expect(c.doc.text.length).toBeGreaterThan(0);
    else expect(['broken_pdf', 'no_text_layer']).toContain(c.reject.reason);
  });
});

describe('Word documents', () => {
  it('.docx: every seed\'s gold holds, headings and paragraphs kept (the text is the seed\'s clean text)', async () => {
    for (const s of SEEDS) {
      const { doc, result } = await run(`${s}.docx`, await reportDocx(seed(s).clean));
      expect(doc.sourceKind).toBe('docx');
      expect(goldMisses(s, result), s).toEqual([]);
      expect(result.cleanText).toBe(seed(s).clean);
      // Word's heading styles arrive as headings: the sections table has them.
      expect(result.rows.sections.length).toBeGreaterThan(3);
    }
  });

  it('.doc (old binary Word) is rejected with what to do, found by its bytes whatever its name', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
    for (const name of ['report.docx', 'report.txt']) {
      const c = await convert(name, ole);
      expect(c.ok).toBe(false);
      if (!c.ok) { expect(c.reject.reason).toBe('unsupported_format'); expect(c.reject.detail).toMatch(/\.docx or PDF/); }
    }
    const root = mkdtempSync(join(tmpdir(), 'gr-doc-'));
    writeFileSync(join(root, 'old.doc'), ole);
    expect(discover(root).rejects).toMatchObject([{ source_file: 'old.doc', reason: 'unsupported_format' }]);
  });

  it('a .docx that is not a Word package is rejected as broken', async () => {
    const c = await convert('broken.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]));
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.reject.reason).toBe('broken_docx');
  });
});

describe('formats are told by the bytes first', () => {
  it.each([
    ['a.txt', Buffer.from('%PDF-1.7\n…'), 'pdf'],
    ['a.pdf', Buffer.from('各位代表：现在我代表区人民政府向大会报告工作。'), 'text'],
    ['a.txt', Buffer.from('<!DOCTYPE html><html><head><title>x</title></head><body><p>各位代表</p></body></html>'), 'html'],
    ['a.txt', Buffer.from('<p>各位代表：</p><p>现在我代表…</p> copied from a page: a fragment, left to the cleaner'), 'text'],
    ['a.htm', Buffer.from('<p>各位代表</p>'), 'html'],
    ['a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<!DOCTYPE html><html><body><p>各位代表</p></body></html>')]), 'html'],
    ['a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('各位代表：<br>现在报告工作。')]), 'text'],
  ])('%s %#', (name, bytes, format) => {
    expect(formatOf(name, bytes)).toBe(format);
  });
});

describe('a raw folder with every format at once', () => {
  it('builds: each seed once in another format, the bad files in rejects with their reasons', async () => {
    const raw = mkdtempSync(join(tmpdir(), 'gr-mixed-'));
    const [a, b, c, d, e] = SEEDS.map(seed);
    writeFileSync(join(raw, `${SEEDS[0]}.pdf`), await reportPdf(a.clean, { header: `${a.region}政府工作报告`, headerOnFirstPage: true }));
    writeFileSync(join(raw, `${SEEDS[1]}.docx`), await reportDocx(b.clean));
    writeFileSync(join(raw, `${SEEDS[2]}.html`), govPage(c.clean, { headline: c.title, site: `${c.region}人民政府`, charset: 'gbk' }));
    writeFileSync(join(raw, `${SEEDS[3]}.htm`), forumPage(d.clean, { headline: d.title, site: '区域数据论坛', charset: 'utf-8' }));
    writeFileSync(join(raw, `${SEEDS[4]}.md`), e.raw);
    writeFileSync(join(raw, 'scan.pdf'), await scannedPdf(2));
    writeFileSync(join(raw, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const out = join(mkdtempSync(join(tmpdir(), 'gr-mixed-out-')), 'output');
    const summary = await build({ rawDir: raw, outDir: out, cacheDir: false });
    expect(summary.reports).toBe(5);
    expect(summary.rejects.map((r) => [r.source_file, r.reason]).sort()).toEqual([['old.doc', 'unsupported_format'], ['scan.pdf', 'no_text_layer']]);
    const reports = readCsv(join(out, 'csv/reports.csv'));
    expect(Object.fromEntries(reports.map((r) => [r.source_file.slice(0, 3), [r.source_kind, r.encoding]]))).toEqual({
      '000': ['pdf', 'pdf-text-layer'], '001': ['docx', 'utf-8'], '002': ['html', 'gb18030'], '003': ['html', 'utf-8'], '004': ['pdf_text', 'utf-8'],
    });
    // report_id is the raw file's sha256, whatever the format.
    for (const r of reports) expect(r.report_id).toBe(r.raw_sha256.slice(0, 16));
    const figures = readCsv(join(out, 'csv/indicators.csv'));
    const idOf = new Map(reports.map((r) => [r.source_file.slice(0, 20), r.report_id]));
    const missing = GOLD_FIGURES.filter((g) => !figures.some((i) => i.report_id === idOf.get(g.file.slice(0, 20)) && i.indicator === g.indicator && i.kind === g.kind && num(i.year) === num(g.year) && num(i.value) === num(g.value) && num(i.growth_pct) === num(g.growth_pct)));
    expect(missing.map((g) => `${g.file} ${g.indicator}`)).toEqual([]);
    const cleaned = clean(e.raw.toString('utf8')).text;
    expect(readFileSync(join(out, 'clean', `${idOf.get(SEEDS[4])}.txt`), 'utf8')).toBe(cleaned);
  });
});
