// claims.csv, the data export (see site/export-paths.ts)
import type { APIRoute, GetStaticPaths } from "astro";
import { exportPaths } from "../site/export-paths.ts";

export const getStaticPaths = (() => exportPaths("csv")) satisfies GetStaticPaths;
export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
