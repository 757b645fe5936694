// The search index files: meta.json (fetched by the first search) and the
// vocabulary, postings, facets and display files fetched as queries need them.
// A build writes them itself and keeps those unchanged (page-keys.ts: writtenPaths).
import type { APIRoute, GetStaticPaths } from "astro";
import { searchFileList } from "../../site/search.ts";
import { getSearchFiles } from "../../site/search-files.ts";
import { writtenPaths } from "../../site/page-keys.ts";

export const getStaticPaths = (async () =>
  writtenPaths(
    "/search/[file].json",
    searchFileList(await getSearchFiles()).map(([name, data]) => [{ file: name.slice(0, -".json".length) }, JSON.stringify(data)]),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { "Content-Type": "application/json" } });
