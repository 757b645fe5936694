// The site's whole-corpus files: the search index and the claims.json and
// claims.csv exports, made once per build from the site's data, each when first
// asked for. (Made in worker threads instead, builds took longer on 2 cores:
// the workers' start-up and copying the data cost more than they saved.)
import type { Site } from "./data.ts";
import { buildSearchFiles, searchDocs, type SearchFiles } from "./search.ts";
import { articleRecord, record, toCsv } from "./export.ts";

export interface Exports {
  claimsJson: string;
  claimsCsv: string;
}

// by the site's data they were made from (the dev server makes them again when content changes)
const made = new WeakMap<Site, { search?: SearchFiles; exports?: Exports }>();

function files(site: Site) {
  let f = made.get(site);
  if (!f) made.set(site, (f = {}));
  return f;
}

/** This site's search index files. */
export const searchFilesOf = (site: Site): SearchFiles =>
  (files(site).search ??= buildSearchFiles(
    searchDocs(site.claims, { aliases: (id) => site.speaker.get(id)?.aliases ?? [], topicTitle: (t) => site.topic.get(t)?.title ?? t }),
  ));

/** This site's exports. */
export const exportsOf = (site: Site): Exports =>
  (files(site).exports ??= {
    claimsJson: JSON.stringify({ articles: site.articles.map(articleRecord), claims: site.claims.map(record) }, null, 1),
    claimsCsv: toCsv(site.claims),
  });
