// The search index files: meta.json (fetched by the first search) and the
// vocabulary, postings, facets and display files fetched as queries need them.
// Each file's text is its own key: a rebuild in place writes only the files that changed.
import { hash } from "node:crypto";
import type { APIRoute, GetStaticPaths } from "astro";
import { searchFileList } from "../../site/search.ts";
import { getSearchFiles } from "../../site/search-files.ts";
import { changedPaths } from "../../site/page-keys.ts";
import { KeptPages, outputFile } from "../../site/kept-pages.ts";

const ROUTE = "/search/[file].json";
const params = (name: string) => ({ file: name.slice(0, -".json".length) });
const key = (text: string) => hash("sha1", text, "base64url");

export const getStaticPaths = (async () => {
  const files = searchFileList(await getSearchFiles());
  // A build writes them itself, all at once (KeptPages.write); the dev server serves them.
  const kept = KeptPages.current();
  if (kept) {
    kept.write(
      files.map(([name, data]) => [outputFile(ROUTE, params(name)), JSON.stringify(data)]),
      key,
    );
    return [];
  }
  return changedPaths(ROUTE, files, ([name]) => params(name), ([, data]) => ({ text: JSON.stringify(data) }), ({ text }) => key(text));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { "Content-Type": "application/json" } });
