// Worker thread entry when the pipeline runs from its TypeScript sources (the tests): registers
// tsx so they load as they are. bin/govreports.mjs runs a bundle with its own worker instead.
import { register } from 'tsx/esm/api';

register();
const { default: run } = await import('./main.ts');
export default run;
