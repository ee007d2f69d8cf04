// Worker thread entry for the pool: registers tsx so the TypeScript sources load as they are.
import { register } from 'tsx/esm/api';

register();
const { processFile } = await import('./processFile.ts');

export default function run(task) {
  return processFile(task);
}
