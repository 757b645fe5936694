// A build's worker thread for the site's whole-corpus files (site-files.ts):
// waits for the site's data, then sends back the search files and the exports.
import { parentPort } from "node:worker_threads";
import { makeExports, makeSearchFiles, type SiteFilesInput, type SiteFilesReply } from "./site-files.ts";

parentPort!.once("message", (input: SiteFilesInput) => {
  parentPort!.postMessage({ search: makeSearchFiles(input) } satisfies SiteFilesReply);
  parentPort!.postMessage({ exports: makeExports(input) } satisfies SiteFilesReply);
});
