/**
 * One size's scan benchmark in a fresh Node process (`node out/bench/scanChild.js <file> <runs>`),
 * so that the sizes measured before do not change the JIT's and the GC's state. Prints the
 * ScanResult as JSON.
 */
import { readFileSync } from 'node:fs';
import { catalogOf } from '../shared/src/catalogSources';
import { benchScan } from './scan';

const [file, runs] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
process.stdout.write(JSON.stringify(benchScan(text, file, catalogOf(), Number(runs))));
