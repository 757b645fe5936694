// getStaticPaths for the data exports (claims.json, claims.csv): a build writes
// them itself (page-keys.ts: writtenPaths), ~17 MB at 1,000 articles that went
// through a Response and Astro's writer in ~0.2 s of every rebuild. One route
// per format ([name].json.ts, [name].csv.ts): a route whose last segment ends in
// a parameter would need a trailing slash in the dev server.
import { getSite } from "./data.ts";
import { exportsOf } from "./site-files.ts";
import { writtenPaths } from "./page-keys.ts";

export async function exportPaths(format: "json" | "csv") {
  const e = exportsOf(await getSite());
  return writtenPaths(`/[name].${format}`, [[{ name: "claims" }, format === "json" ? e.claimsJson : e.claimsCsv]]);
}
