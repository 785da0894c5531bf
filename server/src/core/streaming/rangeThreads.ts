import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { Catalog } from '../../../../shared/src/catalog';
import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import type { TalliedCode } from '../summary/codeTally';
import { readFileRange, type RangePlace, type RangeReading, type RangeWants } from './fileRanges';
import type { ByteRange } from './readPieces';

/**
 * Threads a big file is read on at once, by default: one per CPU, and no more than this (each holds
 * ~25 MB: on a big machine the default stays near the memory of two).
 */
const DEFAULT_THREADS_AT_MOST = 4;

export function defaultThreadCount(): number {
  return Math.min(availableParallelism(), DEFAULT_THREADS_AT_MOST);
}

/**
 * A thread's heap: what it holds is a chunk, a batch of lines and a segment of a long line. With
 * V8's default young generation (48 MB) in each thread the tool's peak memory was ~120 MB for two
 * threads, with 16 MB ~110 MB. The old generation's bound makes a thread that would hold too
 * much fail (its reader is told) instead of growing the process.
 */
const THREAD_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 };

/** What the threads are told once: the file, its language, the catalog (its entries travel as data) and what to read for. */
interface RangeJob {
  readonly path: string;
  readonly languageId: string;
  readonly entries: readonly CatalogEntry[];
  readonly neverCodes: readonly number[];
  readonly wants: RangeWants;
}

/** A range's reading as a thread sends it back: each meaning by its entry's id. */
type RangeAnswer = Omit<RangeReading, 'rows'> & {
  readonly rows: readonly (Omit<TalliedCode<RangePlace>, 'meanings'> & { readonly meaningIds: readonly string[] })[];
};

/** A file to read in ranges on threads. */
export interface RangesToRead {
  /** The bundle the threads run: one that calls answerRangeJobs() when isRangeThread. */
  readonly script: string;
  readonly path: string;
  readonly languageId: string;
  readonly catalog: Catalog;
  readonly wants: RangeWants;
  readonly ranges: readonly ByteRange[];
  readonly threads: number;
  /** Stops the threads: the promise then resolves to false. */
  readonly signal?: AbortSignal;
}

/** Set in a thread started by readRangesOnThreads. */
export const isRangeThread = parentPort !== null && (workerData as { rangeJob?: RangeJob } | null)?.rangeJob !== undefined;

/**
 * Reads the ranges of a file on threads, each taking the next range as it finishes one, and hands
 * each range's reading to `onReading` in the file's order (a range read early waits for those
 * before it). Resolves to true once all are read, false if stopped; rejects if a thread fails.
 */
export async function readRangesOnThreads({ script, path, languageId, catalog, wants, ranges, threads: threadCount, signal }: RangesToRead, onReading: (reading: RangeReading, range: ByteRange) => void): Promise<boolean> {
  const rangeJob: RangeJob = { path, languageId, entries: catalog.entries, neverCodes: [...catalog.neverCodes], wants };
  const threads = Array.from({ length: Math.min(threadCount, ranges.length) }, () => new Worker(script, { workerData: { rangeJob }, resourceLimits: THREAD_HEAP }));
  const answers: RangeAnswer[] = [];
  let next = 0;
  let handedOver = 0;
  const handOver = () => {
    for (; answers[handedOver] !== undefined; handedOver++) {
      const { rows, ...rest } = answers[handedOver];
      onReading({ ...rest, rows: rows.map(({ meaningIds, ...row }) => ({ ...row, meanings: meaningIds.map((id) => catalog.entry(id)!) })) }, ranges[handedOver]);
      delete answers[handedOver];
    }
  };
  const readRanges = (thread: Worker) =>
    new Promise<void>((resolve, reject) => {
      let reading = -1;
      const readNext = () => {
        if (next === ranges.length || signal?.aborted) return resolve();
        reading = next++;
        thread.postMessage(ranges[reading]);
      };
      thread.on('message', (answer: RangeAnswer) => {
        answers[reading] = answer;
        handOver();
        readNext();
      });
      thread.once('error', reject);
      thread.once('exit', (code) => (signal?.aborted ? resolve() : reject(new Error(`a reading thread stopped (exit code ${code})`))));
      signal?.addEventListener('abort', () => void thread.terminate(), { once: true });
      readNext();
    });
  try {
    await Promise.all(threads.map(readRanges));
  } finally {
    for (const thread of threads) void thread.terminate();
  }
  return !signal?.aborted;
}

/** In a range's thread: reads each range it is sent and sends its reading back. */
export function answerRangeJobs(): void {
  const { path, languageId, entries, neverCodes, wants } = (workerData as { rangeJob: RangeJob }).rangeJob;
  const catalog = new Catalog(entries, neverCodes);
  parentPort!.on('message', (range: ByteRange) => {
    const { rows, ...rest } = readFileRange(path, range, languageId, catalog, wants);
    parentPort!.postMessage({ ...rest, rows: rows.map(({ meanings, ...row }) => ({ ...row, meaningIds: meanings.map((e) => e.id) })) } satisfies RangeAnswer);
  });
}
