// robots.txt: everything may be crawled. The Sitemap line needs an absolute
// URL, so it is written only when the public address is known (SITE_URL).
import type { APIRoute } from "astro";
import { absoluteUrl, href } from "../site/paths.ts";

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(href("/sitemap.xml"), site);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `Sitemap: ${sitemap}\n` : ""}`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
