/**
 * The `govreports` command line. Only commander and the version are loaded up front: each command
 * imports what it needs in its action (the pipeline, DuckDB, the worker pool), so `--version` and
 * `--help` answer in a few tens of milliseconds and a new command adds no start-up cost to others.
 */
import { Command, InvalidArgumentError } from 'commander';
import { PACKAGE_VERSION } from './shared/projectRoot.ts';

const program = new Command();
program.name('govreports').description('Turn Chinese government work reports into a structured dataset.').version(PACKAGE_VERSION);

program
  .command('build')
  .description('build the dataset from a folder of raw reports')
  .option('--raw <dir>', 'folder of raw reports (.txt .md .html .htm .pdf .docx)', 'raw')
  .option('--out <dir>', 'output folder', 'output')
  .option('--strict', 'exit non-zero when any file or record was rejected', false)
  .option('--dataset-version <version>', 'version written to datapackage.json (default: package.json)')
  .option('--cache <dir>', 'folder of cached per-file results', '.cache/govreports')
  .option('--no-cache', 'process every file again and keep no results')
  .option('--threads <n>', 'worker threads (default: the number of cores)', (v) => Number.parseInt(v, 10))
  .option('--partition-parquet', 'also write Parquet partitioned by plan_year (Hive layout) under parquet_by_plan_year/', false)
  .action(async (opts: { raw: string; out: string; strict: boolean; datasetVersion?: string; cache: string | false; threads?: number; partitionParquet: boolean }) => {
    const [{ build }, { default: cliProgress }] = await Promise.all([import('./build.ts'), import('cli-progress')]);
    const tty = process.stderr.isTTY;
    const bar = tty ? new cliProgress.SingleBar({ format: 'building [{bar}] {value}/{total} {file}', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
    let started = false;
    const summary = await build({
      rawDir: opts.raw,
      outDir: opts.out,
      version: opts.datasetVersion,
      cacheDir: opts.cache,
      threads: opts.threads,
      partitionParquet: opts.partitionParquet,
      onFile: (done, total, file) => {
        if (bar) {
          if (!started) { bar.start(total, 0, { file: '' }); started = true; }
          bar.update(done, { file });
        } else if (done === total || done % 100 === 0) process.stderr.write(`processed ${done}/${total} files\n`);
      },
      onLoad: (reports) => {
        bar?.stop();
        process.stderr.write(`writing ${reports} reports to DuckDB, Parquet and CSV in ${opts.out} …\n`);
      },
    });
    bar?.stop();
    const rows = Object.entries(summary.rowCounts).filter(([t]) => t !== 'rejects').map(([t, n]) => `${t}=${n}`).join(' ');
    for (const r of summary.rejects) process.stderr.write(`rejected ${r.source_file} [${r.stage}] ${r.reason}: ${r.detail.split('\n')[0].slice(0, 160)}\n`);
    const summaryLines = summary.qualityMarkdown.split('\n').filter((l) => /^\d+ reports from/.test(l));
    if (summary.rejects.length || summary.warnings) process.stderr.write(`${summaryLines.join('\n')} See ${opts.out}/QUALITY.md and quality.json.\n`);
    if (summary.upToDate) process.stdout.write(`${opts.out} is up to date: ${summary.reports} reports from ${summary.files} files, nothing changed; ${summary.seconds.toFixed(1)} s\n`);
    else process.stdout.write(`built ${summary.reports} reports from ${summary.files} files into ${opts.out} (${summary.processed} processed, ${summary.fromCache} from cache): ${rows}; rejects=${summary.rejects.length}; warnings=${summary.warnings}; ${summary.seconds.toFixed(1)} s\n`);
    if (process.env.GOVREPORTS_TIMING) process.stderr.write(`peak_rss_mb ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
    if (opts.strict && summary.rejects.length) process.exitCode = 3;
  });

program
  .command('release')
  .description('build a versioned release folder with checksums, citation and licence')
  .argument('<version>', 'version of the release, x.y.z (needs a CHANGELOG.md entry)')
  .option('--raw <dir>', 'folder of raw reports', 'raw')
  .option('--dest <dir>', 'where release/govreports-<version>/ goes', 'release')
  .action(async (version: string, opts: { raw: string; dest: string }) => {
    const { release } = await import('./release.ts');
    const dir = await release({ rawDir: opts.raw, destDir: opts.dest, version });
    process.stdout.write(`${dir}\nverify with: (cd ${dir} && sha256sum -c SHA256SUMS)\n`);
  });

program
  .command('synth')
  .description('write realistic synthetic raw reports (and _truth.csv) for benchmarks and tests')
  .requiredOption('--count <n>', 'how many reports', (v) => Number.parseInt(v, 10))
  .option('--seed <s>', 'random seed: the same seed gives the same files', (v) => Number.parseInt(v, 10), 1)
  .requiredOption('--out <dir>', 'folder to write them to')
  .option('--from <dir>', 'raw reports whose structure and paragraphs are recombined', 'raw')
  .option('--regions <n>', 'give the reports to n governments, each with consecutive years (a panel whose outcomes follow its targets)', (v) => Number.parseInt(v, 10))
  .action(async (opts: { count: number; seed: number; out: string; from: string; regions?: number }) => {
    const { synth } = await import('./synth/index.ts');
    const r = synth({ count: opts.count, seed: opts.seed, outDir: opts.out, fromDir: opts.from, regions: opts.regions });
    process.stdout.write(`wrote ${r.files.length} reports and ${r.truth.length} truth rows to ${opts.out}\n`);
  });

program
  .command('score')
  .description('score a build against hand-coded answers (README: "How accurate is it?")')
  .option('--out <dir>', 'the build to score (its output folder)', 'output')
  .option('--gold <file>', 'hand-coded figures, as tests/fixtures/real/gold/figures.csv (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
  .option('--meta <file>', 'hand-coded report metadata, as tests/fixtures/real/gold/reports.csv')
  .option('--problems <file>', 'hand-coded problems (file,ordinal,text,note), as tests/fixtures/real/gold/problems.csv')
  .option('--pledges <file>', 'hand-coded pledges, in the same format')
  .option('--glossary <file>', 'hand-coded glossary entries (file,ordinal,term,definition,note; or "term：definition" as text)')
  .option('--min-recall <x>', 'exit 1 when the recall of annual targets (or of a text table\'s items) is below x', parseShare)
  .option('--min-precision <y>', 'exit 1 when the precision of annual targets (or of a text table\'s items) is below y', parseShare)
  .option('--json', 'print a machine-readable summary', false)
  .option('--quiet', 'print only the summary lines, not the misses', false)
  .action(async (opts: { out: string; gold?: string[]; meta?: string; problems?: string; pledges?: string; glossary?: string; minRecall?: number; minPrecision?: number; json: boolean; quiet: boolean }) => {
    const { runScoreCommand } = await import('./score/index.ts');
    process.exitCode = runScoreCommand({
      outDir: opts.out, gold: opts.gold, meta: opts.meta,
      spans: { problems: opts.problems, pledges: opts.pledges, glossary: opts.glossary },
      minRecall: opts.minRecall, minPrecision: opts.minPrecision, json: opts.json, quiet: opts.quiet,
    }, { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
  });

/** A share between 0 and 1 for --min-recall/--min-precision. */
function parseShare(v: string): number {
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new InvalidArgumentError(`${v} is not a share between 0 and 1`);
  return x;
}

program
  .command('sql')
  .description('an SQL prompt on the dataset, read-only, results drawn as DuckDB\'s shell draws them (also reads piped statements)')
  .argument('[database]', 'the DuckDB file', 'output/govreports.duckdb')
  .action(async (database: string) => {
    const { sqlPrompt } = await import('./sql/index.ts');
    await sqlPrompt(database);
  });

program
  .command('serve')
  .description('serve a build or release folder on localhost, for the explorer page in it')
  .option('--out <dir>', 'the build\'s output folder, or a release folder', 'output')
  .option('--port <n>', 'port to listen on (0: any free one)', (v) => Number.parseInt(v, 10), 8000)
  .action(async (opts: { out: string; port: number }) => {
    const { serve } = await import('./explorer/serve.ts');
    const { url } = await serve({ dir: opts.out, port: opts.port });
    process.stdout.write(`serving ${opts.out} at ${url}\nopen that address in a browser; Ctrl-C stops the server\n`);
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  // A UsageError (a folder that cannot be used) and any other failure are told the same way.
  process.stderr.write(`govreports: ${(e as Error).message ?? e}\n`);
  process.exitCode = 2;
});
