// The site's whole-corpus files: the search index and the claims.json and
// claims.csv exports, made once per build from the site's data (makeSearchFiles,
// makeExports). A build makes them in a worker thread, started with the build
// (startSiteFilesWorker: its modules load while Vite bundles) and sent the data
// as soon as it is ready, so they are made beside the pages' own work on this
// thread (at 1,000 articles they took ~1 s of it). The dev server makes them here.
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Site } from "./data.ts";
import { building } from "./corpus.ts";
import { buildSearchFiles, searchDocs, type SearchFiles } from "./search.ts";
import { record, toCsv } from "./export.ts";
import { Article } from "../lib/schema.ts";
import type { ClaimData } from "./entries.ts";

/** What the files are made from: plain data, as a worker is sent it. */
export interface SiteFilesInput {
  claims: ClaimData[];
  articles: Article[];
  aliases: Array<[string, string[]]>;
  topicTitles: Array<[string, string]>;
}

export interface Exports {
  claimsJson: string;
  claimsCsv: string;
}

export function makeSearchFiles({ claims, aliases, topicTitles }: SiteFilesInput): SearchFiles {
  const alias = new Map(aliases);
  const title = new Map(topicTitles);
  return buildSearchFiles(searchDocs(claims, { aliases: (id) => alias.get(id) ?? [], topicTitle: (t) => title.get(t) ?? t }));
}

export const makeExports = ({ claims, articles }: SiteFilesInput): Exports => ({
  claimsJson: JSON.stringify({ articles: articles.map((a) => Article.parse(a)), claims: claims.map(record) }, null, 1),
  claimsCsv: toCsv(claims),
});

const siteFilesInput = (site: Site): SiteFilesInput => ({
  claims: site.claims,
  articles: site.articles,
  aliases: site.speakers.map((s) => [s.id, s.aliases]),
  topicTitles: site.topics.map((t) => [t.id, t.title]),
});

/** The worker's replies: the search files first, then the exports. */
export type SiteFilesReply = { search: SearchFiles } | { exports: Exports };

// The integration (which starts the worker) and the pages run from separate copies of this module.
const SLOT = Symbol.for("news-claims.site-files-worker");
const slot = globalThis as { [SLOT]?: Worker };

/** Starts the build's worker, idle until `siteFiles` sends it the site's data. */
export function startSiteFilesWorker(root: string): void {
  slot[SLOT] = new Worker(join(root, "src/site/site-files-worker.ts"));
  slot[SLOT].unref();
}

// by the site's data they were made from (the dev server makes them again when content changes)
const made = new WeakMap<Site, { search: Promise<SearchFiles>; exports: Promise<Exports> }>();

/** The files of this site's data: made once, in the build's worker thread when there is one. */
export function siteFiles(site: Site): { search: Promise<SearchFiles>; exports: Promise<Exports> } {
  let files = made.get(site);
  if (!files) {
    const input = siteFilesInput(site);
    const worker = slot[SLOT];
    delete slot[SLOT];
    files = worker && building() ? inWorker(worker, input) : { search: Promise.resolve(makeSearchFiles(input)), exports: Promise.resolve(makeExports(input)) };
    made.set(site, files);
    // (a failure is reported where the files are read)
    files.search.catch(() => {});
    files.exports.catch(() => {});
  }
  return files;
}

function inWorker(worker: Worker, input: SiteFilesInput) {
  let search!: (s: SearchFiles) => void;
  let exports!: (e: Exports) => void;
  const failed = new Promise<never>((_, reject) => {
    worker.once("error", (e) => reject(new Error(`site files worker failed: ${e.message}`)));
    worker.once("exit", (code) => reject(new Error(`site files worker stopped early (exit code ${code})`)));
  });
  failed.catch(() => {}); // reported through the files' promises
  worker.on("message", (reply: SiteFilesReply) => {
    if ("search" in reply) search(reply.search);
    else {
      exports(reply.exports);
      void worker.terminate();
    }
  });
  worker.postMessage(input);
  return {
    search: Promise.race([new Promise<SearchFiles>((r) => (search = r)), failed]),
    exports: Promise.race([new Promise<Exports>((r) => (exports = r)), failed]),
  };
}

