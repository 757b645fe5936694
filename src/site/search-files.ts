// The search index files for this build, shared by the endpoints and the search
// page: made with the exports, in a worker thread in a build (site-files.ts).
import { getSite } from "./data.ts";
import { siteFiles } from "./site-files.ts";
import type { SearchFiles } from "./search.ts";

export async function getSearchFiles(): Promise<SearchFiles> {
  return siteFiles(await getSite()).search;
}
