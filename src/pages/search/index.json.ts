// The search index, built once at build time and fetched by the search page on first use.
import type { APIRoute } from "astro";
import { getSite } from "../../site/data.ts";
import { buildIndex, type SearchDoc } from "../../site/search.ts";

export const GET: APIRoute = async () => {
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
  return new Response(JSON.stringify(buildIndex(docs)), { headers: { "Content-Type": "application/json" } });
};
