// The search index files for this build, made once and shared by the endpoints.
import { getSite } from "./data.ts";
import { buildSearchFiles, searchDocs, type SearchFiles } from "./search.ts";

let files: Promise<SearchFiles> | null = null;

async function make(): Promise<SearchFiles> {
  const site = await getSite();
  const docs = searchDocs(site.claims, {
    aliases: (id) => site.speaker.get(id)?.aliases ?? [],
    topicTitle: (t) => site.topic.get(t)?.title ?? t,
  });
  return buildSearchFiles(docs);
}

export function getSearchFiles(): Promise<SearchFiles> {
  files ??= make();
  return files;
}

