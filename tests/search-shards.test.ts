// The sharded search index (vocabulary by first letter with short postings,
// longer postings by token range, speakers' claims, date runs, facets by claim
// block, display rows) answers exactly as a plain
// search over the same documents held in memory: same claims, same scores,
// same order, same count of undated claims left out. Random documents and
// queries (fast-check), with tiny files so that every query crosses many.
import fc from "fast-check";
import Fuse from "fuse.js/basic";
import { describe, expect, it } from "vitest";
import { buildSearchFiles, fold, fuzzy, makeSearcher, tokenize, type Filters, type Loader, type SearchDoc, type SearchFiles } from "../src/site/search.ts";
import { STANCES } from "../src/site/vocabulary.ts";

// Words that share prefixes, stems, letters and accents, so that prefix,
// substring and misspelling matches all occur.
const WORDS = "peace peaceful peacekeeping pence talks talk taliban ceasefire cease river rivers riverside border borders order aid aide sanctions sanction moscow kyiv kiev negotiations negotiate renegotiate zelensky zelenskyy ölgaz élan 2024 x1".split(" ");
const SPEAKERS = [
  { id: "anna-koval", name: "Anna Koval", aliases: ["Hanna Koval"] },
  { id: "dmytro-kuleba", name: "Dmytro Kuleba", aliases: ["Dmitry Kuleba", "Kuleba"] },
  { id: "john-border", name: "John Border", aliases: [] },
  { id: "ministry", name: "Ministry of Peace", aliases: [] },
  { id: "olena-rivers", name: "Olena Rivers", aliases: ["Elena Rivers"] },
];
const TOPICS = [
  { id: "talks", title: "Peace talks" },
  { id: "aid", title: "Military aid" },
  { id: "river", title: "River crossing" },
];
const DATES = ["2023-05-01", "2023-05-20", "2024-02-29", "2024-11-03", "2024-11", "2024", "2022-12-31", ""];
const OUTLETS = ["Kyiv Courier", "Border Post", ""];

const doc = fc
  .record({
    speaker: fc.constantFrom(...SPEAKERS),
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }),
    quoted: fc.boolean(),
    topics: fc.subarray(TOPICS),
    stanceTopic: fc.nat(3),
    date: fc.constantFrom(...DATES),
    stance: fc.constantFrom(...STANCES),
    outlet: fc.constantFrom(...OUTLETS),
  })
  .map((r): Omit<SearchDoc, "id"> => {
    const text = r.words.join(" ");
    return {
      speaker: r.speaker.name,
      speakerId: r.speaker.id,
      aliases: r.speaker.aliases,
      text,
      quote: r.quoted ? text : "",
      statement: text,
      quoted: r.quoted,
      topics: r.topics.map((t) => t.title),
      topicIds: r.topics.map((t) => t.id),
      stanceTopic: r.topics[r.stanceTopic]?.id ?? "",
      outlet: r.outlet,
      date: r.date,
      stance: r.topics.length ? r.stance : "neutral",
    };
  });
const docs = fc.array(doc, { minLength: 1, maxLength: 40 }).map((ds) => ds.map((d, i): SearchDoc => ({ ...d, id: `c${i}` })));

const typo = (w: string) => (w.length < 3 ? w : w[0] + w.slice(2, 3) + w.slice(1, 2) + w.slice(3));
const word = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(...WORDS).map((w) => w.slice(0, 3)),
  fc.constantFrom(...WORDS).map(typo),
  fc.constantFrom(...SPEAKERS.flatMap((s) => s.name.split(" "))),
  fc.constantFrom(...SPEAKERS.map((s) => typo(s.name.split(" ")[1]!))),
  fc.string({ maxLength: 6 }),
);
const query = fc.array(word, { maxLength: 3 }).map((ws) => ws.join(" "));
const filters = fc.record(
  {
    speaker: fc.constantFrom(...SPEAKERS.map((s) => s.id), "nobody", "olena  RIVERS", "Dmitry Kuleba", "Ministry of peace", "koval"),
    topic: fc.constantFrom(...TOPICS.map((t) => t.id)),
    stance: fc.constantFrom(...STANCES),
    from: fc.constantFrom("2023", "2023-05-10", "2024-11", "2024-11-03"),
    to: fc.constantFrom("2023-05", "2024", "2024-11-02", "2024-12-31"),
  },
  { requiredKeys: [] },
);

/** t is w with two neighbouring letters swapped */
const isSwap = (t: string, w: string) => t.length === w.length && [...t].some((_, i) => i + 1 < t.length && t[i] !== t[i + 1] && t === w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
/** Ids sorted as the index sorts them (by UTF-16 code units). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const fuseOptions = { threshold: 0.35, ignoreLocation: true, minMatchCharLength: 2, includeScore: true };
/** The tokens a word is compared with: those starting with its first and second, or first and third, characters. */
const sameStart = (t: string, w: string) => {
  const [a, b, c] = [...w];
  const [x, y] = [...t];
  return x === a && (y === b || (c !== undefined && y === c) || (b === undefined && y === undefined));
};

/** The search's rules, written out plainly over the documents (the module's header states them). */
function reference(all: SearchDoc[], q: string, f: Filters) {
  const tokens = new Map(all.map((d) => [d.id, new Set(tokenize([d.speaker, ...d.aliases, d.text, d.quote, ...d.topics, d.outlet].join(" ")))]));
  const vocab = [...new Set([...tokens.values()].flatMap((s) => [...s]))].sort();
  const words = [...new Set(tokenize(q))];
  let scores = new Map<string, number>();
  if (words.length) {
    const perWord = words.map((w) => {
      const same = vocab.filter((t) => sameStart(t, w));
      const weights = new Map<string, number>();
      if (w.length >= 3) for (const t of same) if (t !== w && t.includes(w)) weights.set(t, t.startsWith(w) ? 0.8 : 0.5);
      if (w.length >= 4) for (const r of new Fuse(same, fuseOptions).search(w, { limit: 20 })) if (!weights.has(r.item)) weights.set(r.item, 0.6 * (1 - (r.score ?? 0)));
      if (w.length >= 4) for (const t of same) if (isSwap(t, w)) weights.set(t, 0.9);
      if (same.includes(w)) weights.set(w, 1);
      const m = new Map<string, number>();
      for (const [t, weight] of weights) for (const d of all) if (tokens.get(d.id)!.has(t) && (m.get(d.id) ?? 0) < weight) m.set(d.id, weight);
      return m;
    });
    const [head, ...rest] = perWord.sort((a, b) => a.size - b.size);
    for (const [id, w] of head!) if (rest.every((m) => m.has(id))) scores.set(id, rest.reduce((total, m) => total + m.get(id)!, w));
    // the speakers one of whose names has a word that starts as one of the query's words do
    // (in number order: by surname, the last word of the name, then id)
    const surname = (d: SearchDoc) => tokenize(d.speaker).at(-1) ?? "";
    const inOrder = [...all].sort((a, b) => byCode(surname(a), surname(b)) || byCode(a.speakerId, b.speakerId));
    const speakers = [...new Map(inOrder.map((d) => [d.speakerId, d])).values()].filter((d) =>
      tokenize([d.speaker, ...d.aliases].join(" ")).some((t) => words.some((w) => sameStart(t, w))),
    );
    const fuse = new Fuse(
      speakers.map((d) => ({ name: d.speaker, aliases: d.aliases })),
      { keys: ["name", "aliases"], threshold: 0.35, ignoreLocation: true, includeScore: true },
    );
    let named = fuse.search(q.trim(), { limit: 10 }).map((r) => ({ k: r.refIndex, score: r.score ?? 0 }));
    // a word that is no word of the vocabulary but one with two neighbouring letters swapped: the query with that word too, the better score
    const fixed = words.map((w) => (vocab.includes(w) ? w : (vocab.find((t) => sameStart(t, w) && isSwap(t, w)) ?? w)));
    if (fixed.some((w, n) => w !== words[n])) {
      const best = new Map(named.map((r) => [r.k, r.score]));
      for (const r of fuse.search(fixed.join(" "), { limit: 10 })) best.set(r.refIndex, Math.min(best.get(r.refIndex) ?? Infinity, r.score ?? 0));
      named = [...best].map(([k, score]) => ({ k, score })).sort((a, b) => a.score - b.score || a.k - b.k).slice(0, 10);
    }
    for (const r of named) for (const d of all) if (d.speakerId === speakers[r.k]!.speakerId) scores.set(d.id, (scores.get(d.id) ?? 0) + 3 * (1 - r.score));
  } else if (Object.values(f).some(Boolean)) scores = new Map(all.map((d) => [d.id, 0]));
  const inRange = (d: string) => (!f.from && !f.to) || (!!d && (!f.from || d.slice(0, f.from.length) >= f.from.slice(0, d.length)) && (!f.to || d.slice(0, f.to.length) <= f.to));
  // the speaker field: a speaker's id, else a name or other name of theirs (case, accents and spacing aside) that has a word to look it up by
  const byIdMatch = all.some((d) => d.speakerId === f.speaker);
  const isSpeaker = (d: SearchDoc) =>
    byIdMatch ? d.speakerId === f.speaker : [d.speaker, ...d.aliases].some((n) => fold(n) === fold(f.speaker!) && tokenize(n).length > 0);
  let undated = 0;
  const kept = all.filter((d) => {
    if (!scores.has(d.id) || (f.speaker && !isSpeaker(d)) || (f.topic && !d.topicIds.includes(f.topic)) || (f.stance && d.stance !== f.stance)) return false;
    if (!inRange(d.date)) return (undated += d.date ? 0 : 1), false;
    return true;
  });
  kept.sort((a, b) => scores.get(b.id)! - scores.get(a.id)! || b.date.localeCompare(a.date) || a.speakerId.localeCompare(b.speakerId) || a.id.localeCompare(b.id));
  return { ids: kept.map((d) => d.id), scores: kept.map((d) => scores.get(d.id)!), undated };
}

const tiny = { display: 3, facets: 4, postings: 30, speakers: 6, inline: 4, latest: 2, latestFile: 30 };
const loader = (files: SearchFiles): Loader => ({
  vocab: async (k) => files.vocab[k]!,
  postings: async (k) => files.postings[k]!,
  speakers: async (k) => files.speakers[k]!,
  who: async (k) => files.who[k]!,
  latest: async (k) => files.latest[k]!,
  dates: async () => files.dates,
  facets: async (k) => files.facets[k]!,
  display: async (k) => files.display[k]!,
});

describe("the sharded search index", () => {
  it("finds exactly what a plain search over the documents finds, in the same order", async () => {
    await fc.assert(
      fc.asyncProperty(docs, query, filters, async (all, q, f) => {
        const files = buildSearchFiles(all, tiny);
        const s = makeSearcher(files.meta, loader(files));
        const { hits, undated } = await s.query(q, f);
        const shown = await Promise.all(hits.map((h) => s.display(h.index)));
        const ids = shown.map((d) => d.id);
        const want = reference(all, q, f);
        expect(ids).toEqual(want.ids);
        expect(hits.map((h) => h.score)).toEqual(want.scores);
        expect(undated).toBe(want.undated);
        // what each hit shows is its document's
        const byId = new Map(all.map((d) => [d.id, d]));
        for (const x of shown) {
          const d = byId.get(x.id)!;
          const topic = d.stanceTopic ? TOPICS.find((t) => t.id === d.stanceTopic)!.title : "";
          expect(x).toEqual({ id: d.id, statement: d.statement, quoted: d.quoted, outlet: d.outlet, speakerId: d.speakerId, speaker: d.speaker, date: d.date, stance: d.stance, topic });
        }
        // the first page of the same search, with ids
        expect((await s.search(q, f, 5)).map((h) => h.id)).toEqual(want.ids.slice(0, 5));
      }),
      { numRuns: 300 },
    );
  });

  it("splits into many files even for few documents, and fetches per-claim data only for filters that need it", async () => {
    const all = fc.sample(doc, { numRuns: 80, seed: 8 }).map((d, i): SearchDoc => ({ ...d, id: `x${i}` }));
    const files = buildSearchFiles(all, tiny);
    for (const kind of ["vocab", "postings", "speakers", "who", "facets", "display"] as const) expect(files[kind].length, kind).toBeGreaterThan(3);
    const fetched: string[] = [];
    const log = <T>(kind: string, get: (k: number) => Promise<T>) => async (k: number) => (fetched.push(kind), get(k));
    const l = loader(files);
    const s = makeSearcher(files.meta, { ...l, facets: log("facets", l.facets), dates: () => log("dates", l.dates)(0), display: log("display", l.display) });
    // words and a speaker: no facets, no dates
    expect((await s.query("peace Rivers", { speaker: "olena-rivers" })).hits.length).toBeGreaterThan(0);
    expect((await s.query("peace", {})).hits.length).toBeGreaterThan(0);
    expect(fetched).toEqual([]);
    await s.query("peace", { from: "2024" });
    expect(fetched).toEqual(["dates"]);
  });

  it("narrows Fuse's candidates without changing its results", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-eA-Eé ]{1,14}$/), { minLength: 1, maxLength: 60 }), fc.stringMatching(/^[a-eé ]{1,12}$/), (items, pattern) => {
        const plain = new Fuse(items, { ...fuseOptions, minMatchCharLength: 2 }).search(pattern, { limit: 20 }).map((r) => [r.refIndex, r.score ?? 0]);
        expect(fuzzy(items, (t) => [t], { minMatchCharLength: 2 }, pattern, 20).map((r) => [r.refIndex, r.score])).toEqual(plain);
      }),
      { numRuns: 1000 },
    );
  });

  // the prefilter loses none of Fuse's matches: the same results, in the same order, with the same scores
  it("matches names and other names as Fuse does, with its scores", () => {
    const person = fc.record({ name: fc.stringMatching(/^[a-dA-Dé. ]{0,20}$/), aliases: fc.array(fc.stringMatching(/^[a-dé ]{0,12}$/), { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 40 }), fc.stringMatching(/^[a-dA-Dé ]{1,40}$/), (people, pattern) => {
        const plain = new Fuse(people, { keys: ["name", "aliases"], threshold: 0.35, ignoreLocation: true, includeScore: true }).search(pattern, { limit: 10 });
        const ours = fuzzy(people, (p) => [p.name, ...p.aliases], { keys: ["name", "aliases"] }, pattern, 10);
        expect(ours.map((r) => [r.refIndex, r.score])).toEqual(plain.map((r) => [r.refIndex, r.score ?? 0]));
      }),
      { numRuns: 1500 },
    );
  });
  it("matches words as Fuse does, long patterns (in pieces) and one-letter runs included", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-c ]{1,70}$/), { minLength: 1, maxLength: 30 }), fc.stringMatching(/^[a-c]{1,70}$/), fc.constantFrom(1, 2), (items, pattern, min) => {
        const plain = new Fuse(items, { threshold: 0.35, ignoreLocation: true, includeScore: true, minMatchCharLength: min }).search(pattern, { limit: 20 });
        expect(fuzzy(items, (t) => [t], { minMatchCharLength: min }, pattern, 20).map((r) => [r.refIndex, r.score])).toEqual(plain.map((r) => [r.refIndex, r.score ?? 0]));
      }),
      { numRuns: 1500 },
    );
  });
});
