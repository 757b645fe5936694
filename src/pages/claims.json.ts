import type { APIRoute } from "astro";
import { getSite } from "../site/data.ts";
import { siteFiles } from "../site/site-files.ts";

export const GET: APIRoute = async () => new Response((await siteFiles(await getSite()).exports).claimsJson, { headers: { "Content-Type": "application/json" } });
