import type { APIRoute } from "astro";
import { getSite } from "../site/data.ts";
import { toCsv } from "../site/export.ts";

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(toCsv(site.claims), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
