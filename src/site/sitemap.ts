// Every page path of the site (under the base), split into sitemap-sized chunks.
import { getSite } from "./data.ts";
import { claimUrl, sourceUrl, speakerUrl, statementUrl, topicUrl } from "./format.ts";
import { absoluteUrl, href } from "./paths.ts";

/** A sitemap <loc>: the protocol wants absolute URLs; without the public address (SITE_URL) the
 * path under the base is the best there is (and no domain is invented). */
export const loc = (path: string, site: URL | undefined) => absoluteUrl(path, site) ?? path;

const CHUNK = 40_000;

export async function sitemapChunks(): Promise<string[][]> {
  const site = await getSite();
  const paths = [
    ...["/", "/search/", "/speakers/", "/topics/", "/sources/"].map(href),
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
