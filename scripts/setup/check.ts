/**
 * `tsx scripts/setup/check.ts java chromium`: the prerequisites check as a command, run by the
 * `pretest*` npm scripts (and so by `.ci/run`, through `npm test`). Exits 1 after one sentence
 * when something is missing and cannot be installed here.
 */
import { ensurePrerequisites, thenFor, type Prerequisite } from './prerequisites.js';

const known: readonly Prerequisite[] = ['java', 'chromium'];
const needed = process.argv.slice(2);
const unknown = needed.filter((name) => !known.includes(name as Prerequisite));
if (needed.length === 0 || unknown.length > 0) {
  console.error(`Usage: tsx scripts/setup/check.ts ${known.join('|')}...${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  process.exit(2);
}
if (!ensurePrerequisites(needed as Prerequisite[], thenFor(process.env.npm_lifecycle_event))) process.exit(1);
