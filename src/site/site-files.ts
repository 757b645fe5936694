// The site's whole-corpus files: the search index and the claims.json and
// claims.csv exports, made once per build from the site's data
// (makeSearchFiles, makeExports), each when first asked for.
//
// (Made in a worker thread beside the pages' work, and the corpus read and
// published in another while Vite bundled, a build took more time, not less, on
// these 2-core machines: the workers' start-up and the copying of the data
// between threads cost more than the main thread saved.)
import type { Site } from "./data.ts";
import { buildSearchFiles, searchDocs, type SearchFiles } from "./search.ts";
import { record, toCsv } from "./export.ts";
import { Article } from "../lib/schema.ts";
import type { ClaimData } from "./entries.ts";

/** What the files are made from. */
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

// by the site's data they were made from (the dev server makes them again when content changes)
const made = new WeakMap<Site, { search?: SearchFiles; exports?: Exports }>();

function files(site: Site) {
  let f = made.get(site);
  if (!f) made.set(site, (f = {}));
  return f;
}

/** This site's search index files. */
export const searchFilesOf = (site: Site): SearchFiles => (files(site).search ??= makeSearchFiles(siteFilesInput(site)));

/** This site's exports. */
export const exportsOf = (site: Site): Exports => (files(site).exports ??= makeExports(siteFilesInput(site)));
