// The data exports, claims.json and claims.csv. A build writes them itself
// (page-keys.ts: writtenPaths): ~17 MB at 1,000 articles went through a
// Response and Astro's writer in ~0.15 s of every rebuild.
import type { APIRoute, GetStaticPaths } from "astro";
import { getSite } from "../site/data.ts";
import { exportsOf } from "../site/site-files.ts";
import { writtenPaths } from "../site/page-keys.ts";

const TYPES: Record<string, string> = { json: "application/json", csv: "text/csv; charset=utf-8" };

export const getStaticPaths = (async () => {
  const { claimsJson, claimsCsv } = exportsOf(await getSite());
  return writtenPaths("/claims.[format]", [
    [{ format: "json" }, claimsJson],
    [{ format: "csv" }, claimsCsv],
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => new Response(props.text as string, { headers: { "Content-Type": TYPES[params.format!]! } });
