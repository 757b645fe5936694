// What each page with a route parameter shows, gathered from the site's data:
// the route passes it to the page as props, and its digest is the page's key in
// the incremental build (page-keys.ts). A page reads nothing else but what all
// pages share (site name, topic titles), so an unchanged key means an unchanged page.
import type { ArticleData, ClaimData, RetiredData, Site, SpeakerData, TopicData } from "./data.ts";
import { sourceTitle } from "./article-text.ts";
import { VERSIONS_LISTED } from "./format.ts";

/** The speaker's statements shown on a claim's page. */
export const EARLIER_LISTED = 5;

export interface ClaimPageData {
  claim: ClaimData;
  article: ArticleData;
  speakerKind: string | null;
  /** the speaker's statements said just before this one, latest first: newer statements leave the page as it is */
  earlier: ClaimData[];
  /** the earliest reports of the same statement (this one may be among them), and how many there are */
  versions: ClaimData[];
  versionCount: number;
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
    versions: group.slice(0, VERSIONS_LISTED + 1),
    versionCount: group.length,
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

/** An article, its statements, and the other outlets that carried each (the first few named). */
export function sourcePageData(site: Site, article: ArticleData) {
  const claims = site.claimsByArticle.get(article.id) ?? [];
  const shared = claims.flatMap((c) => {
    const others = c.statementGroup ? (site.statements.get(c.statementGroup) ?? []).filter((x) => x.article !== article.id) : [];
    const outlets = [...new Set(others.map((x) => x.source.outlet ?? x.article))];
    return outlets.length ? [{ claim: c, outlets: outlets.slice(0, VERSIONS_LISTED), more: outlets.length - VERSIONS_LISTED }] : [];
  });
  return { article, claims, shared };
}

/** Every report of one statement, and the outlet (or article title) each came from. */
export const statementPageData = (site: Site, versions: ClaimData[]) => ({
  versions,
  outlets: versions.map((c) => c.source.outlet ?? sourceTitle(site.article.get(c.article)!)),
});
