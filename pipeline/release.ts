/**
 * A release: release/govreports-<version>/ with the Parquet files, the CSV files zipped, the
 * DuckDB database, datapackage.json, CITATION.cff, the data licence, the changelog entry and
 * SHA256SUMS, so that a download verifies with `sha256sum -c SHA256SUMS`.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { build, UsageError } from './build.ts';

export interface ReleaseOptions { rawDir: string; destDir: string; version: string }

const FIXED_MTIME = new Date('1980-01-01T00:00:00Z'); // zip entries carry no build time

export async function release(opts: ReleaseOptions): Promise<string> {
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(opts.version)) throw new UsageError(`VERSION must look like 1.2.3, not ${JSON.stringify(opts.version)}`);
  const changelog = existsSync('CHANGELOG.md') ? readFileSync('CHANGELOG.md', 'utf8') : '';
  const entry = changelogEntry(changelog, opts.version);
  if (!entry) throw new UsageError(`CHANGELOG.md has no entry "## ${opts.version}": write one before releasing`);

  const work = mkdtempSync(join(tmpdir(), 'govreports-release-'));
  const out = join(work, 'output');
  const summary = await build({ rawDir: opts.rawDir, outDir: out, version: opts.version });
  const dir = join(opts.destDir, `govreports-${opts.version}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'parquet'), { recursive: true });
  for (const f of readdirSync(join(out, 'parquet')).sort()) cpSync(join(out, 'parquet', f), join(dir, 'parquet', f));
  const csv: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const f of readdirSync(join(out, 'csv')).sort()) csv[`csv/${f}`] = [readFileSync(join(out, 'csv', f)), { mtime: FIXED_MTIME }];
  for (const f of readdirSync(join(out, 'clean')).sort()) csv[`clean/${f}`] = [readFileSync(join(out, 'clean', f)), { mtime: FIXED_MTIME }];
  writeFileSync(join(dir, 'govreports-csv.zip'), zipSync(csv, { level: 9, mtime: FIXED_MTIME }));
  for (const f of ['govreports.duckdb', 'datapackage.json', 'quality.json', 'QUALITY.md']) cpSync(join(out, f), join(dir, f));
  // The explorer page reads ../parquet/ beside it, and the report texts from paragraphs, as in a build.
  cpSync(join(out, 'explorer'), join(dir, 'explorer'), { recursive: true });
  writeFileSync(join(dir, 'CITATION.cff'), citation(opts.version, JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')).created.slice(0, 10)));
  writeFileSync(join(dir, 'LICENSE-DATA.md'), DATA_LICENSE);
  writeFileSync(join(dir, 'CHANGELOG.md'), `# govreports ${opts.version}\n\n${entry.trim()}\n`);
  const files = listFiles(dir).filter((f) => f !== 'SHA256SUMS');
  writeFileSync(join(dir, 'SHA256SUMS'), files.map((f) => `${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}  ${f}`).join('\n') + '\n');
  rmSync(work, { recursive: true, force: true });
  process.stderr.write(`release ${opts.version}: ${summary.reports} reports, ${files.length} files in ${dir}\n`);
  return dir;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)])).sort();
}

export function changelogEntry(changelog: string, version: string): string | null {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^##\\s+\\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`).test(l));
  if (start === -1) return null;
  let end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  if (end === -1) end = lines.length;
  return lines.slice(start, end).join('\n');
}

function citation(version: string, date: string): string {
  return `cff-version: 1.2.0
message: "If you use this dataset, please cite it as below."
type: dataset
title: "govreports: Chinese government work reports as structured data"
version: "${version}"
date-released: "${date}"
license: CC-BY-4.0
authors:
  - name: "govreports contributors"
keywords:
  - China
  - government work report
  - 政府工作报告
  - economic targets
  - open data
`;
}

const DATA_LICENSE = `# Data licence

The data in this release (the Parquet, CSV and DuckDB files, the cleaned texts and
datapackage.json) is licensed under the Creative Commons Attribution 4.0 International
licence (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/

You may share and adapt it for any purpose, provided you give appropriate credit (see
CITATION.cff), link to the licence and say whether you made changes.

The texts of the reports are official documents of Chinese governments; the cleaning,
structure and extracted figures are the work of the govreports contributors.
`;
