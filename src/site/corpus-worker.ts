// A build's worker thread for the corpus (corpus.ts): extracts (with workers of
// its own) and publishes it while Vite bundles the pages on the build's thread,
// and sends back the corpus, or the bad file's one-line problem.
import { parentPort, workerData } from "node:worker_threads";
import { loadCorpus, type CorpusReply } from "./corpus.ts";
import { InputError } from "../lib/errors.ts";

const { root, dir } = workerData as { root: string; dir: string };
loadCorpus(root, dir).then(
  (value) => parentPort!.postMessage({ value } satisfies CorpusReply),
  (e: Error) => parentPort!.postMessage((e instanceof InputError ? { input: { file: e.file, problem: e.problem } } : { failed: e.stack ?? e.message }) satisfies CorpusReply),
);
