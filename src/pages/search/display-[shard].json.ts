// One shard of the statements shown in search results, fetched for results on screen.
import type { APIRoute, GetStaticPaths } from "astro";
import { getSearchFiles, json } from "../../site/search-files.ts";

export const getStaticPaths = (async () => {
  const { display } = await getSearchFiles();
  return display.map((_, i) => ({ params: { shard: String(i) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json((await getSearchFiles()).display[Number(params.shard)]);
