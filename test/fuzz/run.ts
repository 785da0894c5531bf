/**
 * `npm run fuzz -- --cases N --seed S`: runs the differential test of the occurrence index on
 * cases S, S+1, …, S+N-1, and prints the seed and a shrunk reproduction of the first divergence.
 */
import { loadAllGrammars, grammars } from '../support/grammars';
import { caseOf, check, shrink } from './differential';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number, got ${process.argv[at + 1]}`);
  return value;
}

const cases = option('cases', 1000);
const first = option('seed', Date.now() % 1_000_000);
void loadAllGrammars().then(() => {
  const started = Date.now();
  console.log(`fuzz: ${cases} cases from seed ${first}`);
  for (let seed = first; seed < first + cases; seed++) {
    const test = caseOf(seed);
    const divergence = check(test, grammars);
    if (divergence) {
      const small = shrink(test, grammars);
      console.error(`fuzz: seed ${seed} diverges after batch ${divergence.batch}`);
      console.error(`reproduction: ${JSON.stringify(small)}`);
      console.error(`incremental: ${JSON.stringify(check(small, grammars)?.incremental)}\nfresh:       ${JSON.stringify(check(small, grammars)?.fresh)}`);
      process.exit(1);
    }
    if ((seed - first + 1) % 5000 === 0) console.log(`fuzz: ${seed - first + 1} cases, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  console.log(`fuzz: ${cases} cases clean (seeds ${first}–${first + cases - 1}) in ${Math.round((Date.now() - started) / 1000)} s`);
});
