// What the language server's reading threads run (features/fileSummary.ts): a bundle of the core
// alone, without the protocol libraries, so that each thread starts and stays small.
import { answerRangeJobs } from './core/streaming/rangeThreads';

answerRangeJobs();
