// A worker thread of extractFilesParallel: extracts the batches it is sent with
// the very same extractOne, and answers with results or one-line problems.
// Its first message, an empty reply, says it is ready.
import { parentPort, workerData } from "node:worker_threads";
import { extractOne } from "./corpus.ts";
import { InputError } from "../errors.ts";
import type { ArticleInput, Extracted } from "../nlp/extract.ts";
import { makeRegistry } from "../registry.ts";
import type { Speaker, Topic } from "../schema.ts";

export type Request = Array<{ i: number; input: ArticleInput }>;
export type Reply = Array<{ i: number; result: Extracted } | { i: number; file: string; problem: string }>;

const { speakers, topics } = workerData as { speakers: Speaker[]; topics: Topic[] };
const reg = makeRegistry(speakers, topics);

parentPort?.on("message", (batch: Request) => {
  const reply: Reply = batch.map(({ i, input }) => {
    try {
      return { i, result: extractOne(input, reg) };
    } catch (e) {
      const err = e instanceof InputError ? e : new InputError(input.file, String(e));
      return { i, file: err.file, problem: err.problem };
    }
  });
  parentPort!.postMessage(reply);
});
parentPort?.postMessage([] satisfies Reply);
