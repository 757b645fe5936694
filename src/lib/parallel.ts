// The same extraction as extractFiles, spread over worker threads: articles are
// independent, so a corpus splits across cores. Small runs stay in this thread
// (starting a worker and loading the extractor there costs ~0.3 s).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { assemble, extractOne, readCorpus, type CorpusResult, type ExtractOptions } from "./corpus.ts";
import { InputError } from "./errors.ts";
import type { Extracted } from "./extract.ts";
import type { Registry } from "./registry.ts";
import type { Reply, Request } from "./extract-worker.ts";

export interface ParallelOptions extends ExtractOptions {
  /** worker threads to use (default: the cores available; 1 or fewer: none) */
  workers?: number;
  /** fewer articles to extract than this: no workers (default 100) */
  minArticles?: number;
}

const BATCH = 16;

export async function extractFilesParallel(paths: string[], reg: Registry, opts: ParallelOptions = {}): Promise<CorpusResult> {
  const pending = readCorpus(paths, reg, opts);
  const todo = pending.results.flatMap((r, i) => (r ? [] : [i]));
  const workers = Math.min(opts.workers ?? availableParallelism(), Math.ceil(todo.length / BATCH));
  if (workers <= 1 || todo.length < (opts.minArticles ?? 100)) {
    for (const i of todo) pending.results[i] = extractOne(pending.inputs[i]!, reg);
  } else {
    const failures = await runPool(workers, reg, todo, (i) => pending.inputs[i]!, (i, r) => (pending.results[i] = r));
    // The first bad file in file order, as the sequential run would report it.
    const first = failures.sort((a, b) => a.i - b.i)[0];
    if (first) throw new InputError(first.file, first.problem);
  }
  return assemble(pending, opts, new Set(todo));
}

type Failure = { i: number; file: string; problem: string };

function runPool(
  n: number,
  reg: Registry,
  todo: number[],
  input: (i: number) => Request[number]["input"],
  done: (i: number, r: Extracted) => void,
): Promise<Failure[]> {
  let next = 0;
  const failures: Failure[] = [];
  const pool: Worker[] = [];
  return new Promise<Failure[]>((resolve, reject) => {
    let running = 0;
    const stop = (err?: Error) => {
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolve(failures);
    };
    const feed = (w: Worker) => {
      if (next >= todo.length) {
        if (--running === 0) stop();
        return;
      }
      const batch: Request = todo.slice(next, (next += BATCH)).map((i) => ({ i, input: input(i) }));
      w.postMessage(batch);
    };
    for (let k = 0; k < n; k++) {
      const w = new Worker(new URL("./extract-worker.ts", import.meta.url), {
        workerData: { speakers: reg.speakers, topics: reg.topics },
      });
      pool.push(w);
      running++;
      w.on("message", (reply: Reply) => {
        for (const r of reply) {
          if ("result" in r) done(r.i, r.result);
          else failures.push(r);
        }
        feed(w);
      });
      w.on("error", (e) => stop(new Error(`extraction worker failed: ${e.message}`)));
      feed(w);
    }
  });
}
