/**
 * Scores a build of a synthetic corpus against the _truth.csv that `synth` wrote: the share of
 * metadata fields and headline figures the pipeline recovered exactly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { num, readBuild } from '../score/gold.ts';

const read = (p: string) => Papa.parse<Record<string, string>>(readFileSync(p, 'utf8'), { header: true, skipEmptyLines: true }).data;

export interface Score { total: number; matched: number; share: number; byField: Record<string, [number, number]>; misses: string[] }

export function score(outDir: string, truthCsv: string): Score {
  const truth = read(truthCsv);
  // the build read as `govreports score` reads it: reports by file name, indicators by report
  const { reportsByFile, indicatorsByReport: inds } = readBuild(outDir);
  const statements = new Map<string, Array<Record<string, string>>>();
  const statementsCsv = join(outDir, 'csv/no_target_statements.csv');
  for (const s of existsSync(statementsCsv) ? read(statementsCsv) : []) {
    if (!statements.has(s.report_id)) statements.set(s.report_id, []);
    statements.get(s.report_id)!.push(s);
  }
  const byField: Record<string, [number, number]> = {};
  const misses: string[] = [];
  let matched = 0;
  for (const t of truth) {
    const rep = reportsByFile.get(t.file)?.at(-1);
    let ok = false;
    let got = 'no report';
    if (rep && t.field.startsWith('indicator:')) {
      const [, key, kind, year] = t.field.split(':');
      const want = Object.fromEntries(t.expected.split(';').map((kv) => kv.split('=')));
      const cands = (inds.get(rep.report_id ?? '') ?? []).filter((i) => i.indicator === key && i.kind === kind && i.year === year);
      ok = cands.some((i) => (want.growth_pct === undefined || num(i.growth_pct) === num(want.growth_pct)) && (want.value === undefined || num(i.value) === num(want.value))
        && (want.growth_pct_high === undefined || num(i.growth_pct_high) === num(want.growth_pct_high)) && i.qualifier === want.qualifier);
      got = JSON.stringify(cands.map((i) => [i.growth_pct, i.growth_pct_high, i.value, i.qualifier]));
    } else if (rep && t.field.startsWith('no_target:')) {
      const [, key, year] = t.field.split(':');
      const cands = (statements.get(rep.report_id ?? '') ?? []).filter((s) => s.indicator === key && s.year === year && s.basis === 'annual');
      ok = cands.length > 0;
      got = `${cands.length} statements`;
    } else if (rep) {
      got = rep[t.field] ?? '';
      ok = got === t.expected || (num(got) !== null && num(got) === num(t.expected) && /year|term|session/.test(t.field));
    }
    const field = t.field.startsWith('indicator:') ? t.field.split(':').slice(0, 3).join(':') : t.field.startsWith('no_target:') ? t.field.split(':').slice(0, 2).join(':') : t.field;
    byField[field] ??= [0, 0];
    byField[field][1]++;
    if (ok) { matched++; byField[field][0]++; } else if (misses.length < 200) misses.push(`${t.file} ${t.field}: want ${t.expected}, got ${got}`);
  }
  return { total: truth.length, matched, share: truth.length ? matched / truth.length : 0, byField, misses };
}
