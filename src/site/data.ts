// The collections, loaded once per build and indexed for the pages.
import { getCollection, type CollectionEntry } from "astro:content";
import { byDate } from "./format.ts";

export type ClaimData = CollectionEntry<"claims">["data"];
export type ArticleData = CollectionEntry<"articles">["data"];
export type SpeakerData = CollectionEntry<"speakers">["data"];
export type TopicData = CollectionEntry<"topics">["data"];
export type RetiredData = CollectionEntry<"retired">["data"] & { id: string };

export interface Site {
  claims: ClaimData[];
  articles: ArticleData[];
  speakers: SpeakerData[];
  topics: TopicData[];
  retired: RetiredData[];
  claimsBySpeaker: Map<string, ClaimData[]>;
  /** a claim's place in its speaker's list (claimsBySpeaker), by claim id */
  speakerPosition: Map<string, number>;
  claimsByArticle: Map<string, ClaimData[]>;
  claimsByTopic: Map<string, ClaimData[]>;
  /** statement group id → its claims, in the order they were said (by the date each report gives,
   * undated last), then published */
  statements: Map<string, ClaimData[]>;
  speaker: Map<string, SpeakerData>;
  topic: Map<string, TopicData>;
  article: Map<string, ArticleData>;
}

let site: Promise<Site> | null = null;

function group<T>(items: T[], keys: (t: T) => string[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items)
    for (const k of keys(it)) {
      const list = m.get(k);
      if (list) list.push(it);
      else m.set(k, [it]);
    }
  return m;
}

async function load(): Promise<Site> {
  const claims = (await getCollection("claims")).map((e) => e.data).sort(byDate);
  const articles = (await getCollection("articles")).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  const speakers = (await getCollection("speakers"))
    .map((e) => e.data)
    .sort((a, b) => b.claimCount - a.claimCount || a.name.localeCompare(b.name));
  const topics = (await getCollection("topics")).map((e) => e.data);
  const retired = (await getCollection("retired")).map((e) => ({ ...e.data, id: e.id }));
  const claimsBySpeaker = group(claims, (c) => [c.speaker.id]);
  return {
    retired,
    claims,
    articles,
    speakers,
    topics,
    claimsBySpeaker,
    speakerPosition: new Map([...claimsBySpeaker.values()].flatMap((list) => list.map((c, i) => [c.id, i] as const))),
    claimsByArticle: group(claims, (c) => [c.article]),
    claimsByTopic: group(claims, (c) => c.topics),
    statements: new Map(
      [...group(claims, (c) => (c.statementGroup ? [c.statementGroup] : []))].map(([id, list]) => [
        id,
        list.sort(
          (a, b) =>
            (a.date ?? "9999").localeCompare(b.date ?? "9999") ||
            (a.source.published ?? "9999").localeCompare(b.source.published ?? "9999") ||
            a.id.localeCompare(b.id),
        ),
      ]),
    ),
    speaker: new Map(speakers.map((s) => [s.id, s])),
    topic: new Map(topics.map((t) => [t.id, t])),
    article: new Map(articles.map((a) => [a.id, a])),
  };
}

export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}
