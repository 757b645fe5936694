// The sitemap index: every page of the site, in files of at most 40,000 URLs
// (the protocol allows 50,000), for search engines and the site's own checks.
import type { APIRoute } from "astro";
import { loc, sitemapChunks } from "../site/sitemap.ts";
import { href } from "../site/paths.ts";

export const GET: APIRoute = async ({ site }) => {
  const chunks = await sitemapChunks();
  const items = chunks.map((_, i) => `  <sitemap><loc>${loc(href(`/sitemaps/${i}.xml`), site)}</loc></sitemap>`).join("\n");
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`, {
    headers: { "Content-Type": "application/xml" },
  });
};
