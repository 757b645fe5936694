// Search over claims, shared by the build (index files), the browser app and
// the Node tests and bench: one definition of the documents and the ranking.
//
// Plain Fuse over every claim's full text is a linear scan of all the text per
// query (~580 ms at 10,000 claims on these machines). Instead:
// - every claim's words (speaker name and aliases, text, quote, topics,
//   outlet) go into an inverted index: token → claims;
// - a query word is matched against the *vocabulary* (exactly, as a prefix or
//   substring, and with Fuse for misspellings), and speaker names with Fuse;
// - matched tokens map to claims through the postings, which are split into
//   shards fetched only for the tokens a query uses;
// - the text shown for a result is in display shards, fetched for the results
//   on screen.
import Fuse from "fuse.js/basic";
import type { Claim, Stance } from "../lib/schema.ts";
import { stanceTopicOf, statementParts } from "./format.ts";
import { STANCES } from "./vocabulary.ts";

export interface SearchDoc {
  id: string;
  speaker: string;
  speakerId: string;
  aliases: string[];
  text: string;
  quote: string;
  /** the statement as the claim page shows it, and whether it is the speaker's own words */
  statement: string;
  quoted: boolean;
  topics: string[];
  topicIds: string[];
  /** the topic whose question the stance answers ("" if none) */
  stanceTopic: string;
  outlet: string;
  date: string;
  stance: Stance;
}

/** The one way claims become search documents: the build's index and the tests both use it. */
export function searchDocs(
  claims: ReadonlyArray<Pick<Claim, "id" | "speaker" | "text" | "quote" | "kind" | "topics" | "source" | "date" | "stance"> & { stanceTopic?: string | null }>,
  lookup: { aliases: (speakerId: string) => string[]; topicTitle: (topicId: string) => string },
): SearchDoc[] {
  return claims.map((c) => {
    const shown = statementParts(c);
    return {
      id: c.id,
      speaker: c.speaker.name,
      speakerId: c.speaker.id,
      aliases: lookup.aliases(c.speaker.id),
      text: c.text.replace(/\s+/g, " "),
      quote: c.quote ?? "",
      statement: shown.text,
      quoted: shown.quoted,
      topics: c.topics.map(lookup.topicTitle),
      topicIds: c.topics,
      stanceTopic: stanceTopicOf(c) ?? "",
      outlet: c.source.outlet ?? "",
      date: c.date ?? "",
      stance: c.stance,
    };
  });
}

export interface Filters {
  speaker?: string;
  topic?: string;
  stance?: string;
  from?: string;
  to?: string;
}

export const DISPLAY_SHARD = 100;
export const POSTING_SHARDS = 32;

/** What the first search downloads: vocabulary, speakers, topics and each claim's facets. */
export interface SearchMeta {
  v: 2;
  vocab: string[];
  speakers: Array<{ id: string; name: string; aliases: string[] }>;
  topics: Array<{ id: string; title: string }>;
  /** per claim, in index order: id, speaker index, date, stance index, topic indexes */
  ids: string[];
  speaker: number[];
  date: string[];
  stance: number[];
  topicIx: number[][];
  /** per claim: the topic its stance answers (an index into topics), or -1 */
  stanceTopic: number[];
  shards: { postings: number; display: number };
}
/** token → claim indexes, delta-encoded in base 36 */
export type PostingShard = Record<string, string>;
/** per claim in the shard: [statement as the claim page shows it, 1 when it is a quote, outlet] */
export type DisplayShard = Array<[string, 0 | 1, string]>;
/** What a result shows besides its facets. */
export interface Display {
  statement: string;
  quoted: boolean;
  outlet: string;
}

export interface SearchFiles {
  meta: SearchMeta;
  postings: PostingShard[];
  display: DisplayShard[];
}

const STOPWORDS = new Set(
  "the a an and or of to in on at for with by from as is are was were be been being it its this that these those he she they we you i his her their our your not no but if so than then there here who whom which what when where why how has have had do does did will would can could should may might must also into over about after before".split(
    " ",
  ),
);

export function tokenize(s: string): string[] {
  return (
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((t) => t.length > 1 && !STOPWORDS.has(t));
}

function hashToken(t: string): number {
  let h = 2166136261;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619);
  return (h >>> 0) % POSTING_SHARDS;
}

function encodePostings(ns: number[]): string {
  let prev = 0;
  const out: string[] = [];
  for (const n of ns) {
    out.push((n - prev).toString(36));
    prev = n;
  }
  return out.join(",");
}
export function decodePostings(s: string): number[] {
  let prev = 0;
  return s.split(",").map((d) => (prev += parseInt(d, 36)));
}

/** Build the index files. Claims are ordered by speaker, then date, so a
 * speaker's results sit in few display shards. */
export function buildSearchFiles(input: SearchDoc[]): SearchFiles {
  const docs = [...input].sort((a, b) => a.speakerId.localeCompare(b.speakerId) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const speakers: SearchMeta["speakers"] = [];
  const speakerIx = new Map<string, number>();
  const topics: SearchMeta["topics"] = [];
  const topicIx = new Map<string, number>();
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (!speakerIx.has(d.speakerId)) {
      speakerIx.set(d.speakerId, speakers.length);
      speakers.push({ id: d.speakerId, name: d.speaker, aliases: d.aliases });
    }
    d.topicIds.forEach((t, k) => {
      if (!topicIx.has(t)) {
        topicIx.set(t, topics.length);
        topics.push({ id: t, title: d.topics[k] ?? t });
      }
    });
    if (d.stanceTopic && !topicIx.has(d.stanceTopic)) {
      topicIx.set(d.stanceTopic, topics.length);
      topics.push({ id: d.stanceTopic, title: d.stanceTopic });
    }
    const words = new Set(tokenize([d.speaker, ...d.aliases, d.text, d.quote, ...d.topics, d.outlet].join(" ")));
    for (const w of words) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const vocab = [...postings.keys()].sort();
  const postingShards: PostingShard[] = Array.from({ length: POSTING_SHARDS }, () => ({}));
  for (const t of vocab) postingShards[hashToken(t)]![t] = encodePostings(postings.get(t)!);
  const display: DisplayShard[] = [];
  for (let i = 0; i < docs.length; i += DISPLAY_SHARD)
    display.push(docs.slice(i, i + DISPLAY_SHARD).map((d): DisplayShard[number] => [d.statement, d.quoted ? 1 : 0, d.outlet]));
  return {
    meta: {
      v: 2,
      vocab,
      speakers,
      topics,
      ids: docs.map((d) => d.id),
      speaker: docs.map((d) => speakerIx.get(d.speakerId)!),
      date: docs.map((d) => d.date),
      stance: docs.map((d) => STANCES.indexOf(d.stance)),
      topicIx: docs.map((d) => d.topicIds.map((t) => topicIx.get(t)!)),
      stanceTopic: docs.map((d) => (d.stanceTopic ? topicIx.get(d.stanceTopic)! : -1)),
      shards: { postings: POSTING_SHARDS, display: display.length },
    },
    postings: postingShards,
    display,
  };
}

export interface Hit {
  index: number;
  id: string;
  score: number;
  speakerId: string;
  speaker: string;
  date: string;
  stance: Stance;
  /** the title of the topic its stance answers ("" if none) */
  topic: string;
  /** vocabulary tokens that matched, for highlighting */
  terms: string[];
}

export interface Loader {
  postings(shard: number): Promise<PostingShard>;
  display(shard: number): Promise<DisplayShard>;
}

/** A searcher over the index files; shards are fetched through `load` and kept. */
export function makeSearcher(meta: SearchMeta, load: Loader) {
  const postingCache = new Map<number, Promise<PostingShard>>();
  const displayCache = new Map<number, Promise<DisplayShard>>();
  const vocabFuse = new Fuse(meta.vocab, { threshold: 0.35, ignoreLocation: true, minMatchCharLength: 2, includeScore: true });
  const speakerDocs = meta.speakers.map((s) => ({ name: s.name, aliases: s.aliases }));
  const speakerFuse = new Fuse(speakerDocs, { keys: ["name", "aliases"], threshold: 0.35, ignoreLocation: true, includeScore: true });
  const speakerClaims = new Map<number, number[]>();
  meta.speaker.forEach((s, i) => {
    const l = speakerClaims.get(s);
    if (l) l.push(i);
    else speakerClaims.set(s, [i]);
  });

  const shard = (t: string) => {
    const k = hashToken(t);
    let p = postingCache.get(k);
    if (!p) postingCache.set(k, (p = load.postings(k)));
    return p;
  };

  /** Vocabulary tokens a query word stands for, with a weight in (0, 1]. */
  function expand(word: string): Map<string, number> {
    const out = new Map<string, number>();
    if (word.length >= 3) {
      for (const t of meta.vocab) if (t !== word && t.includes(word)) out.set(t, t.startsWith(word) ? 0.8 : 0.5);
    }
    if (word.length >= 4) for (const r of vocabFuse.search(word, { limit: 20 })) if (!out.has(r.item)) out.set(r.item, 0.6 * (1 - (r.score ?? 0)));
    if (bsearch(meta.vocab, word)) out.set(word, 1);
    return out;
  }

  const keepFacets = (i: number, f: Filters) =>
    (!f.speaker || meta.speakers[meta.speaker[i]!]!.id === f.speaker) &&
    (!f.topic || meta.topicIx[i]!.some((t) => meta.topics[t]!.id === f.topic)) &&
    (!f.stance || STANCES[meta.stance[i]!] === f.stance);
  // An undated claim is in no date range. A partial date ("2024-11") is in a range that
  // overlaps its month or year.
  const inRange = (i: number, f: Filters) => {
    const d = meta.date[i]!;
    if (!f.from && !f.to) return true;
    return !!d && (!f.from || d.slice(0, f.from.length) >= f.from.slice(0, d.length)) && (!f.to || d.slice(0, f.to.length) <= f.to);
  };

  /** Every match, best first, and how many undated claims a date range left out. */
  async function query(query: string, filters: Filters = {}): Promise<{ hits: Hit[]; undated: number }> {
    const words = [...new Set(tokenize(query))];
    const scores = new Map<number, number>();
    const terms = new Map<number, Set<string>>();
    if (words.length) {
      // A claim must match every query word (a speaker-name match counts for the words it covers).
      const perWord: Array<Map<number, number>> = [];
      for (const w of words) {
        const hits = new Map<number, number>();
        const expansion = expand(w);
        const loaded = await Promise.all([...expansion.keys()].map(async (t) => [t, (await shard(t))[t]] as const));
        for (const [t, enc] of loaded) {
          if (!enc) continue;
          const weight = expansion.get(t)!;
          for (const i of decodePostings(enc)) {
            if ((hits.get(i) ?? 0) < weight) hits.set(i, weight);
            let s = terms.get(i);
            if (!s) terms.set(i, (s = new Set()));
            s.add(t);
          }
        }
        perWord.push(hits);
      }
      const [first, ...rest] = perWord.sort((a, b) => a.size - b.size);
      for (const [i, w] of first ?? []) {
        let total = w;
        let all = true;
        for (const m of rest) {
          const x = m.get(i);
          if (x === undefined) {
            all = false;
            break;
          }
          total += x;
        }
        if (all) scores.set(i, total);
      }
      // The whole query as a speaker's name ("Kulbea" → Dmytro Kuleba) ranks that speaker's claims first.
      for (const r of speakerFuse.search(query.trim(), { limit: 10 })) {
        const bonus = 3 * (1 - (r.score ?? 0));
        for (const i of speakerClaims.get(r.refIndex) ?? []) scores.set(i, (scores.get(i) ?? 0) + bonus);
      }
    } else if (Object.values(filters).some(Boolean)) {
      meta.ids.forEach((_, i) => scores.set(i, 0));
    }
    const hits: Hit[] = [];
    let undated = 0;
    for (const [i, score] of scores) {
      if (!keepFacets(i, filters)) continue;
      if (!inRange(i, filters)) {
        if (!meta.date[i]) undated++;
        continue;
      }
      const s = meta.speakers[meta.speaker[i]!]!;
      hits.push({ index: i, id: meta.ids[i]!, score, speakerId: s.id, speaker: s.name, date: meta.date[i]!, stance: STANCES[meta.stance[i]!]!, topic: meta.topics[meta.stanceTopic[i]!]?.title ?? "", terms: [...(terms.get(i) ?? [])] });
    }
    hits.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.index - b.index);
    return { hits, undated };
  }

  /** The best `limit` matches. */
  async function search(q: string, filters: Filters = {}, limit = 50): Promise<Hit[]> {
    return (await query(q, filters)).hits.slice(0, limit);
  }

  /** What a hit shows: its statement and outlet (fetches its display shard once). */
  async function display(i: number): Promise<Display> {
    const k = Math.floor(i / DISPLAY_SHARD);
    let p = displayCache.get(k);
    if (!p) displayCache.set(k, (p = load.display(k)));
    const row = (await p)[i % DISPLAY_SHARD];
    return { statement: row?.[0] ?? "", quoted: row?.[1] === 1, outlet: row?.[2] ?? "" };
  }
  /** The statement shown for a hit. */
  const statement = async (i: number) => (await display(i)).statement;

  return { query, search, display, statement };
}

function bsearch(sorted: string[], x: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
