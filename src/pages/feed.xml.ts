import { siteConfig } from "../site/site-config.ts";
import type { APIRoute } from "astro";
import { getSite } from "../site/data.ts";
import { atomFeed } from "../site/feeds.ts";

export const GET: APIRoute = async ({ site }) => {
  const data = await getSite();
  return atomFeed({ title: `${siteConfig().name}: all statements`, path: "/feed.xml", site, claims: data.claims, topicTitle: (t) => data.topic.get(t)?.title ?? t });
};
