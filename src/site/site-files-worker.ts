// A build's worker thread for the site's whole-corpus files (site-files.ts):
// makes them from the data it is started with and sends them back.
import { parentPort, workerData } from "node:worker_threads";
import { makeSiteFiles, type SiteFilesInput } from "./site-files.ts";

parentPort!.postMessage(makeSiteFiles(workerData as SiteFilesInput));
