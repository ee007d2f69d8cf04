/**
 * The explorer page every build and release carries in explorer/: a static page (explorer/ at
 * the project's top) that reads the output's Parquet files with DuckDB-WASM, served from the
 * output folder by any plain file server (`govreports serve`).
 *
 * Its files are made once per version of the page and kept under .cache/explorer/<version>/:
 * the page's script bundled by esbuild with DuckDB-WASM's and Observable Plot's, DuckDB-WASM's
 * worker and WebAssembly module (34 MB, the exception-handling build every current browser
 * runs), the page, its style and config.json (the tables, the database's views and the README's
 * example queries). A build links them into its output (copies where links cannot be made), so
 * the page costs a build a few milliseconds, not the 34 MB copy. Nothing in them depends on
 * the data or the clock: two builds write the same bytes.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../shared/projectRoot.ts';

const require = createRequire(import.meta.url);
const PAGE_DIR = join(PROJECT_ROOT, 'explorer');
/** Page sources copied as they are. */
const STATIC_FILES = ['index.html', 'style.css'];

/** A package's folder, found from a file it exports (some export no package.json). */
const packageDir = (exported: string, up: number) => {
  let dir = require.resolve(exported, { paths: [PROJECT_ROOT] });
  for (let i = 0; i < up; i++) dir = dirname(dir);
  return dir;
};
const duckdbDist = () => packageDir('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm', 1);
/** The libraries bundled into the page, by a file each exports and its depth in the package. */
const PAGE_PACKAGES: Array<[string, number]> = [['@duckdb/duckdb-wasm/dist/duckdb-eh.wasm', 2], ['@observablehq/plot', 2], ['esbuild', 2]];

/** Files of DuckDB-WASM the page loads, from its dist/ folder. */
export const DUCKDB_FILES = ['duckdb-eh.wasm', 'duckdb-browser-eh.worker.js'];

export interface ExplorerConfig {
  /** Tables with a Parquet file, in the order the page lists them. */
  tables: string[];
  /** The database's views, created over the Parquet files too. */
  views: Record<string, string>;
  /** The README's example queries (its "Query" section), one click away in the SQL box. */
  examples: Array<{ title: string; sql: string }>;
}

/**
 * The example queries of the README's "## Query" section: each ```sql block split into queries,
 * each query the lines from a `-- title` comment to the next.
 */
export function readmeExamples(readme: string): ExplorerConfig['examples'] {
  const section = /^## Query\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  const out: ExplorerConfig['examples'] = [];
  for (const [, block] of section.matchAll(/```sql\n([\s\S]*?)```/g)) {
    let current: { title: string; lines: string[] } | null = null;
    const flush = () => {
      if (current && current.lines.join('').trim()) out.push({ title: current.title, sql: current.lines.join('\n').trim() });
    };
    for (const line of block.split('\n')) {
      const title = /^--\s*(.+)$/.exec(line);
      if (title && (!current || current.lines.some((l) => l.trim()))) {
        flush();
        current = { title: title[1].trim(), lines: [] };
      } else if (line.trim()) (current ??= { title: line.trim().slice(0, 60), lines: [] }).lines.push(line);
    }
    flush();
  }
  return out;
}

/** What the page's files depend on: its sources, the README's examples, the libraries' versions, this file. */
function versionOf(config: ExplorerConfig): string {
  const h = createHash('sha256');
  for (const f of readdirSync(PAGE_DIR).sort()) h.update(f).update(readFileSync(join(PAGE_DIR, f)));
  h.update(JSON.stringify(config));
  for (const [exported, up] of PAGE_PACKAGES) h.update(readFileSync(join(packageDir(exported, up), 'package.json')));
  h.update(readFileSync(join(PROJECT_ROOT, 'pipeline', 'explorer', 'write.ts')));
  return h.digest('hex').slice(0, 16);
}

let prepared: { dir: string; version: string } | null = null;

/** The explorer's files for this code, made once (under .cache/explorer/ or, failing that, a temporary folder). */
export function explorerAssets(config: ExplorerConfig): { dir: string; version: string } {
  const version = versionOf(config);
  if (prepared?.version === version && existsSync(prepared.dir)) return prepared;
  let root = join(PROJECT_ROOT, '.cache', 'explorer');
  try {
    mkdirSync(root, { recursive: true });
  } catch {
    root = join(tmpdir(), 'govreports-explorer');
    mkdirSync(root, { recursive: true });
  }
  const dir = join(root, version);
  if (!existsSync(join(dir, 'index.html'))) {
    // Made aside and renamed: builds running at once never see half a folder.
    const tmp = `${dir}.${process.pid}.${Date.now()}.tmp`;
    mkdirSync(tmp, { recursive: true });
    // esbuild only when the page is made (once per version), not for every build that checks it
    const { buildSync } = require('esbuild') as typeof import('esbuild');
    buildSync({
      absWorkingDir: PROJECT_ROOT,
      entryPoints: [join(PAGE_DIR, 'app.ts')],
      outfile: join(tmp, 'app.js'),
      bundle: true,
      // A classic script, not a module: a module is refused to a page opened as a file, and then
      // the page could not even say that it needs a server.
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
    });
    for (const f of STATIC_FILES) copyFileSync(join(PAGE_DIR, f), join(tmp, f));
    for (const f of DUCKDB_FILES) copyFileSync(join(duckdbDist(), f), join(tmp, f));
    writeFileSync(join(tmp, 'config.json'), JSON.stringify(config, null, 1) + '\n');
    try {
      renameSync(tmp, dir);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another build made it meanwhile
    }
    // Older versions of the page are of no use to this code.
    for (const other of readdirSync(root)) if (other !== version && !other.endsWith('.tmp')) rmSync(join(root, other), { recursive: true, force: true });
  }
  prepared = { dir, version };
  return prepared;
}

/** Puts the explorer into `outDir/explorer/`: linked from the prepared files, copied where links fail. */
export function writeExplorer(outDir: string, config: ExplorerConfig): void {
  const { dir } = explorerAssets(config);
  const dest = join(outDir, 'explorer');
  mkdirSync(dest, { recursive: true });
  for (const f of readdirSync(dir).sort()) {
    const to = join(dest, f);
    rmSync(to, { force: true });
    try {
      linkSync(join(dir, f), to);
    } catch {
      copyFileSync(join(dir, f), to);
    }
  }
}

/** The explorer's version, for the build's fingerprint: a changed page is a changed output. */
export function explorerVersion(config: ExplorerConfig): string {
  return versionOf(config);
}

/** The README's examples, from the project's README.md (none when it is not there). */
export function projectExamples(): ExplorerConfig['examples'] {
  const path = join(PROJECT_ROOT, 'README.md');
  return existsSync(path) ? readmeExamples(readFileSync(path, 'utf8')) : [];
}
