import type { APIRoute } from "astro";
import { getSite } from "../site/data.ts";
import { exportsOf } from "../site/site-files.ts";

export const GET: APIRoute = async () => new Response(exportsOf(await getSite()).claimsCsv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
