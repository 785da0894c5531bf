import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ByteRange } from './readPieces';

/**
 * A thread's heap: what it holds is a chunk, a batch of lines and a segment of a long line. With
 * V8's default young generation (48 MB) in each thread the tool's peak memory was ~120 MB for two
 * threads, with 16 MB ~110 MB. The old generation's bound makes a thread that would hold too
 * much fail (the caller names the path) instead of growing the process.
 */
const THREAD_HEAP: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 };

/**
 * Reads the ranges of a file on up to `threadCount` threads running `script` (given `job` as its
 * workerData), each taking the next range as it finishes one, and hands each range's answer to
 * `onAnswer` in the file's order, as soon as those before it have come. `isCancelled` is asked
 * between ranges; the threads end either way.
 */
export async function readRangesOnThreads<Answer>(
  script: string,
  job: unknown,
  ranges: readonly ByteRange[],
  threadCount: number,
  onAnswer: (answer: Answer, index: number) => void,
  isCancelled: () => boolean = () => false,
): Promise<void> {
  const threads = Array.from({ length: Math.min(threadCount, ranges.length) }, () => new Worker(script, { workerData: job, resourceLimits: THREAD_HEAP }));
  const answers = new Map<number, Answer>();
  let next = 0;
  let handed = 0;
  const readRanges = (thread: Worker) =>
    new Promise<void>((resolve, reject) => {
      let reading = -1;
      const readNext = () => {
        if (next === ranges.length || isCancelled()) return resolve();
        reading = next++;
        thread.postMessage(ranges[reading]);
      };
      thread.on('message', (answer: Answer) => {
        answers.set(reading, answer);
        for (let found = answers.get(handed); found !== undefined; found = answers.get(handed)) {
          answers.delete(handed);
          onAnswer(found, handed++);
        }
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
}
