// The search index files: meta.json (fetched by the first search) and the
// vocabulary, postings, facets and display files fetched as queries need them.
import type { APIRoute, GetStaticPaths } from "astro";
import { searchFileList } from "../../site/search.ts";
import { getSearchFiles, json } from "../../site/search-files.ts";

export const getStaticPaths = (async () =>
  searchFileList(await getSearchFiles()).map(([name, data]) => ({ params: { file: name.slice(0, -".json".length) }, props: { data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(props.data);
