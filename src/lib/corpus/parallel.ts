// The same extraction as extractFiles, spread over threads: articles are
// independent, so a corpus splits across cores. This thread works from the
// start and worker threads join once they have loaded the extractor (~0.4 s),
// so small runs start no workers at all.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { assemble, readCorpus, type CorpusResult, type ExtractOptions } from "./pending.ts";
import { InputError } from "../errors.ts";
import type { Extracted } from "../nlp/extract.ts";
import type { Registry } from "../registry.ts";
import type { Reply, Request } from "./extract-worker.ts";

export interface ParallelOptions extends ExtractOptions {
  /** worker threads beside this one (default: one fewer than the cores available) */
  workers?: number;
  /** fewer articles to extract than this: no workers (default 200) */
  minArticles?: number;
  /** whether this thread extracts too (default true; false leaves it all to the workers) */
  thisThread?: boolean;
  /** told after each article extracted (or found bad): how many are done of how many to extract */
  onProgress?: (done: number, total: number) => void;
  /** the workers' script, extract-worker.ts (default: beside this file; code bundled elsewhere, as the
   * site's pages are, names it in the project) */
  workerScript?: string | URL;
  /** this thread's extractor, corpus.ts (default: beside this file). The site names the project's copy,
   * so that its pages' bundle leaves the extractor out: bundling it cost every build ~0.17 s, and a
   * rebuild that reads every article from the cache never loads it. */
  extractorModule?: string | URL;
}

const BATCH = 16;

export async function extractFilesParallel(paths: string[], reg: Registry, opts: ParallelOptions = {}): Promise<CorpusResult> {
  const pending = readCorpus(paths, reg, opts);
  const todo = pending.results.flatMap((r, i) => (r ? [] : [i]));
  const workers = todo.length < (opts.minArticles ?? 200) ? 0 : (opts.workers ?? availableParallelism() - 1);
  // All in the cache: the extractor is not even loaded.
  if (!todo.length) return assemble(pending, opts, new Set());
  const extractor = opts.extractorModule ?? new URL("./corpus.ts", import.meta.url);
  const { extractOne } = (await import(/* @vite-ignore */ String(extractor))) as typeof import("./corpus.ts");
  let finishedCount = 0;
  const failures = await runPool(Math.max(0, workers), opts.thisThread ?? true, {
    reg,
    extractOne,
    script: opts.workerScript ?? new URL("./extract-worker.ts", import.meta.url),
    take: (() => {
      let next = 0;
      return () => (next < todo.length ? todo.slice(next, (next += BATCH)) : null);
    })(),
    input: (i) => pending.inputs[i]!,
    done: (i, r) => (pending.results[i] = r),
    progress: () => opts.onProgress?.(++finishedCount, todo.length),
  });
  // The first bad file in file order, as one thread would report it.
  const first = failures.sort((a, b) => a.i - b.i)[0];
  if (first) throw new InputError(first.file, first.problem);
  return assemble(pending, opts, new Set(todo));
}

type Failure = { i: number; file: string; problem: string };

interface Work {
  reg: Registry;
  /** this thread's extractor (loaded once there is something to extract) */
  extractOne: typeof import("./corpus.ts").extractOne;
  script: string | URL;
  /** the next batch of article indexes, or null when all are handed out */
  take: () => number[] | null;
  input: (i: number) => Request[number]["input"];
  done: (i: number, r: Extracted) => void;
  /** one more article finished, extracted or refused */
  progress: () => void;
}

async function runPool(n: number, thisThread: boolean, work: Work): Promise<Failure[]> {
  const failures: Failure[] = [];
  const pool = Array.from({ length: n }, () => startWorker(work, failures));
  const finished = Promise.all(pool.map((w) => w.finished));
  finished.catch(() => {}); // awaited below, once this thread's share is done
  try {
    for (let batch = thisThread || !n ? work.take() : null; batch; batch = work.take()) {
      for (const i of batch) {
        try {
          work.done(i, work.extractOne(work.input(i), work.reg));
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          failures.push({ i, file: e.file, problem: e.problem });
        }
        work.progress();
      }
      // Let the workers' replies in, so they are handed their next batch.
      if (n) await new Promise((r) => setImmediate(r));
    }
    await finished;
  } finally {
    for (const w of pool) w.stop();
  }
  return failures;
}

function startWorker(work: Work, failures: Failure[]) {
  const worker = new Worker(work.script, {
    workerData: { speakers: work.reg.speakers, topics: work.reg.topics },
  });
  let stopped = false;
  const stop = () => {
    stopped = true;
    void worker.terminate();
  };
  const finished = new Promise<void>((resolve, reject) => {
    const end = (err?: Error) => {
      if (stopped) return;
      stop();
      if (err) reject(err);
      else resolve();
    };
    // Two batches in flight, so a worker never waits while this thread is busy.
    let inFlight = 0;
    const send = () => {
      const batch = work.take();
      if (!batch) return;
      worker.postMessage(batch.map((i) => ({ i, input: work.input(i) })) satisfies Request);
      inFlight++;
    };
    // The worker's first message is an empty reply: it is ready for work.
    worker.on("message", (reply: Reply) => {
      if (reply.length) inFlight--;
      for (const r of reply) {
        if ("result" in r) work.done(r.i, r.result);
        else failures.push(r);
        work.progress();
      }
      for (let k = inFlight; k < 2; k++) send();
      if (!inFlight) end();
    });
    worker.on("error", (e) => end(new Error(`extraction worker failed: ${e.message}`)));
    worker.on("exit", (code) => end(new Error(`extraction worker stopped early (exit code ${code})`)));
  });
  return { finished, stop };
}
