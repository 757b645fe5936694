import type { APIRoute, GetStaticPaths } from "astro";
import { loc, sitemapChunks } from "../../site/sitemap.ts";

export const getStaticPaths = (async () => (await sitemapChunks()).map((_, n) => ({ params: { n: String(n) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const paths = (await sitemapChunks())[Number(params.n)] ?? [];
  const urls = paths.map((p) => `  <url><loc>${loc(p, site)}</loc></url>`).join("\n");
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { "Content-Type": "application/xml" },
  });
};
