// /search/early.js: the search page's early script (src/site/search-early.ts).
import type { APIRoute } from "astro";
import { EARLY_SCRIPT } from "../../site/search-early.ts";

export const GET: APIRoute = () => new Response(EARLY_SCRIPT, { headers: { "Content-Type": "text/javascript" } });
