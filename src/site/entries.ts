// The site's records, made from the extraction library's published corpus: the
// claims with their statement groups, the articles with where their text is,
// the speakers and topics with their counts, and the retired ids. Plain data,
// tested without Astro.
import type { Article, Claim, Span, Speaker, Topic } from "../lib/schema.ts";
import { resolveLedger, type LedgerEntry } from "../lib/publish/ledger.ts";
import type { Published } from "../lib/publish/content.ts";
import { textDigest } from "./article-text.ts";

export type ClaimData = Claim & {
  /** the statement group (same statement, other outlets), if any */
  statementGroup: string | null;
};
/** An article with where its text is, not the text itself (see article-text.ts). */
export type ArticleData = Article & { file: string; textDigest: string; paragraphs: Span[] };
export type SpeakerData = Omit<Speaker, "kind"> & {
  kind: NonNullable<Claim["speaker"]["kind"]>;
  claimCount: number;
  /** in the registry (speakers.yaml), not only named in articles */
  listed: boolean;
};
export type TopicData = Topic & { claimCount: number };
/** An id published once and no longer live: its page redirects (`to`) or explains. */
export type RetiredData = LedgerEntry & { id: string; to?: string };

export function claimEntries(c: Published): ClaimData[] {
  const group = new Map(c.statements.flatMap((g) => g.claims.map((id) => [id, g.id] as const)));
  return c.claims.map((claim) => ({ ...claim, statementGroup: group.get(claim.id) ?? null }));
}

export const articleEntries = (c: Published): ArticleData[] =>
  c.articles.map((a) => {
    const text = c.texts.get(a.id)!;
    return { ...a, file: text.file, textDigest: textDigest(text.raw), paragraphs: text.paragraphs };
  });

export function speakerEntries(c: Published): SpeakerData[] {
  const counts = new Map<string, { name: string; kind: SpeakerData["kind"]; n: number }>();
  for (const claim of c.claims) {
    const e = counts.get(claim.speaker.id) ?? { name: claim.speaker.name, kind: claim.speaker.kind ?? "person", n: 0 };
    e.n++;
    counts.set(claim.speaker.id, e);
  }
  return [...counts].map(([id, { name, kind, n }]) => {
    const known = c.registry.byId.get(id);
    return known ? { ...known, claimCount: n, listed: true } : { id, name, kind, aliases: [], roles: [], claimCount: n, listed: false };
  });
}

export function topicEntries(c: Published): TopicData[] {
  const counts = new Map<string, number>();
  for (const claim of c.claims) for (const t of claim.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return c.registry.topics.map((t) => ({ ...t, claimCount: counts.get(t.id) ?? 0 }));
}

export const retiredEntries = (c: Published): RetiredData[] =>
  Object.entries(c.nextLedger)
    .filter(([, e]) => e.status !== "live")
    .map(([id, e]) => ({ id, ...e, to: resolveLedger(c.nextLedger, id) ?? undefined }));
