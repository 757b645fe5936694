// The search index files: meta.json (fetched by the first search) and the
// vocabulary, postings, facets and display files fetched as queries need them.
// Each file's text is its own key: a rebuild in place writes only the files that changed.
import { hash } from "node:crypto";
import type { APIRoute, GetStaticPaths } from "astro";
import { searchFileList } from "../../site/search.ts";
import { getSearchFiles } from "../../site/search-files.ts";
import { changedPaths } from "../../site/page-keys.ts";

export const getStaticPaths = (async () =>
  changedPaths(
    "/search/[file].json",
    searchFileList(await getSearchFiles()),
    ([name]) => ({ file: name.slice(0, -".json".length) }),
    ([, data]) => ({ text: JSON.stringify(data) }),
    ({ text }) => hash("sha1", text, "base64url"),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { "Content-Type": "application/json" } });
