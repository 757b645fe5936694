// The search index files for this build, made once and shared by the endpoints.
import { getSite, type Site } from "./data.ts";
import { buildSearchFiles, searchDocs, type SearchFiles } from "./search.ts";

// by the site's data they were made from (the dev server makes it again when content changes)
const made = new WeakMap<Site, SearchFiles>();

function make(site: Site): SearchFiles {
  const docs = searchDocs(site.claims, {
    aliases: (id) => site.speaker.get(id)?.aliases ?? [],
    topicTitle: (t) => site.topic.get(t)?.title ?? t,
  });
  return buildSearchFiles(docs);
}

export async function getSearchFiles(): Promise<SearchFiles> {
  const site = await getSite();
  let files = made.get(site);
  if (!files) made.set(site, (files = make(site)));
  return files;
}

