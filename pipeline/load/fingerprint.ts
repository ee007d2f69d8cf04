/**
 * The fingerprint a build leaves in its output (files, sizes, times, code, options): the next
 * build compares it before anything else, so this module loads nothing else — a rebuild with
 * nothing changed then never loads DuckDB or the pipeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FINGERPRINT = '.govreports-build';

export function readFingerprint(outDir: string): string | null {
  try {
    return readFileSync(join(outDir, FINGERPRINT), 'utf8').trim();
  } catch {
    return null;
  }
}
