import type { APIRoute, GetStaticPaths } from "astro";
import { getSite } from "../../../site/data.ts";
import { atomFeed } from "../../../site/feeds.ts";

export const getStaticPaths = (async () =>
  (await getSite()).topics.filter((t) => t.claimCount > 0).map((t) => ({ params: { id: t.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await getSite();
  const topic = data.topic.get(params.id!)!;
  return atomFeed({ title: `Statements on ${topic.title}`, path: `/topics/${topic.id}/feed.xml`, site, topicTitle: (t) => data.topic.get(t)?.title ?? t, claims: data.claimsByTopic.get(topic.id) ?? [] });
};
