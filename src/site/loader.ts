// Astro content loaders for claims, articles, speakers and topics, all fed by
// the one extraction library (no second parser in the site).
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { contentDir, siteCorpus, resetCorpus, type SiteCorpus } from "./corpus.ts";
import { resolveLedger } from "../lib/publish/ledger.ts";
import { textDigest } from "./article-text.ts";

type Entries = (c: SiteCorpus) => Array<{ id: string } & Record<string, unknown>>;

// A build needs the extraction's output only until every collection has its
// entries; dropping it then keeps it off the heap while thousands of pages render.
const collections = new Set<string>();
const stored = new Set<string>();

function corpusLoader(name: string, entries: Entries): Loader {
  collections.add(name);
  return {
    name: `claims-${name}`,
    async load(ctx: LoaderContext) {
      const root = fileURLToPath(ctx.config.root);
      const sync = async () => {
        const corpus = await siteCorpus(root);
        // The store is kept between builds: an entry whose digest is unchanged is not checked again.
        const ids = new Set<string>();
        for (const entry of entries(corpus)) {
          ids.add(entry.id);
          const digest = ctx.generateDigest(entry);
          if (ctx.store.get(entry.id)?.digest === digest) continue;
          const data = await ctx.parseData({ id: entry.id, data: entry });
          ctx.store.set({ id: entry.id, data, digest });
        }
        for (const id of ctx.store.keys()) if (!ids.has(id)) ctx.store.delete(id);
      };
      await sync();
      stored.add(name);
      if (!ctx.watcher && stored.size === collections.size) {
        stored.clear();
        resetCorpus();
      }
      ctx.watcher?.on("change", async (path) => {
        if (!path.startsWith(contentDir(root))) return;
        resetCorpus();
        await sync();
      });
    },
  };
}

/** Each collection's entries, as plain data (tested without Astro). */
export const claimEntries: Entries = (c) => {
  const group = new Map(c.statements.flatMap((g) => g.claims.map((id) => [id, g.id] as const)));
  return c.claims.map((claim) => ({
    ...claim,
    speakerRef: claim.speaker.id,
    topicRefs: claim.topics,
    articleRef: claim.article,
    statementGroup: group.get(claim.id) ?? null,
  }));
};

/** Articles with where their text is, not the text itself (see article-text.ts). */
export const articleEntries: Entries = (c) =>
  c.articles.map((a) => {
    const text = c.texts.get(a.id)!;
    return { ...a, file: text.file, textDigest: textDigest(text.raw), paragraphs: text.paragraphs };
  });

export const speakerEntries: Entries = (c) => {
  const counts = new Map<string, { name: string; kind: string; n: number }>();
  for (const claim of c.claims) {
    const e = counts.get(claim.speaker.id) ?? { name: claim.speaker.name, kind: claim.speaker.kind ?? "person", n: 0 };
    e.n++;
    counts.set(claim.speaker.id, e);
  }
  return [...counts].map(([id, { name, kind, n }]) => {
    const known = c.registry.byId.get(id);
    return known
      ? { ...known, claimCount: n, listed: true }
      : { id, name, kind, aliases: [], roles: [], claimCount: n, listed: false };
  });
};

export const topicEntries: Entries = (c) => {
  const counts = new Map<string, number>();
  for (const claim of c.claims) for (const t of claim.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return c.registry.topics.map((t) => ({ ...t, claimCount: counts.get(t.id) ?? 0 }));
};

/** Ids that were published once and are no longer live: their pages redirect or explain. */
export const retiredEntries: Entries = (c) =>
  Object.entries(c.nextLedger)
    .filter(([, e]) => e.status !== "live")
    .map(([id, e]) => ({ id, ...e, to: resolveLedger(c.nextLedger, id) ?? undefined }));

export const claimsLoader = corpusLoader("claims", claimEntries);
export const retiredLoader = corpusLoader("retired", retiredEntries);
export const articlesLoader = corpusLoader("articles", articleEntries);
export const speakersLoader = corpusLoader("speakers", speakerEntries);
export const topicsLoader = corpusLoader("topics", topicEntries);
