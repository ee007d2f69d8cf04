// Worker thread entry for the pool: registers tsx so the TypeScript sources load as they are.
import { Piscina, workerData } from 'piscina';
import { register } from 'tsx/esm/api';

register();
const { processFile } = await import('./processFile.ts');
const stored = new Map(Object.entries(workerData?.stored ?? {}));
const lookup = (sha) => stored.get(sha);

export default function run(task) {
  const summary = processFile(task, lookup);
  const buffers = [summary.packed?.bytes.buffer, summary.record?.buffer].filter((b) => b && b.byteLength);
  if (!buffers.length) return summary;
  // The rows and the new cache record are handed to the main thread, not copied.
  return Piscina.move({
    get [Piscina.transferableSymbol]() { return buffers; },
    get [Piscina.valueSymbol]() { return summary; },
  });
}
