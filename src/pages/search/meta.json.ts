// What the first search downloads: vocabulary, speakers and claim facets.
import type { APIRoute } from "astro";
import { getSearchFiles, json } from "../../site/search-files.ts";

export const GET: APIRoute = async () => json((await getSearchFiles()).meta);
