/**
 * How many files are read, validated and rendered at once on one thread (the
 * main thread with `--jobs 1`, or each worker of a batch). Reading and
 * writing overlap with the CPU work of the others; more gains nothing on a
 * single JavaScript thread and only holds more files in memory.
 */
export const CONCURRENCY = 8;
