import type { APIRoute, GetStaticPaths } from "astro";
import { getSite } from "../../../site/data.ts";
import { atomFeed } from "../../../site/feeds.ts";
import { speakerPageData } from "../../../site/page-data.ts";
import { keyedPaths } from "../../../site/page-keys.ts";

export const getStaticPaths = (async () => {
  const site = await getSite();
  return keyedPaths(site, "/speakers/[id]/feed.xml", site.speakers, (s) => ({ id: s.id }), (s) => speakerPageData(site, s));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { speaker, claims } = (props as { page: ReturnType<typeof speakerPageData> }).page;
  const data = await getSite();
  return atomFeed({ title: `Statements by ${speaker.name}`, path: `/speakers/${speaker.id}/feed.xml`, site, topicTitle: (t) => data.topic.get(t)?.title ?? t, claims });
};
