// Every page of the site, for search engines and for the accessibility and link checks.
import type { APIRoute } from "astro";
import { getSite } from "../site/data.ts";
import { claimUrl, sourceUrl, speakerUrl, topicUrl } from "../site/format.ts";

export const GET: APIRoute = async ({ site: base }) => {
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
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, base).href}</loc></url>`).join("\n");
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { "Content-Type": "application/xml" },
  });
};
