import type { APIRoute, GetStaticPaths } from "astro";
import { getSite } from "../../../site/data.ts";
import { atomFeed } from "../../../site/feeds.ts";
import { topicPageData } from "../../../site/page-data.ts";
import { keyedPaths } from "../../../site/page-keys.ts";

export const getStaticPaths = (async () => {
  const site = await getSite();
  return keyedPaths(site, "/topics/[id]/feed.xml", site.topics.filter((t) => t.claimCount > 0), (t) => ({ id: t.id }), (t) => topicPageData(site, t));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { topic, claims } = (props as { page: ReturnType<typeof topicPageData> }).page;
  const data = await getSite();
  return atomFeed({ title: `Statements on ${topic.title}`, path: `/topics/${topic.id}/feed.xml`, site, topicTitle: (t) => data.topic.get(t)?.title ?? t, claims });
};
