// The site's whole-corpus files: the search index and the claims.json and
// claims.csv exports, made once per build from the site's data by makeSiteFiles.
// A build makes them in a worker thread, started as soon as the data is ready,
// so they are made beside the pages' own work on this thread (at 1,000 articles
// they took ~1 s of it); the dev server makes them here.
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Site } from "./data.ts";
import { building, projectRoot } from "./corpus.ts";
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

export interface SiteFiles {
  search: SearchFiles;
  claimsJson: string;
  claimsCsv: string;
}

export function makeSiteFiles({ claims, articles, aliases, topicTitles }: SiteFilesInput): SiteFiles {
  const alias = new Map(aliases);
  const title = new Map(topicTitles);
  const docs = searchDocs(claims, { aliases: (id) => alias.get(id) ?? [], topicTitle: (t) => title.get(t) ?? t });
  return {
    search: buildSearchFiles(docs),
    claimsJson: JSON.stringify({ articles: articles.map((a) => Article.parse(a)), claims: claims.map(record) }, null, 1),
    claimsCsv: toCsv(claims),
  };
}

const siteFilesInput = (site: Site): SiteFilesInput => ({
  claims: site.claims,
  articles: site.articles,
  aliases: site.speakers.map((s) => [s.id, s.aliases]),
  topicTitles: site.topics.map((t) => [t.id, t.title]),
});

// by the site's data they were made from (the dev server makes them again when content changes)
const made = new WeakMap<Site, Promise<SiteFiles>>();

/** The files of this site's data: started once, in a worker thread in a build. */
export function siteFiles(site: Site): Promise<SiteFiles> {
  let files = made.get(site);
  if (!files) made.set(site, (files = building() ? inWorker(siteFilesInput(site)) : Promise.resolve(makeSiteFiles(siteFilesInput(site)))));
  return files;
}

function inWorker(input: SiteFilesInput): Promise<SiteFiles> {
  // (the pages' code is bundled away from src/site, where the worker's script is)
  const worker = new Worker(join(projectRoot(), "src/site/site-files-worker.ts"), { workerData: input });
  return new Promise<SiteFiles>((resolve, reject) => {
    worker.once("message", (files: SiteFiles) => {
      resolve(files);
      void worker.terminate();
    });
    worker.once("error", (e) => reject(new Error(`site files worker failed: ${e.message}`)));
    worker.once("exit", (code) => reject(new Error(`site files worker stopped early (exit code ${code})`)));
  });
}


