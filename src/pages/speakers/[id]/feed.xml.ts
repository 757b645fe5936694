import type { APIRoute, GetStaticPaths } from "astro";
import { getSite } from "../../../site/data.ts";
import { atomFeed } from "../../../site/feeds.ts";

export const getStaticPaths = (async () => (await getSite()).speakers.map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await getSite();
  const speaker = data.speaker.get(params.id!)!;
  return atomFeed({ title: `Statements by ${speaker.name}`, path: `/speakers/${speaker.id}/feed.xml`, site, topicTitle: (t) => data.topic.get(t)?.title ?? t, claims: data.claimsBySpeaker.get(speaker.id) ?? [] });
};
