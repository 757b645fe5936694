// Every page path of the site, split into sitemap-sized chunks.
import { getSite } from "./data.ts";
import { claimUrl, sourceUrl, speakerUrl, statementUrl, topicUrl } from "./format.ts";

const CHUNK = 40_000;

export async function sitemapChunks(): Promise<string[][]> {
  const site = await getSite();
  const paths = [
    "/",
    "/search/",
    "/speakers/",
    "/topics/",
    "/sources/",
    ...site.claims.map((c) => claimUrl(c.id)),
    ...site.speakers.map((s) => speakerUrl(s.id)),
    ...site.topics.filter((t) => t.claimCount > 0).map((t) => topicUrl(t.id)),
    ...site.articles.map((a) => sourceUrl(a.id)),
    ...[...site.statements.keys()].map(statementUrl),
  ];
  const chunks: string[][] = [];
  for (let i = 0; i < paths.length; i += CHUNK) chunks.push(paths.slice(i, i + CHUNK));
  return chunks;
}
