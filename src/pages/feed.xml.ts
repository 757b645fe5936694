import type { APIRoute } from "astro";
import { getSite } from "../site/data.ts";
import { atomFeed } from "../site/feeds.ts";

export const GET: APIRoute = async ({ site }) => {
  const data = await getSite();
  return atomFeed({ title: "Who said what: all statements", path: "/feed.xml", site, claims: data.claims, topicTitle: (t) => data.topic.get(t)?.title ?? t });
};
