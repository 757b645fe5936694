// The search index files: meta.json (fetched by the first search) and the
// vocabulary, postings, facets and display files fetched as queries need them.
// Each file's text is its own incremental-build key: a rebuild writes only the files that changed.
import { createHash } from "node:crypto";
import type { APIRoute, GetStaticPaths } from "astro";
import { searchFileList } from "../../site/search.ts";
import { getSearchFiles } from "../../site/search-files.ts";

export const getStaticPaths = (async () =>
  searchFileList(await getSearchFiles()).map(([name, data]) => {
    const text = JSON.stringify(data);
    return { params: { file: name.slice(0, -".json".length) }, props: { text }, cacheKey: createHash("sha1").update(text).digest("base64url") };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { "Content-Type": "application/json" } });
