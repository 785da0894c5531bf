import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Catalog } from '../../../shared/src/catalog';
import { tallyFileRange, type RangePlace } from '../core/streaming/fileRanges';
import type { ByteRange } from '../core/streaming/readPieces';
import type { CodeTally, TalliedCode } from '../core/summary/codeTally';
import type { Place } from './findings';
import { parseGate } from './gate';
import { catalogWithTeamFiles } from './teamCatalogs';

/**
 * A thread's heap: what it holds is a chunk, a batch of lines and a segment of a long line. With
 * V8's default young generation (48 MB) in each thread the tool's peak memory was ~120 MB for two
 * threads, with 16 MB ~110 MB. The old generation's bound makes a thread that would hold too
 * much fail (the path is named, exit 2) instead of growing the process.
 */
const THREAD_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 };

/** What the threads are told once: the file, its language, the catalog and the gate of the scan. */
interface RangeJob {
  readonly path: string;
  readonly languageId: string;
  readonly catalogs: readonly string[];
  readonly catalogFiles: readonly string[];
  readonly gate: string;
}

/** A range's tally as a thread sends it back: each meaning by its entries' ids. */
interface RangeAnswer {
  readonly rows: readonly (Omit<TalliedCode<RangePlace>, 'meanings'> & { readonly meaningIds: readonly string[] })[];
  readonly matching: number;
  readonly lineBreaks: number;
}

/** Set in the threads that read the ranges of a file: the tool's own file, run with a RangeJob. */
export const isRangeThread = parentPort !== null && (workerData as { rangeJob?: RangeJob } | null)?.rangeJob !== undefined;

/**
 * Reads the ranges of a file on `threadCount` threads, each taking the next range as it finishes
 * one, and adds what they found to `tally` in the file's order, each range's lines numbered after
 * those of the ranges before it: the tally reading the file whole would give. Resolves to how many
 * codes the gate matched.
 */
export async function tallyInRanges(
  path: string,
  ranges: readonly ByteRange[],
  threadCount: number,
  languageId: string,
  scan: { readonly catalogs: readonly string[]; readonly catalogFiles: readonly string[]; readonly gate: string },
  catalog: Catalog,
  tally: CodeTally<Place>,
): Promise<number> {
  const rangeJob: RangeJob = { path, languageId, ...scan };
  const threads = Array.from({ length: Math.min(threadCount, ranges.length) }, () => new Worker(__filename, { workerData: { rangeJob }, resourceLimits: THREAD_HEAP }));
  const answers: RangeAnswer[] = [];
  let next = 0;
  const readRanges = (thread: Worker) =>
    new Promise<void>((resolve, reject) => {
      let reading = -1;
      const readNext = () => {
        if (next === ranges.length) return resolve();
        reading = next++;
        thread.postMessage(ranges[reading]);
      };
      thread.on('message', (answer: RangeAnswer) => {
        answers[reading] = answer;
        readNext();
      });
      thread.once('error', reject);
      thread.once('exit', (code) => reject(new Error(`a reading thread stopped (exit code ${code})`)));
      readNext();
    });
  try {
    await Promise.all(threads.map(readRanges));
  } finally {
    for (const thread of threads) void thread.terminate();
  }
  let linesBefore = 0;
  let matching = 0;
  for (const answer of answers) {
    const rows = answer.rows.map(({ meaningIds, ...row }) => ({ ...row, meanings: meaningIds.map((id) => catalog.entry(id)!) }));
    const before = linesBefore;
    tally.addLater(rows, (place) => ({ path, line: before + place.line + 1, column: place.start + 1 }));
    linesBefore += answer.lineBreaks;
    matching += answer.matching;
  }
  return matching;
}

/** In a range's thread: reads each range it is sent and sends its tally back. */
export function answerRangeJobs(): void {
  const { path, languageId, catalogs, catalogFiles, gate } = (workerData as { rangeJob: RangeJob }).rangeJob;
  const catalog = catalogWithTeamFiles(catalogs, catalogFiles);
  const matches = parseGate([gate]).matches;
  parentPort!.on('message', (range: ByteRange) => {
    const { tally, matching, lineBreaks } = tallyFileRange(path, range, languageId, catalog, matches);
    const rows = [...tally.inOrderFound()].map(({ meanings, ...row }) => ({ ...row, meaningIds: meanings.map((e) => e.id) }));
    parentPort!.postMessage({ rows, matching, lineBreaks } satisfies RangeAnswer);
  });
}
