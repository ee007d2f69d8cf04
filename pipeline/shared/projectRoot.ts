/**
 * The project's own folder (where package.json, pipeline/ and schemas/ are), found from this
 * module's location. The code runs both from its sources and from the bundle bin/govreports.mjs
 * makes under .cache/bundle/, so a fixed '../..' would point elsewhere in one of the two.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'pipeline')) && existsSync(join(dir, 'schemas'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no govreports project folder above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** package.json's version: the pipeline's and, unless told otherwise, the dataset's. */
export const PACKAGE_VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
