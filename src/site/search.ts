// Search over claims, shared by the build (index files), the browser app and
// the Node tests and bench: one definition of the documents and the ranking.
//
// Plain Fuse over every claim's full text is a linear scan of all the text per
// query (~580 ms at 10,000 claims on these machines). Instead:
// - every claim's words (speaker name and aliases, text, quote, topics,
//   outlet) go into an inverted index: token → claims;
// - a query word is matched against the *vocabulary* of its first letters
//   (vocabKeys: exactly, as a prefix or substring, with two neighbouring
//   letters swapped, and with Fuse for misspellings), and the whole query
//   with Fuse against the names of the speakers those vocabulary files list
//   (a speaker is listed under the first letters of each word of their names);
// - matched tokens map to claims: a rare token's claims are in its vocabulary
//   file, a frequent one's in postings files cut by token range;
// - claims are numbered newest first, so equal scores rank by date with no
//   per-claim data; filters fetch their own (a speaker's claims, date runs,
//   stance and topics by block), and what a result shows is in display files
//   fetched for the results on screen.
// So the first search downloads what its words need, not the whole corpus's
// vocabulary and facets.
import Fuse, { type IFuseOptions } from "fuse.js/basic";
import type { Claim, Stance } from "../lib/schema.ts";
import { plainAscii } from "../lib/plain-text.ts";
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

/** What a date filter takes: a year, a month or a day (dates compare by that prefix; see inRange). */
export const DATE_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";
/** A date filter's value, or "" for one that is no year, month or day (a field half typed). */
export const dateFilter = (value: string) => (new RegExp(`^(?:${DATE_PATTERN})$`).test(value) ? value : "");

/**
 * Claims per display and per facets file; the size postings and speaker files
 * are cut at (characters); the longest postings kept in the vocabulary; each
 * speaker's newest claims whose rows are also in a latest file, and the size
 * latest files are cut at (characters).
 */
export interface ShardSizes {
  display: number;
  facets: number;
  postings: number;
  speakers: number;
  inline: number;
  latest: number;
  latestFile: number;
}
const SIZES: ShardSizes = { display: 25, facets: 2000, postings: 16_000, speakers: 4000, inline: 24, latest: 10, latestFile: 6000 };
/** How many of the most quoted speakers the speaker field offers before anything is typed. */
const TOP_SPEAKERS = 20;

/**
 * What every search needs, small enough to ship inside the search page (and
 * as meta.json): where everything else is, the topics, and the most quoted
 * speakers. The speaker list is not in it: a speaker's name is in the
 * vocabulary files of its words (VocabShard.s), their claims in a speakers
 * file. Claims are numbered newest first, so that equal scores rank by date
 * with no per-claim data, and a date range is a few runs of claims.
 */
export interface SearchMeta {
  v: 5;
  /** claims in the index */
  n: number;
  /** speakers in the index, numbered by surname (the last word of their name), then id: see buildSearchFiles */
  speakerCount: number;
  /** speakers-k.json holds the claims of the speakers numbered from speakerFiles[k] up to speakerFiles[k + 1] */
  speakerFiles: number[];
  /** who-k.json holds the speakers (id, name, number) in id order from the id who[k] (for the speaker filter) */
  who: string[];
  /** the most quoted speakers, most first: [id, name] (the speaker field offers them) */
  top: Array<[string, string]>;
  topics: Array<{ id: string; title: string }>;
  /** vocab-k.json holds the tokens that start with vocab[k] (two characters) */
  vocab: string[];
  /** postings-k.json holds the tokens from postings[k] up to postings[k + 1] (sorted) whose postings are not in the vocabulary */
  postings: string[];
  /** latest-k.json holds the newest claims' rows of the speakers numbered from latest[k] */
  latest: number[];
  sizes: { display: number; facets: number; latest: number };
  shards: { facets: number; display: number };
}
/** A speaker as a vocabulary file lists them: number (see SearchMeta.speakerCount), id, name, other names, and their claims when few (encoded as postings; else 0: in a speakers file). */
export type SpeakerEntry = [number, string, string, string[], string | 0];
/**
 * Sorted tokens with the same first two characters, and each one's postings
 * when short (else 0: in a postings file); and the speakers one of whose
 * names has a word with these first two characters, in number order.
 */
export interface VocabShard {
  t: string[];
  p: Array<string | 0>;
  s: SpeakerEntry[];
}
/** token → claim indexes, delta-encoded in base 36 */
export type PostingShard = Record<string, string>;
/** each speaker's claims (encoded as postings), for the speakers of one file in order */
export type SpeakerShard = string[];
/** speakers in id order: id, name, number */
export type WhoShard = Array<[string, string, number]>;
/** the claims' dates in index order, as runs: [date ("" for none), how many claims] */
export type DatesFile = Array<[string, number]>;
/** per claim of a block (base 36, comma-separated) an index into `kinds`: [stance index, topic indexes…] */
export interface FacetShard {
  kinds: number[][];
  kind: string;
}
/**
 * The speakers of a block of claims ([id, name]) and per claim: statement as
 * the claim page shows it, 1 when it is a quote, outlet, claim id, index in
 * the block's speakers, date, stance index, index of the topic the stance
 * answers (or -1).
 */
export interface DisplayShard {
  s: Array<[string, string]>;
  r: DisplayRow[];
}
export type DisplayRow = [string, 0 | 1, string, string, number, string, number, number];
/**
 * For the speakers of one file in number order: id, name, and the rows of
 * their newest claims (sizes.latest of them at most; the speaker slot is 0),
 * so that a query naming someone shows their claims from one file, not from
 * a display file per claim.
 */
export type LatestShard = Array<[string, string, DisplayRow[]]>;
/** What a result shows. */
export interface Display {
  id: string;
  statement: string;
  quoted: boolean;
  outlet: string;
  speakerId: string;
  speaker: string;
  date: string;
  stance: Stance;
  /** the title of the topic its stance answers ("" if none) */
  topic: string;
}

export interface SearchFiles {
  meta: SearchMeta;
  vocab: VocabShard[];
  postings: PostingShard[];
  speakers: SpeakerShard[];
  who: WhoShard[];
  latest: LatestShard[];
  dates: DatesFile;
  facets: FacetShard[];
  display: DisplayShard[];
}

/** Every index file: its name under /search/ and its content. */
export function searchFileList(files: SearchFiles): Array<[string, unknown]> {
  const named = (kind: string, list: unknown[]) => list.map((x, k): [string, unknown] => [`${kind}-${k}.json`, x]);
  return [
    ["meta.json", files.meta],
    ["dates.json", files.dates],
    ...named("vocab", files.vocab),
    ...named("postings", files.postings),
    ...named("speakers", files.speakers),
    ...named("who", files.who),
    ...named("latest", files.latest),
    ...named("facets", files.facets),
    ...named("display", files.display),
  ];
}

export const STOPWORDS = new Set(
  "the a an and or of to in on at for with by from as is are was were be been being it its this that these those he she they we you i his her their our your not no but if so than then there here who whom which what when where why how has have had do does did will would can could should may might must also into over about after before".split(
    " ",
  ),
);

/** A name as the speaker field compares it: case, accents and spacing aside. */
export const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/** The index words of a text: letters and digits, accents removed, lower-cased; no stopwords or single characters. */
export function tokenize(s: string): string[] {
  const words = plainAscii(s)
    ? s.toLowerCase().match(/[a-z0-9]+/g)
    : s
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu);
  return (words ?? []).filter((t) => t.length > 1 && !STOPWORDS.has(t));
}

/** The key of a token's vocabulary file: its first two characters. */
const vocabKey = (t: string) => [...t].slice(0, 2).join("");
/**
 * The vocabulary files a query word's matches are looked for in: its first two
 * characters, and its first and third (a typo rarely changes the first letter,
 * and "Kloenvarenko" for "Kolenvarenko" swaps the second and third).
 */
export function vocabKeys(word: string): string[] {
  const [a, b, c] = [...word];
  return [...new Set([a! + (b ?? ""), ...(c ? [a! + c] : [])])].sort();
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

/** Whether `a` is `b` with two neighbouring characters swapped. */
export function swapped(a: string, b: string): boolean {
  // (a swap keeps the length: most tokens are out at once, without splitting them into characters)
  if (a.length !== b.length || a === b) return false;
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return false;
  const i = x.findIndex((c, k) => c !== y[k]);
  return i >= 0 && i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2).join("") === y.slice(i + 2).join("");
}

/** Consecutive runs of `xs` whose costs add up to about `size` each. */
function cut<T>(xs: T[], cost: (x: T) => number, size: number): T[][] {
  const runs: T[][] = [];
  let used = Infinity;
  for (const x of xs) {
    if (used >= size) runs.push([]), (used = 0);
    runs.at(-1)!.push(x);
    used += cost(x);
  }
  return runs;
}

/** Runs of equal keys, in order. */
function runsBy<T>(xs: T[], key: (x: T) => string): T[][] {
  const runs: T[][] = [];
  for (const x of xs) {
    const last = runs.at(-1);
    if (last && key(last[0]!) === key(x)) last.push(x);
    else runs.push([x]);
  }
  return runs;
}

/** Build the index files. Claims are numbered newest first (undated last), then by speaker and id. */
export function buildSearchFiles(input: SearchDoc[], sizes: ShardSizes = SIZES): SearchFiles {
  const docs = [...input].sort((a, b) => b.date.localeCompare(a.date) || a.speakerId.localeCompare(b.speakerId) || a.id.localeCompare(b.id));
  const byId = new Map<string, SearchDoc>();
  const speakerClaims = new Map<string, number[]>();
  const topicIx = new Map<string, number>();
  const topics: SearchMeta["topics"] = [];
  const topic = (id: string, title: string) => {
    if (!topicIx.has(id)) topicIx.set(id, topics.length), topics.push({ id, title });
  };
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (!speakerClaims.has(d.speakerId)) byId.set(d.speakerId, d), speakerClaims.set(d.speakerId, []);
    speakerClaims.get(d.speakerId)!.push(i);
    d.topicIds.forEach((t, k) => topic(t, d.topics[k] ?? t));
    if (d.stanceTopic) topic(d.stanceTopic, d.stanceTopic);
    // (a word met again in the same claim is in its list already, as the list's last number: no set per claim)
    for (const w of tokenize([d.speaker, ...d.aliases, d.text, d.quote, ...d.topics, d.outlet].join(" "))) {
      const list = postings.get(w);
      if (!list) postings.set(w, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  // Speakers, each with the name and aliases of their first claim, numbered by surname (the last
  // word of their name), then id: the people one surname names are neighbours, so a query naming
  // them reads their claims and newest rows from one or two files, not one per person.
  const surname = new Map([...byId].map(([id, d]) => [id, tokenize(d.speaker).at(-1) ?? ""]));
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const speakerIds = [...speakerClaims.keys()].sort((a, b) => byCode(surname.get(a)!, surname.get(b)!) || byCode(a, b));
  const speakerIx = new Map(speakerIds.map((id, k) => [id, k]));
  const speakerFiles = cut(speakerIds, (id) => speakerClaims.get(id)!.length * 3, sizes.speakers);
  // the speaker filter looks speakers up by id
  const whoFiles = cut([...speakerIds].sort(byCode), (id) => id.length + byId.get(id)!.speaker.length + 12, sizes.speakers);
  const vocab = [...postings.keys()].sort();
  const encoded = new Map(vocab.map((t) => [t, encodePostings(postings.get(t)!)]));
  const inline = (t: string) => encoded.get(t)!.length <= sizes.inline;
  // Small corpora get 16 postings files or so, so that a query never needs most of them.
  const long = vocab.filter((t) => !inline(t));
  const cost = (t: string) => t.length + encoded.get(t)!.length;
  const postingRuns = cut(long, cost, Math.min(sizes.postings, Math.ceil(long.reduce((n, t) => n + cost(t), 0) / 16)));
  const vocabRuns = runsBy(vocab, vocabKey);
  // Each speaker is listed in the vocabulary files of their names' words (a query naming them reads those files anyway).
  const speakersByKey = new Map<string, SpeakerEntry[]>();
  speakerIds.forEach((id, k) => {
    const d = byId.get(id)!;
    for (const key of new Set(tokenize([d.speaker, ...d.aliases].join(" ")).map(vocabKey))) {
      const list = speakersByKey.get(key);
      const claims = encodePostings(speakerClaims.get(id)!);
      const entry: SpeakerEntry = [k, id, d.speaker, d.aliases, claims.length <= sizes.inline ? claims : 0];
      if (list) list.push(entry);
      else speakersByKey.set(key, [entry]);
    }
  });
  const top = [...speakerIds].sort((a, b) => speakerClaims.get(b)!.length - speakerClaims.get(a)!.length || a.localeCompare(b)).slice(0, TOP_SPEAKERS);
  const row = (d: SearchDoc, speaker: number): DisplayRow => [d.statement, d.quoted ? 1 : 0, d.outlet, d.id, speaker, d.date, STANCES.indexOf(d.stance), d.stanceTopic ? topicIx.get(d.stanceTopic)! : -1];
  const newest = (id: string) => speakerClaims.get(id)!.slice(0, sizes.latest);
  const latestFiles = cut(speakerIds, (id) => newest(id).reduce((n, i) => n + docs[i]!.statement.length + 40, 0), sizes.latestFile);
  const blocks = (size: number) => Array.from({ length: Math.ceil(docs.length / size) }, (_, k) => docs.slice(k * size, (k + 1) * size));
  return {
    meta: {
      v: 5,
      n: docs.length,
      speakerCount: speakerIds.length,
      speakerFiles: speakerFiles.map((f) => speakerIx.get(f[0]!)!),
      who: whoFiles.map((f) => f[0]!),
      top: top.map((id): [string, string] => [id, byId.get(id)!.speaker]),
      topics,
      vocab: vocabRuns.map((r) => vocabKey(r[0]!)),
      postings: postingRuns.map((r) => r[0]!),
      latest: latestFiles.map((f) => speakerIx.get(f[0]!)!),
      sizes: { display: sizes.display, facets: sizes.facets, latest: sizes.latest },
      shards: { facets: Math.ceil(docs.length / sizes.facets), display: Math.ceil(docs.length / sizes.display) },
    },
    vocab: vocabRuns.map((r) => ({ t: r, p: r.map((t) => (inline(t) ? encoded.get(t)! : 0)), s: speakersByKey.get(vocabKey(r[0]!)) ?? [] })),
    postings: postingRuns.map((r) => Object.fromEntries(r.map((t) => [t, encoded.get(t)!]))),
    speakers: speakerFiles.map((f) => f.map((id) => encodePostings(speakerClaims.get(id)!))),
    who: whoFiles.map((f) => f.map((id): [string, string, number] => [id, byId.get(id)!.speaker, speakerIx.get(id)!])),
    latest: latestFiles.map((f) => f.map((id): LatestShard[number] => [id, byId.get(id)!.speaker, newest(id).map((i) => row(docs[i]!, 0))])),
    dates: runsBy(docs, (d) => d.date).map((r): [string, number] => [r[0]!.date, r.length]),
    facets: blocks(sizes.facets).map((b) => facetShard(b, topicIx)),
    display: blocks(sizes.display).map((b) => {
      const local = new Map<string, number>();
      const s: DisplayShard["s"] = [];
      const r = b.map((d) => {
        if (!local.has(d.speakerId)) local.set(d.speakerId, s.length), s.push([d.speakerId, byId.get(d.speakerId)!.speaker]);
        return row(d, local.get(d.speakerId)!);
      });
      return { s, r };
    }),
  };
}

function facetShard(docs: SearchDoc[], topicIx: Map<string, number>): FacetShard {
  const kinds: number[][] = [];
  const kindIx = new Map<string, number>();
  const kind = docs.map((d) => {
    const k = [STANCES.indexOf(d.stance), ...d.topicIds.map((t) => topicIx.get(t)!)];
    const key = k.join(" ");
    if (!kindIx.has(key)) kindIx.set(key, kinds.length), kinds.push(k);
    return kindIx.get(key)!.toString(36);
  });
  return { kinds, kind: kind.join(",") };
}

/** A match: its claim's index and score. */
export interface Hit {
  index: number;
  score: number;
}

export interface Loader {
  vocab(shard: number): Promise<VocabShard>;
  postings(shard: number): Promise<PostingShard>;
  speakers(shard: number): Promise<SpeakerShard>;
  who(shard: number): Promise<WhoShard>;
  latest(shard: number): Promise<LatestShard>;
  dates(): Promise<DatesFile>;
  facets(shard: number): Promise<FacetShard>;
  display(shard: number): Promise<DisplayShard>;
}

/**
 * What `seen` holds for k, else what `make` gives, kept for the next caller. A failed fetch is
 * forgotten, so the next search asks again (a dropped connection is not for good).
 */
function remember<K, V>(seen: Map<K, Promise<V>>, k: K, make: () => Promise<V>): Promise<V> {
  const kept = seen.get(k);
  if (kept) return kept;
  const made = make();
  seen.set(k, made);
  made.catch(() => seen.get(k) === made && seen.delete(k));
  return made;
}

/** Each file fetched once: the first call starts the fetch, later ones share it. */
function once<T>(get: (k: number) => Promise<T>): (k: number) => Promise<T> {
  const seen = new Map<number, Promise<T>>();
  return (k) => remember(seen, k, () => get(k));
}

/** The last index k with sorted[k] <= x (-1 if none). */
function floorIndex<T>(sorted: readonly T[], x: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

// An undated claim is in no date range. A partial date ("2024-11") is in a range that
// overlaps its month or year.
const inRange = (d: string, f: Filters) =>
  !!d && (!f.from || d.slice(0, f.from.length) >= f.from.slice(0, d.length)) && (!f.to || d.slice(0, f.to.length) <= f.to);

const THRESHOLD = 0.35;

/**
 * A test of whether a text may hold a match of `pattern` with at most
 * `errors` edits (Fuse's bitap: the fewest edits that turn the pattern into
 * some substring of the text). Two necessary conditions:
 *  - each edit leaves at most one of the pattern's characters unmatched, so
 *    at least length − errors of them must occur in the text;
 *  - each edit breaks at most two of the pattern's pairs of neighbouring
 *    characters (the q-gram lemma, q = 2), so at least (length − 1) − 2 ×
 *    errors of them must occur in the text.
 * Occurrences are counted as a multiset (each of the text's used once).
 * Characters are counted in 128 buckets (code mod 128), pairs in 128 × 128:
 * a collision can only let more texts through. The pattern is counted once;
 * each text is counted, then its counts cleared (its pairs only when its
 * characters pass), since this runs over thousands of tokens before the JIT
 * has warmed up.
 */
function prefilter(pattern: string, errors: number): (text: string) => boolean {
  const m = pattern.length;
  const needChars = m - errors;
  const needPairs = m - 1 - 2 * errors;
  const pChars = new Int16Array(128);
  const tChars = new Int16Array(128);
  const pPairs = new Int16Array(128 * 128);
  const tPairs = new Int16Array(128 * 128);
  for (let i = 0; i < m; i++) pChars[pattern.charCodeAt(i) & 127]!++;
  for (let i = 0; i + 1 < m; i++) pPairs[pairAt(pattern, i)]!++;
  return (text) => {
    if (text.length < needChars) return false;
    let chars = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i) & 127;
      if (tChars[c]! < pChars[c]!) tChars[c]!++, chars++;
    }
    for (let i = 0; i < text.length; i++) tChars[text.charCodeAt(i) & 127] = 0;
    if (chars < needChars) return false;
    if (needPairs <= 0) return true;
    let pairs = 0;
    for (let i = 0; i + 1 < text.length; i++) {
      const pair = pairAt(text, i);
      if (tPairs[pair]! < pPairs[pair]!) tPairs[pair]!++, pairs++;
    }
    for (let i = 0; i + 1 < text.length; i++) tPairs[pairAt(text, i)] = 0;
    return pairs >= needPairs;
  };
}

const pairAt = (s: string, i: number) => ((s.charCodeAt(i) & 127) << 7) | (s.charCodeAt(i + 1) & 127);

/**
 * Fuse's search over `items`, with the same results and scores, but run only
 * over the items that may match (prefilter): Fuse's bitap over every speaker
 * name took ~15 ms a query at 300 speakers. Fuse accepts a match when its
 * errors are at most the threshold times the pattern's length; patterns over
 * 32 characters are matched in pieces, and a blank one matches anything, so
 * those go to Fuse whole.
 */
export function fuzzy<T>(items: T[], texts: (item: T) => string[], options: IFuseOptions<T>, pattern: string, limit: number): Array<{ item: T; refIndex: number; score: number }> {
  const p = pattern.toLowerCase();
  // the most errors Fuse allows: its score is errors / length, accepted up to the threshold
  let errors = 0;
  while ((errors + 1) / p.length <= THRESHOLD) errors++;
  const keep: number[] = [];
  const may = prefilter(p, errors);
  const whole = p.length > 32 || !p.trim();
  items.forEach((item, i) => (whole || texts(item).some((t) => may(t.toLowerCase()))) && keep.push(i));
  if (!keep.length) return [];
  const fuse = new Fuse(keep.map((i) => items[i]!), { ...options, threshold: THRESHOLD, ignoreLocation: true, includeScore: true });
  return fuse.search(pattern, { limit }).map((r) => ({ item: r.item, refIndex: keep[r.refIndex]!, score: r.score ?? 0 }));
}

/** A searcher over the index files; files are fetched through `load` when a query needs them, and kept. */
export function makeSearcher(meta: SearchMeta, load: Loader) {
  const vocabFile = once(load.vocab);
  const postingsFile = once(load.postings);
  const speakersFile = once(load.speakers);
  const whoFile = once(load.who);
  const latestFile = once(load.latest);
  /** claims whose rows are in a latest file: claim → [speaker number, row] (noted when a speaker's claims are read) */
  const latestRow = new Map<number, [number, number]>();
  const datesFile = once(load.dates);
  const facetsFile = once(async (k) => {
    const f = await load.facets(k);
    return f.kind.split(",").map((x) => f.kinds[parseInt(x, 36)]!);
  });
  const displayFile = once(load.display);
  const vocabIx = new Map(meta.vocab.map((key, k) => [key, k]));
  // Decoded postings and merged vocabularies, kept: a session's queries share words.
  const decoded = new Map<string, Promise<number[]>>();
  const vocabularies = new Map<string, Promise<{ tokens: string[]; inline: Array<string | 0>; speakers: SpeakerEntry[] }>>();

  /** A speaker's claims, in index order (from the vocabulary when few); their newest are noted as in a latest file. */
  async function speakerClaims(k: number, inline: string | 0 = 0): Promise<number[]> {
    const f = floorIndex(meta.speakerFiles, k);
    const claims = decodePostings(inline || (await speakersFile(f))[k - meta.speakerFiles[f]!]!);
    claims.slice(0, meta.sizes.latest).forEach((i, j) => latestRow.set(i, [k, j]));
    return claims;
  }

  /**
   * The speakers a speaker field's value means: the one with that id, else
   * those with that name or other name (case and accents aside). Fetches one
   * speakers file, or the vocabulary file of the name's first word.
   */
  async function speakersNamed(value: string): Promise<Array<{ k: number; id: string; name: string; inline?: string | 0 }>> {
    const v = value.trim();
    if (!v) return [];
    const f = floorIndex(meta.who, v);
    if (f >= 0) {
      const found = (await whoFile(f)).find((e) => e[0] === v);
      if (found) return [{ k: found[2], id: v, name: found[1] }];
    }
    const [word] = tokenize(v);
    if (!word) return [];
    const want = fold(v);
    const { speakers } = await vocabulary([vocabKey(word)]);
    return speakers.filter((e) => [e[2], ...e[3]].some((n) => fold(n) === want)).map(([k, id, name, , inline]) => ({ k, id, name, inline }));
  }

  /** Speakers for a speaker field's type-ahead: those with a name word starting with each word typed (the last one at least two letters long). */
  async function suggestSpeakers(typed: string, limit = 30): Promise<Array<{ id: string; name: string }>> {
    const words = tokenize(typed);
    const last = words.at(-1);
    if (!last) return [];
    const { speakers } = await vocabulary([vocabKey(last)]);
    return speakers
      .filter((e) => {
        const mine = tokenize([e[2], ...e[3]].join(" "));
        return words.every((w) => mine.some((m) => m.startsWith(w)));
      })
      .slice(0, limit)
      .map(([, id, name]) => ({ id, name }));
  }

  /** The tokens of the vocabulary files for these keys, in key order (so, sorted). */
  function vocabulary(keys: string[]) {
    return remember(vocabularies, keys.join(" "), () => {
      const files = keys.flatMap((key) => (vocabIx.has(key) ? [vocabFile(vocabIx.get(key)!)] : []));
      return Promise.all(files).then((fs) => ({ tokens: fs.flatMap((f) => f.t), inline: fs.flatMap((f) => f.p), speakers: fs.flatMap((f) => f.s) }));
    });
  }

  /** A token's claims, from the vocabulary when short, else from its postings file. */
  function claimsOf(token: string, inline: string | 0): Promise<number[]> {
    return remember(decoded, token, () =>
      inline ? Promise.resolve(decodePostings(inline)) : postingsFile(floorIndex(meta.postings, token)).then((f) => decodePostings(f[token]!)),
    );
  }

  /**
   * The postings file a word's claims would be in, asked for with its vocabulary files, not
   * after: a query's common words are in postings files, and this
   * saves a round trip for each. For a rare word (in the vocabulary) or a misspelled one the file
   * is fetched for nothing (~9 KB gzip on PolNeAR's 10,520 claims).
   */
  function ownPostings(word: string): void {
    const k = floorIndex(meta.postings, word);
    if (k >= 0) void postingsFile(k).catch(() => {});
  }

  type Vocabulary = Awaited<ReturnType<typeof vocabulary>>;

  /**
   * The tokens a query word is part of (weight 0.8 when it starts them, else
   * 0.5). Their claims, the word's own, and those of the word with two
   * neighbouring letters swapped are asked for at once: no Fuse is needed to
   * find them, so their fetches start before any Fuse runs (the page's early
   * script, search-early.ts, asks for the same postings files).
   */
  function near(word: string, v: Vocabulary): Map<number, number> {
    const out = new Map<number, number>();
    if (word.length >= 3) v.tokens.forEach((t, j) => t !== word && t.includes(word) && out.set(j, t.startsWith(word) ? 0.8 : 0.5));
    const ask = (j: number) => void claimsOf(v.tokens[j]!, v.inline[j]!).catch(() => {});
    const exactAt = v.tokens.indexOf(word);
    if (exactAt >= 0) ask(exactAt);
    out.forEach((_, j) => ask(j));
    if (word.length >= 4) v.tokens.forEach((t, j) => swapped(t, word) && ask(j));
    return out;
  }

  /**
   * Vocabulary tokens a query word stands for, with a weight in (0, 1]:
   * itself, tokens it starts or is part of (`near`), and misspellings (Fuse),
   * among the tokens of its vocabulary files (vocabKeys).
   */
  async function expand(word: string, v: Vocabulary, out: Map<number, number>): Promise<Array<{ token: string; weight: number; claims: number[] }>> {
    if (word.length >= 4) for (const r of fuzzy(v.tokens, (t) => [t], { minMatchCharLength: 2 }, word, 20)) if (!out.has(r.refIndex)) out.set(r.refIndex, 0.6 * (1 - r.score));
    // Two neighbouring letters swapped ("Mahtur" for Mathur) is one slip, not the two edits Fuse counts: it ranks next to the word itself.
    if (word.length >= 4) v.tokens.forEach((t, j) => swapped(t, word) && out.set(j, 0.9));
    const exact = v.tokens.indexOf(word);
    if (exact >= 0) out.set(exact, 1);
    const found = [...out];
    const lists = await Promise.all(found.map(([j]) => claimsOf(v.tokens[j]!, v.inline[j]!)));
    return found.map(([j, weight], n) => ({ token: v.tokens[j]!, weight, claims: lists[n]! }));
  }

  /**
   * The whole query as a speaker's name ("Kulbea" → Dmytro Kuleba): Fuse over
   * the speakers listed in the query words' vocabulary files (a name with a
   * word that starts as one of the query's does). Their claims are asked for
   * now; the promise is of each one's score and claims.
   */
  function namedSpeakers(words: string[], vocabs: Vocabulary[], query: string) {
    const listed = new Map<number, SpeakerEntry>();
    for (const v of vocabs) for (const e of v.speakers) listed.set(e[0], e);
    const candidates = [...listed.values()].sort((a, b) => a[0] - b[0]).map(([k, , name, aliases, inline]) => ({ k, name, aliases, inline }));
    const match = (pattern: string) => fuzzy(candidates, (s) => [s.name, ...s.aliases], { keys: ["name", "aliases"] }, pattern, 10);
    let named = match(query.trim());
    // A word that is no word of the index but one with two neighbouring letters swapped ("Bakcer"): the query with that word too, each speaker scored by the better.
    const fixed = words.map((w, n) => (vocabs[n]!.tokens.includes(w) ? w : (vocabs[n]!.tokens.find((t) => swapped(t, w)) ?? w)));
    if (fixed.some((w, n) => w !== words[n])) {
      const best = new Map(named.map((r) => [r.item.k, r]));
      for (const r of match(fixed.join(" "))) if (!best.has(r.item.k) || best.get(r.item.k)!.score > r.score) best.set(r.item.k, r);
      named = [...best.values()].sort((a, b) => a.score - b.score || a.item.k - b.item.k).slice(0, 10);
    }
    // The best-named speaker's newest claims are likely the first results: their rows are asked for now, beside the postings.
    if (named[0]) void latestFile(floorIndex(meta.latest, named[0].item.k)).catch(() => {});
    return Promise.all(named.map(async (r) => ({ score: r.score, claims: await speakerClaims(r.item.k, r.item.inline) })));
  }

  /** Claims matching every query word (or named as the speaker), scored; and the tokens each word stood for. */
  async function matchWords(words: string[], query: string) {
    // Fetches first, Fuse after: each word's own postings, then the speakers the query names (that
    // speaker's claims rank first), then the words' misspellings.
    for (const w of words) ownPostings(w);
    const looked = await Promise.all(
      words.map(async (w) => {
        const v = await vocabulary(vocabKeys(w));
        return { v, near: near(w, v) };
      }),
    );
    const namedClaims = namedSpeakers(
      words,
      looked.map((l) => l.v),
      query,
    );
    const expansions = await Promise.all(words.map((w, n) => expand(w, looked[n]!.v, looked[n]!.near)));
    // Per word, each claim's best weight (0: no match) and the claims it matched.
    const perWord = expansions.map((expansion) => {
      const best = new Float64Array(meta.n);
      const members: number[] = [];
      for (const { weight, claims } of expansion)
        for (const i of claims) {
          if (!best[i]) members.push(i);
          if (best[i]! < weight) best[i] = weight;
        }
      return { best, members };
    });
    const scores = new Float64Array(meta.n);
    const matched: number[] = [];
    const [first, ...rest] = perWord.sort((a, b) => a.members.length - b.members.length);
    for (const i of first?.members ?? []) {
      let total = first!.best[i]!;
      let all = true;
      for (const m of rest) {
        const x = m.best[i]!;
        if (!x) {
          all = false;
          break;
        }
        total += x;
      }
      if (all) (scores[i] = total), matched.push(i);
    }
    const isMatched = new Uint8Array(meta.n);
    for (const i of matched) isMatched[i] = 1;
    for (const r of await namedClaims) {
      const bonus = 3 * (1 - r.score);
      for (const i of r.claims) {
        scores[i]! += bonus;
        if (!isMatched[i]) (isMatched[i] = 1), matched.push(i);
      }
    }
    return { scores, matched: Int32Array.from(matched).sort(), tokens: expansions.flat() };
  }

  /** Which claims the filters keep, and which are left out only for having no date (fetching only what the filters need). */
  async function filterSet(candidates: Int32Array, f: Filters): Promise<{ keep: (i: number) => boolean; undated: (i: number) => boolean }> {
    const tests: Array<(i: number) => boolean> = [];
    if (f.speaker) {
      const lists = await Promise.all((await speakersNamed(f.speaker)).map((s) => speakerClaims(s.k, s.inline)));
      const mine = new Set(lists.flat());
      tests.push((i) => mine.has(i));
    }
    if (f.topic || f.stance) {
      const blocks = [...new Set(Array.from(candidates, (i) => Math.floor(i / meta.sizes.facets)))];
      const kinds = new Map((await Promise.all(blocks.map(facetsFile))).map((b, n) => [blocks[n]!, b]));
      const topic = meta.topics.findIndex((t) => t.id === f.topic);
      const stance = STANCES.indexOf(f.stance as Stance);
      tests.push((i) => {
        const [s, ...topics] = kinds.get(Math.floor(i / meta.sizes.facets))![i % meta.sizes.facets]!;
        return (!f.topic || topics.includes(topic)) && (!f.stance || s === stance);
      });
    }
    let undated = (_: number) => false;
    if (f.from || f.to) {
      // Claims are newest first: each date is one run of indexes.
      const starts: number[] = [];
      const within: boolean[] = [];
      const runs = await datesFile(0);
      let at = 0;
      for (const [date, count] of runs) starts.push(at), within.push(inRange(date, f)), (at += count);
      const firstUndated = runs.at(-1)?.[0] === "" ? starts.at(-1)! : Infinity;
      tests.push((i) => within[floorIndex(starts, i)]!);
      undated = (i) => i >= firstUndated;
    }
    const others = tests.slice(0, f.from || f.to ? -1 : undefined);
    return { keep: (i) => tests.every((t) => t(i)), undated: (i) => undated(i) && others.every((t) => t(i)) };
  }

  /**
   * Every match, best first; how many undated claims a date range left out;
   * and the words of the index a hit matched (for highlighting).
   */
  async function query(query: string, filters: Filters = {}): Promise<{ hits: Hit[]; undated: number; terms: (i: number) => string[] }> {
    const words = [...new Set(tokenize(query))];
    const active = Object.values(filters).some(Boolean);
    const all = () => ({ scores: new Float64Array(meta.n), matched: active ? Int32Array.from(range(0, meta.n)) : new Int32Array(0), tokens: [] });
    const { scores, matched, tokens } = words.length ? await matchWords(words, query) : all();
    const { keep, undated } = active ? await filterSet(matched, filters) : { keep: () => true, undated: () => false };
    // Claims are numbered newest first, so equal scores rank newest first: group by score, each group in index order.
    const byScore = new Map<number, number[]>();
    let left = 0;
    for (const i of matched) {
      if (!keep(i)) {
        if (undated(i)) left++;
        continue;
      }
      const group = byScore.get(scores[i]!);
      if (group) group.push(i);
      else byScore.set(scores[i]!, [i]);
    }
    const hits = [...byScore.keys()].sort((a, b) => b - a).flatMap((score) => byScore.get(score)!.map((index) => ({ index, score })));
    const terms = (i: number) => [...new Set(tokens.filter((t) => t.claims[floorIndex(t.claims, i)] === i).map((t) => t.token))];
    return { hits, undated: left, terms };
  }

  const shown = ([statement, quoted, outlet, id, , date, stance, topic]: DisplayRow, [speakerId, speaker]: [string, string]): Display => ({
    id,
    statement,
    quoted: quoted === 1,
    outlet,
    speakerId,
    speaker,
    date,
    stance: STANCES[stance]!,
    topic: meta.topics[topic]?.title ?? "",
  });
  const fromDisplay = async (i: number) => {
    const file = await displayFile(Math.floor(i / meta.sizes.display));
    const row = file.r[i % meta.sizes.display]!;
    return shown(row, file.s[row[4]]!);
  };
  const fromLatest = async ([k, j]: [number, number]) => {
    const f = floorIndex(meta.latest, k);
    const [id, name, rows] = (await latestFile(f))[k - meta.latest[f]!]!;
    return shown(rows[j]!, [id, name]);
  };
  /**
   * What hits show, from as few files as may be: a claim among its speaker's
   * newest (when the query or filter read that speaker's claims) from the
   * speaker's latest file, unless its display file is needed anyway.
   */
  function displayMany(is: number[]): Promise<Display[]> {
    const block = (i: number) => Math.floor(i / meta.sizes.display);
    const needed = new Set(is.filter((i) => !latestRow.has(i)).map(block));
    return Promise.all(is.map((i) => (needed.has(block(i)) ? fromDisplay(i) : fromLatest(latestRow.get(i)!))));
  }
  /** What a hit shows. */
  const display = async (i: number): Promise<Display> => (await displayMany([i]))[0]!;
  /** The statement shown for a hit. */
  const statement = async (i: number) => (await display(i)).statement;

  /** The best `limit` matches with what they show (their display files are fetched) and the words they matched. */
  async function search(q: string, filters: Filters = {}, limit = 50): Promise<Array<Hit & Display & { terms: string[] }>> {
    const { hits, terms } = await query(q, filters);
    const first = hits.slice(0, limit);
    const rows = await displayMany(first.map((h) => h.index));
    return first.map((h, n) => ({ ...h, ...rows[n]!, terms: terms(h.index) }));
  }

  /** Starts fetching what a query's words will need first (its vocabulary files), without waiting for them. */
  function prefetch(q: string): void {
    for (const w of new Set(tokenize(q))) void vocabulary(vocabKeys(w)).catch(() => {}), ownPostings(w);
  }

  return { query, search, display, displayMany, statement, speakersNamed, suggestSpeakers, prefetch };
}
