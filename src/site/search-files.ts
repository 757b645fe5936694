// The search index files for this build, shared by the endpoints and the search page (site-files.ts).
import { getSite } from "./data.ts";
import { searchFilesOf } from "./site-files.ts";
import type { SearchFiles } from "./search.ts";

export async function getSearchFiles(): Promise<SearchFiles> {
  return searchFilesOf(await getSite());
}
