// Atom feeds of claims (site-wide, per speaker, per topic), made at build time.
import type { ClaimData } from "./data.ts";
import { claimUrl, stanceLabel, stanceTopicOf, statement, truncate } from "./format.ts";
import { absoluteUrl, href } from "./paths.ts";

// XML 1.0 forbids most control characters; article text may hold anything.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
export const xml = (s: string) =>
  clean(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const FEED_SIZE = 50;
const when = (c: ClaimData) => {
  const d = c.date ?? c.source.published?.slice(0, 10) ?? "2000-01-01";
  return `${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10)}T00:00:00Z`;
};

/** `path`: the feed's path within the site ("/feed.xml"); `site`: the public address, when known.
 * Without it, links are paths under the base (Atom resolves them against the feed's own URL)
 * and ids are URNs, which need no address. */
export function atomFeed(opts: { title: string; path: string; site: URL | undefined; claims: ClaimData[]; topicTitle?: (id: string) => string }): Response {
  const stance = (c: ClaimData) => {
    const t = stanceTopicOf(c);
    return stanceLabel(c.stance, t ? (opts.topicTitle?.(t) ?? t) : null);
  };
  const link = (path: string) => absoluteUrl(path, opts.site) ?? path;
  const self = link(href(opts.path));
  const feedId = opts.site ? self : `urn:news-claims:feed:${opts.path.replace(/^\/|\.xml$/g, "")}`;
  // (each claim's time worked out once, not once per comparison)
  const latest = opts.claims
    .map((c) => ({ c, at: when(c) }))
    .sort((a, b) => b.at.localeCompare(a.at) || a.c.id.localeCompare(b.c.id))
    .slice(0, FEED_SIZE)
    .map((e) => e.c);
  const entries = latest
    .map((c) => {
      const url = link(claimUrl(c.id));
      return `  <entry>
    <id>${xml(opts.site ? url : `urn:news-claims:claim:${c.id}`)}</id>
    <title>${xml(`${c.speaker.name}: ${truncate(statement(c), 90)}`)}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <updated>${when(c)}</updated>
    <author><name>${xml(c.speaker.name)}</name></author>
    <summary>${xml(`${statement(c)} (${c.source.outlet ?? c.article}; ${stance(c)})`)}</summary>
  </entry>`;
    })
    .join("\n");
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(feedId)}</id>
  <title>${xml(opts.title)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(link(href(opts.path.replace(/feed\.xml$/, ""))))}"/>
  <updated>${latest[0] ? when(latest[0]) : "2000-01-01T00:00:00Z"}</updated>
${entries}
</feed>
`;
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
