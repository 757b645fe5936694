import type { APIRoute } from "astro";
import { getSite } from "../site/data.ts";
import { record } from "../site/export.ts";
import { Article } from "../lib/schema.ts";

export const GET: APIRoute = async () => {
  const site = await getSite();
  const body = { articles: site.articles.map((a) => Article.parse(a)), claims: site.claims.map(record) };
  return new Response(JSON.stringify(body, null, 1), { headers: { "Content-Type": "application/json" } });
};
