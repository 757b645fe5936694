// The search's fast path (token index + Fuse over the vocabulary and speaker
// names) on the test corpus's claims, run in Node on the same code the browser runs.
import { describe, expect, it } from "vitest";
import { publish } from "../src/lib/publish/content.ts";
import { buildSearchFiles, dateFilter, makeSearcher, searchDocs, tokenize, decodePostings, vocabKeys, type Loader, type SearchDoc, type SearchFiles } from "../src/site/search.ts";
import { corpus as corpusDir } from "./helpers.ts";
import { statementParts } from "../src/site/format.ts";

const corpus = await publish(corpusDir);
const aliases = new Map(corpus.registry.speakers.map((s) => [s.id, s.aliases]));
const topics = new Map(corpus.registry.topics.map((t) => [t.id, t.title]));
// the documents exactly as the build makes them
const docs: SearchDoc[] = searchDocs(corpus.claims, { aliases: (id) => aliases.get(id) ?? [], topicTitle: (t) => topics.get(t) ?? t });
const files = buildSearchFiles(docs);
const loaded: string[] = [];
/** The files as a loader, noting each fetch as v3, p0, s0, dates, f1, d2 … */
const loaderOf = (f: SearchFiles, log: string[] = []): Loader => ({
  vocab: async (k) => (log.push(`v${k}`), f.vocab[k]!),
  postings: async (k) => (log.push(`p${k}`), f.postings[k]!),
  speakers: async (k) => (log.push(`s${k}`), f.speakers[k]!),
  who: async (k) => (log.push(`w${k}`), f.who[k]!),
  latest: async (k) => (log.push(`l${k}`), f.latest[k]!),
  dates: async () => (log.push("dates"), f.dates),
  facets: async (k) => (log.push(`f${k}`), f.facets[k]!),
  display: async (k) => (log.push(`d${k}`), f.display[k]!),
});
const searcher = () => makeSearcher(files.meta, loaderOf(files, loaded));
/** claim id → its index in the files */
const indexOf = new Map(files.display.flatMap((f) => f.r).map((row, i) => [row[3], i]));
const ids = (speaker: string) => docs.filter((d) => d.speakerId === speaker).map((d) => d.id).sort();

describe("search", () => {
  it("finds every claim of a speaker by surname, by an alias and despite a misspelling", async () => {
    const s = searcher();
    expect(ids("iryna-vasylenko").length).toBeGreaterThan(2);
    for (const q of ["Vasylenko", "Irina Vasilenko", "Vasylneko"]) {
      const hits = await s.search(q);
      expect(hits.map((h) => h.id).sort(), q).toEqual(expect.arrayContaining(ids("iryna-vasylenko")));
      expect(hits[0]!.speakerId, q).toBe("iryna-vasylenko");
    }
  });
  it("needs every word of the query, and ranks exact words first", async () => {
    const hits = await searcher().search("battlefield Vasylenko");
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.speakerId).toBe("iryna-vasylenko");
  });
  it("applies speaker, topic, stance and date filters", async () => {
    const s = searcher();
    const all = await s.search("negotiations", {}, 1000);
    const opposes = await s.search("negotiations", { stance: "opposes" }, 1000);
    expect(opposes.length).toBeGreaterThan(0);
    expect(opposes.length).toBeLessThan(all.length);
    expect(opposes.every((h) => h.stance === "opposes")).toBe(true);
    // Every claim of the test corpus is dated, and they span 2023 and 2024
    // (undated claims and date ranges: below).
    expect(docs.every((d) => d.date)).toBe(true);
    const dated = await s.search("", { from: "2024-01-01", to: "2024-12-31" }, 1000);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.length).toBeLessThan(docs.length);
    expect(dated.length).toBe(docs.filter((d) => d.date >= "2024").length);
    const topic = await s.search("", { topic: "river" }, 1000);
    expect(topic.length).toBeGreaterThan(0);
    expect(topic.map((h) => h.id).sort()).toEqual(docs.filter((d) => d.topicIds.includes("river")).map((d) => d.id).sort());
  });
  it("fetches only the vocabulary, postings and facets a query needs, and display files on demand", async () => {
    loaded.length = 0;
    const s = searcher();
    const { hits } = await s.query("Solomin");
    expect(hits.length).toBeGreaterThan(0);
    // one word: the vocabulary files of its first letters ("so", and "sl" for a swapped second and third)
    expect(vocabKeys("solomin")).toEqual(["sl", "so"]);
    const wanted = vocabKeys("solomin").flatMap((k) => (files.meta.vocab.includes(k) ? [`v${files.meta.vocab.indexOf(k)}`] : []));
    expect(loaded.filter((x) => x.startsWith("v")).sort()).toEqual(wanted.sort());
    expect(files.meta.vocab.length).toBeGreaterThan(10);
    // postings: of the files, only the one "solomin" would be in, asked for with the vocabulary (its postings are in the vocabulary)
    expect(files.meta.postings.length).toBeGreaterThan(1);
    expect(loaded.filter((x) => x.startsWith("p"))).toEqual([`p${files.meta.postings.filter((first) => first <= "solomin").length - 1}`]);
    // no display file yet; the latest file of the speaker the query names best, asked for beside the postings
    expect(loaded.some((x) => x.startsWith("d"))).toBe(false);
    const latest = loaded.filter((x) => x.startsWith("l"));
    expect(latest).toHaveLength(1);
    // the first result's row is in it: no other file
    expect(await s.statement(hits[0]!.index)).toMatch(/\w/);
    expect(loaded.filter((x) => /^[dl]/.test(x))).toEqual(latest);
  });
  it("asks for each word's postings file with its vocabulary files, not once they are in", async () => {
    const log: string[] = [];
    const held: Array<() => void> = [];
    // small postings files, so that the words' are two of many
    const small = buildSearchFiles(docs, { display: 3, facets: 4, postings: 40, speakers: 12, inline: 4, latest: 2, latestFile: 30 });
    const l = loaderOf(small, log);
    // vocabulary files that never arrive until released
    const s = makeSearcher(small.meta, { ...l, vocab: (k) => new Promise((done) => held.push(() => done(l.vocab(k)))) });
    const words = ["talks", "ceasefire"];
    const querying = s.query(words.join(" "));
    await new Promise((r) => setTimeout(r, 0));
    const own = new Set(words.map((w) => small.meta.postings.filter((first) => first <= w).length - 1));
    expect(small.meta.postings.length).toBeGreaterThan(4);
    expect(log.filter((x) => x.startsWith("p")).sort()).toEqual([...own].map((k) => `p${k}`).sort());
    held.forEach((release) => release());
    await querying;
  });
  it("asks again for a file whose fetch failed, so the next search is not failed for good", async () => {
    const l = loaderOf(files);
    let offline = true;
    // every vocabulary file fails while offline (a dropped connection)
    const s = makeSearcher(files.meta, { ...l, vocab: (k) => (offline ? Promise.reject(new Error(`v${k}: offline`)) : l.vocab(k)) });
    await expect(s.search("Vasylenko")).rejects.toThrow(/offline/);
    offline = false;
    expect((await s.search("Vasylenko")).map((h) => h.id)).toEqual((await searcher().search("Vasylenko")).map((h) => h.id));
  });
  it("shows a named speaker's newest claims from their latest file, not from a display file each", async () => {
    const log: string[] = [];
    const s = makeSearcher(files.meta, loaderOf(files, log));
    // the speaker with the most claims, by surname
    const [top] = [...Map.groupBy(docs, (d) => d.speakerId).values()].sort((a, b) => b.length - a.length);
    const n = Math.min(10, top!.length);
    expect(n).toBeGreaterThan(3);
    const hits = await s.search(top![0]!.speaker.split(" ").at(-1)!, {}, n);
    expect(hits.map((h) => h.speakerId)).toEqual(Array(n).fill(top![0]!.speakerId));
    // the same rows as the display files hold
    const plain = makeSearcher(files.meta, { ...loaderOf(files), latest: async () => [] });
    for (const h of hits) expect(h).toMatchObject(await plain.display(h.index));
    expect(log.filter((x) => x.startsWith("l"))).toHaveLength(1);
    expect(log.filter((x) => x.startsWith("d"))).toHaveLength(0);
  });
  it("reads the newest claims of people who share a surname from one file, however far apart their ids", async () => {
    // two Bakers and many others between them in id order, two speakers per latest file
    const people = ["Anna Baker", "Zoe Baker", ...["Bo", "Cy", "Di", "Ed", "Flo", "Gus"].map((n) => `${n} Cole`)];
    const many = people.flatMap((name, p) =>
      [1, 2].map((n): SearchDoc => ({ ...docs[0]!, id: `c${p}-${n}`, speaker: name, speakerId: name.toLowerCase().replace(" ", "-"), aliases: [], date: `2024-0${n}-0${(p % 9) + 1}` })),
    );
    const built = buildSearchFiles(many, { display: 1, facets: 4, postings: 30, speakers: 12, inline: 4, latest: 2, latestFile: 4 * (many[0]!.statement.length + 40) });
    expect(built.latest.length).toBeGreaterThan(3);
    const log: string[] = [];
    const hits = await makeSearcher(built.meta, loaderOf(built, log)).search("Baker", {}, 4);
    expect(new Set(hits.map((h) => h.speaker))).toEqual(new Set(["Anna Baker", "Zoe Baker"]));
    expect(log.filter((f) => f.startsWith("l"))).toHaveLength(1);
    expect(log.filter((f) => f.startsWith("d"))).toHaveLength(0);
    // and the speaker filter still finds each of them by id
    for (const id of ["anna-baker", "zoe-baker", "gus-cole"]) expect((await makeSearcher(built.meta, loaderOf(built)).search("", { speaker: id }, 9)).map((h) => h.speakerId)).toEqual([id, id]);
  });
  it("encodes postings compactly and losslessly", () => {
    const lists = [...files.postings.flatMap((f) => Object.values(f)), ...files.vocab.flatMap((v) => v.p.filter((p) => p !== 0)), ...files.speakers.flat()];
    expect(lists.length).toBeGreaterThan(docs.length / 2);
    for (const enc of lists) {
        const list = decodePostings(enc);
        expect([...list].sort((a, b) => a - b)).toEqual(list);
      }
    expect(tokenize("The Ukrainians’ “peace” talks, Zelenskyy!")).toEqual(["ukrainians", "peace", "talks", "zelenskyy"]);
  });
  it("counts every match exactly, past any page", async () => {
    const s = searcher();
    const { hits } = await s.query("", { topic: docs[0]!.topicIds[0] ?? "" });
    const expected = docs.filter((d) => d.topicIds.includes(docs[0]!.topicIds[0] ?? "")).length;
    expect(hits.length).toBe(expected);
    expect((await s.search("", { topic: docs[0]!.topicIds[0] ?? "" }, 2)).length).toBe(Math.min(2, expected));
  });
  it("keeps undated claims out of any date range, and counts them", async () => {
    const undated = docs.map((d, i) => (i % 3 === 0 ? { ...d, date: "" } : d));
    const built = buildSearchFiles(undated);
    const s = makeSearcher(built.meta, loaderOf(built));
    const nUndated = undated.filter((d) => !d.date).length;
    expect(nUndated).toBeGreaterThan(0);
    const topic = undated[0]!.topicIds[0];
    const all = await s.search("", { topic }, Infinity);
    const ranged = await s.query("", { from: "1900-01-01", topic });
    const rangedHits = await s.search("", { from: "1900-01-01", topic }, Infinity);
    expect(rangedHits.every((h) => h.date)).toBe(true);
    expect(ranged.undated).toBe(all.filter((h) => !h.date).length);
    expect(ranged.hits.length + ranged.undated).toBe(all.length);
    // without a date range, undated claims are found like any other
    expect(all.some((h) => !h.date)).toBe(true);
    expect((await s.query("", { topic })).undated).toBe(0);
  });
  it("shows each result's whole statement as its claim page does, with its outlet", async () => {
    const s = searcher();
    for (const d of docs) {
      const shown = await s.display(indexOf.get(d.id)!);
      expect(shown.id).toBe(d.id);
      expect(shown.statement, d.id).toBe(d.statement);
      expect(shown.quoted, d.id).toBe(d.quoted);
      expect(shown.outlet, d.id).toBe(d.outlet);
    }
    // the statement is never cut: the longest one is whole
    const longest = [...docs].sort((a, b) => b.statement.length - a.statement.length)[0]!;
    expect(await s.statement(indexOf.get(longest.id)!)).toBe(longest.statement);
  });
  it("gives each hit the topic its stance answers", async () => {
    const hits = await searcher().search("", { topic: docs[0]!.topicIds[0] }, 1000);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      const d = docs.find((x) => x.id === h.id)!;
      expect(h.topic).toBe(d.stanceTopic ? d.topics[d.topicIds.indexOf(d.stanceTopic)] ?? d.stanceTopic : "");
    }
  });
});

describe("a date filter's value", () => {
  it("is a year, a month or a day; anything else (half typed, other formats) filters nothing", () => {
    for (const v of ["2024", "2024-05", "2024-05-10", "0001-01-01"]) expect(dateFilter(v), v).toBe(v);
    for (const v of ["", "20", "2024-5", "2024-05-1", "10/05/2024", "2024-05-10x", " 2024", "soon"]) expect(dateFilter(v), v).toBe("");
  });
});

describe("the statement shown for a claim", () => {
  it("is the quote when its sentence only adds who said it, else the whole sentence", () => {
    expect(statementParts({ kind: "direct", quote: "We will not negotiate under fire,", text: "“We will not negotiate under fire,” she said on Tuesday." })).toEqual({
      text: "We will not negotiate under fire",
      quoted: true,
    });
    const text = "The minister said the talks could resume “at a certain stage,” once the shelling of the river towns had stopped for good.";
    expect(statementParts({ kind: "direct", quote: "at a certain stage,", text })).toEqual({ text, quoted: false });
    expect(statementParts({ kind: "indirect", quote: null, text: "He said  the talks\nwere over." })).toEqual({ text: "He said the talks were over.", quoted: false });
  });
});
