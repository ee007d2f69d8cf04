/**
 * Installing and starting the command line: a lock file that `npm ci` accepts on every platform,
 * and the bundle in dist/ that bin/govreports.mjs runs only while it matches the sources.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { optionalDependencies?: Record<string, string>; os?: string[] }> };
  it('holds every optional package of every platform, so `npm ci` takes it on Linux, macOS and Windows', () => {
    const missing: string[] = [];
    for (const [path, p] of Object.entries(lock.packages)) {
      for (const dep of Object.keys(p.optionalDependencies ?? {})) {
        // npm looks for a package in its dependant's node_modules, then in each folder above.
        const candidates = [];
        for (let at = path; ; at = at.slice(0, Math.max(0, at.lastIndexOf('/node_modules/')))) {
          candidates.push(at ? `${at}/node_modules/${dep}` : `node_modules/${dep}`);
          if (!at) break;
        }
        if (!candidates.some((c) => lock.packages[c])) missing.push(`${path || '(root)'} → ${dep}`);
      }
    }
    expect(missing).toEqual([]);
    const duckdbFor = Object.entries(lock.packages).filter(([k]) => k.startsWith('node_modules/@duckdb/node-bindings-')).flatMap(([, p]) => p.os ?? []);
    for (const os of ['linux', 'darwin', 'win32']) expect(duckdbFor).toContain(os);
  });
});

describe('the bundle the command line runs', () => {
  /** A copy of the project's code, with this checkout's node_modules. */
  function project() {
    const dir = mkdtempSync(join(tmpdir(), 'gr-install-'));
    for (const d of ['bin', 'pipeline', 'schemas']) cpSync(d, join(dir, d), { recursive: true });
    cpSync('package.json', join(dir, 'package.json'));
    cpSync('package-lock.json', join(dir, 'package-lock.json'));
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    return dir;
  }
  const cli = (dir: string, ...args: string[]) => spawnSync(process.execPath, [join(dir, 'bin', 'govreports.mjs'), ...args], { cwd: dir, encoding: 'utf8' });
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

  it('is made once, run while the sources are unchanged, made again when they change', () => {
    const dir = project();
    expect(cli(dir, '--version').stdout.trim()).toBe(version);
    const hash = readFileSync(join(dir, 'dist', '.sources-hash'), 'utf8');
    const bundled = readFileSync(join(dir, 'dist', 'cli.mjs'), 'utf8');
    expect(cli(dir, '--help').stdout).toMatch(/build \[options\]/);
    expect(readFileSync(join(dir, 'dist', '.sources-hash'), 'utf8')).toBe(hash);
    // A changed source: the stale bundle is not run; a new one, with the change, is.
    const cliTs = join(dir, 'pipeline', 'cli.ts');
    writeFileSync(cliTs, readFileSync(cliTs, 'utf8').replace("description('build the dataset from a folder of raw reports')", "description('build the dataset (changed)')"));
    expect(cli(dir, '--help').stdout).toMatch(/build the dataset \(changed\)/);
    expect(readFileSync(join(dir, 'dist', '.sources-hash'), 'utf8')).not.toBe(hash);
    expect(readFileSync(join(dir, 'dist', 'cli.mjs'), 'utf8')).not.toBe(bundled);
  });

  it('works from a read-only install, and runs the sources when a stale bundle cannot be replaced', () => {
    const dir = project();
    expect(cli(dir, '--version').status).toBe(0);
    // Root writes through file modes: the install is then read-only to the user nobody, who runs it.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = (...args: string[]) => spawnSync(process.execPath, [join(dir, 'bin', 'govreports.mjs'), ...args], { cwd: tmpdir(), encoding: 'utf8', ...asUser });
    chmodSync(dir, 0o555);
    try {
      expect(run('--version').stdout.trim()).toBe(version);
      chmodSync(dir, 0o755);
      const cliTs = join(dir, 'pipeline', 'cli.ts');
      writeFileSync(cliTs, readFileSync(cliTs, 'utf8').replace("description('build the dataset from a folder of raw reports')", "description('build the dataset (changed)')"));
      chmodSync(dir, 0o555);
      const r = run('--help');
      expect(r.stdout).toMatch(/build the dataset \(changed\)/);
      expect(r.stderr).toMatch(/running them through tsx/);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
