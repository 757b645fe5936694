// One shard of the token → claims postings, fetched when a query uses its tokens.
import type { APIRoute, GetStaticPaths } from "astro";
import { POSTING_SHARDS } from "../../site/search.ts";
import { getSearchFiles, json } from "../../site/search-files.ts";

export const getStaticPaths = (() =>
  Array.from({ length: POSTING_SHARDS }, (_, i) => ({ params: { shard: String(i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json((await getSearchFiles()).postings[Number(params.shard)]);
