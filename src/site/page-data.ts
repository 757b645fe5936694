// What each page with a route parameter shows, gathered from the site's data:
// the route passes it to the page as props, and its digest is the page's key in
// the incremental build (page-keys.ts). A page reads nothing else but what all
// pages share (site name, topic titles), so an unchanged key means an unchanged page.
import type { ArticleData, ClaimData, RetiredData, Site, SpeakerData, TopicData } from "./data.ts";
import { sourceTitle } from "./article-text.ts";
import { VERSIONS_LISTED } from "./format.ts";
import type { Stance } from "../lib/schema.ts";

/** The speaker's statements shown on a claim's page. */
export const EARLIER_LISTED = 5;

export interface ClaimPageData {
  claim: ClaimData;
  article: ArticleData;
  speakerKind: string | null;
  /** the speaker's statements said just before this one, latest first: newer statements leave the page as it is */
  earlier: ClaimData[];
  /** the earliest reports of the same statement (this one may be among them): enough to tell
   * whether more exist than the page lists, and no count, so later reports leave the page as it is */
  versions: ClaimData[];
}

export function claimPageData(site: Site, claim: ClaimData): ClaimPageData {
  const mine = site.claimsBySpeaker.get(claim.speaker.id) ?? [claim];
  const at = site.speakerPosition.get(claim.id) ?? 0;
  const group = claim.statementGroup ? (site.statements.get(claim.statementGroup) ?? [claim]) : [claim];
  return {
    claim,
    article: site.article.get(claim.article)!,
    speakerKind: site.speaker.get(claim.speaker.id)?.kind ?? null,
    earlier: mine.slice(Math.max(0, at - EARLIER_LISTED), at).reverse(),
    versions: group.slice(0, VERSIONS_LISTED + 2),
  };
}

export interface RetiredPageData {
  entry: RetiredData;
  /** the article may be gone too (an editor removed it): then there is no page to link to */
  sourceLive: boolean;
}

export const retiredPageData = (site: Site, entry: RetiredData): RetiredPageData => ({ entry, sourceLive: site.article.has(entry.article) });

export const speakerPageData = (site: Site, speaker: SpeakerData) => ({ speaker, claims: site.claimsBySpeaker.get(speaker.id) ?? [] });

/** A topic's statements, and the names of the speakers they are grouped under. */
export function topicPageData(site: Site, topic: TopicData) {
  const claims = site.claimsByTopic.get(topic.id) ?? [];
  const names = Object.fromEntries(claims.map((c) => [c.speaker.id, site.speaker.get(c.speaker.id)?.name ?? c.speaker.id]));
  return { topic, claims, names };
}

/** Statements listed per speaker in a topic page's stance section, and speakers per section. */
export const TOPIC_PER_SPEAKER = 5;
export const TOPIC_SPEAKERS_LISTED = 12;

/** A list's claims by speaker, in the order each speaker first appears. */
export function bySpeaker(list: ClaimData[]): Map<string, ClaimData[]> {
  const m = new Map<string, ClaimData[]>();
  for (const c of list) {
    const l = m.get(c.speaker.id);
    if (l) l.push(c);
    else m.set(c.speaker.id, [c]);
  }
  return m;
}

/**
 * A topic page's section for one stance: the first speakers of `claims` (newest first, so
 * those heard from last) with their first few statements, and how many speakers are left
 * out. Bounded whatever the corpus: the page's table counts every speaker.
 */
export function stanceSection(claims: ClaimData[], stance: Stance) {
  const speakers = [...bySpeaker(claims.filter((c) => c.stance === stance))];
  return {
    total: speakers.reduce((n, [, l]) => n + l.length, 0),
    speakers: speakers.slice(0, TOPIC_SPEAKERS_LISTED).map(([id, l]) => ({ id, shown: l.slice(0, TOPIC_PER_SPEAKER), count: l.length })),
    unlisted: Math.max(0, speakers.length - TOPIC_SPEAKERS_LISTED),
  };
}

/** An article, its statements, and the other outlets that carried each: the first few named, and
 * whether there are more (no count: later reports of a wire story leave the page as it is). */
export function sourcePageData(site: Site, article: ArticleData) {
  const claims = site.claimsByArticle.get(article.id) ?? [];
  const shared = claims.flatMap((c) => {
    const outlets = firstOutlets(c.statementGroup ? (site.statements.get(c.statementGroup) ?? []) : [], article.id, VERSIONS_LISTED + 1);
    return outlets.length ? [{ claim: c, outlets: outlets.slice(0, VERSIONS_LISTED), more: outlets.length > VERSIONS_LISTED }] : [];
  });
  return { article, claims, shared };
}

/** Up to `n` outlets (or article ids) of a group's reports from other articles, earliest first. */
function firstOutlets(group: ClaimData[], article: string, n: number): string[] {
  const seen = new Set<string>();
  for (const x of group) {
    if (x.article !== article) seen.add(x.source.outlet ?? x.article);
    if (seen.size === n) break;
  }
  return [...seen];
}

/** Every report of one statement, and the outlet (or article title) each came from. */
export const statementPageData = (site: Site, versions: ClaimData[]) => ({
  versions,
  outlets: versions.map((c) => c.source.outlet ?? sourceTitle(site.article.get(c.article)!)),
});

/**
 * What the search field suggests typing, from the story's own data: the surname of the person
 * quoted most and the topic most spoken of ("e.g. Vasylenko, Peace talks").
 */
export function searchExample(speakers: SpeakerData[], topics: TopicData[]): string {
  const person = [...speakers].filter((s) => s.kind === "person").sort((a, b) => b.claimCount - a.claimCount)[0];
  const topic = [...topics].filter((t) => t.claimCount > 0).sort((a, b) => b.claimCount - a.claimCount)[0];
  const words = [person?.name.split(/\s+/).at(-1), topic?.title].filter((w) => w !== undefined);
  return words.length ? `e.g. ${words.join(", ")}` : "a name or words";
}
