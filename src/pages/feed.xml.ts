import type { APIRoute } from "astro";
import { getSite } from "../site/data.ts";
import { atomFeed } from "../site/feeds.ts";

export const GET: APIRoute = async ({ site }) =>
  atomFeed({ title: "Who said what: all statements", path: "/feed.xml", site, claims: (await getSite()).claims });
