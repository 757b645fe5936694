import type { APIRoute, GetStaticPaths } from "astro";
import { loc, sitemapChunks } from "../../site/sitemap.ts";
import { getSite } from "../../site/data.ts";
import { changedPaths, pageKey } from "../../site/page-keys.ts";

export const getStaticPaths = (async () => {
  const site = await getSite();
  const chunks = (await sitemapChunks()).map((paths, n) => ({ n, paths }));
  return changedPaths("/sitemaps/[n].xml", chunks, ({ n }) => ({ n: String(n) }), ({ paths }) => ({ paths }), (props) => pageKey(site, props));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { paths } = props as { paths: string[] };
  const urls = paths.map((p) => `  <url><loc>${loc(p, site)}</loc></url>`).join("\n");
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { "Content-Type": "application/xml" },
  });
};
