/**
 * What a worker thread of the pool runs for each task: processFile, with the rows and the new
 * cache record handed to the main thread rather than copied.
 */
import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import type { Location } from '../shared/cache.ts';
import { processFile, type FileTask } from './processFile.ts';

const stored = new Map(Object.entries((workerData as { stored?: Record<string, Location> } | undefined)?.stored ?? {}));
const lookup = (sha: string) => stored.get(sha);

export default async function run(task: FileTask) {
  const summary = await processFile(task, lookup);
  const buffers = [summary.packed?.bytes.buffer, summary.record?.buffer].filter((b): b is ArrayBuffer => !!b && b.byteLength > 0);
  if (!buffers.length) return summary;
  return move({
    get [transferableSymbol]() { return buffers; },
    get [valueSymbol]() { return summary; },
  });
}
