// The search index files for this build, made once and shared by the endpoints.
import { getSite } from "./data.ts";
import { buildSearchFiles, type SearchDoc, type SearchFiles } from "./search.ts";

let files: Promise<SearchFiles> | null = null;

async function make(): Promise<SearchFiles> {
  const site = await getSite();
  const docs: SearchDoc[] = site.claims.map((c) => ({
    id: c.id,
    speaker: c.speaker.name,
    speakerId: c.speaker.id,
    aliases: site.speaker.get(c.speaker.id)?.aliases ?? [],
    text: c.text.replace(/\s+/g, " "),
    quote: c.quote ?? "",
    topics: c.topics.map((t) => site.topic.get(t)?.title ?? t),
    topicIds: c.topics,
    outlet: c.source.outlet ?? "",
    date: c.date ?? "",
    stance: c.stance,
  }));
  return buildSearchFiles(docs);
}

export function getSearchFiles(): Promise<SearchFiles> {
  files ??= make();
  return files;
}

export const json = (data: unknown) => new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json" } });
