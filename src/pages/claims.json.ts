import type { APIRoute } from "astro";
import { getSite } from "../site/data.ts";
import { exportsOf } from "../site/site-files.ts";

export const GET: APIRoute = async () => new Response(exportsOf(await getSite()).claimsJson, { headers: { "Content-Type": "application/json" } });
