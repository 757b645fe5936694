// The search's fast path (token index + Fuse over the vocabulary and speaker
// names) on the test corpus's claims, run in Node on the same code the browser runs.
import { describe, expect, it } from "vitest";
import { publish } from "../src/lib/publish/content.ts";
import { buildSearchFiles, makeSearcher, tokenize, decodePostings, type SearchDoc } from "../src/site/search.ts";
import { corpus as corpusDir } from "./helpers.ts";

const corpus = await publish(corpusDir);
const aliases = new Map(corpus.registry.speakers.map((s) => [s.id, s.aliases]));
const docs: SearchDoc[] = corpus.claims.map((c) => ({
  id: c.id,
  speaker: c.speaker.name,
  speakerId: c.speaker.id,
  aliases: aliases.get(c.speaker.id) ?? [],
  text: c.text,
  quote: c.quote ?? "",
  topics: c.topics,
  topicIds: c.topics,
  outlet: c.source.outlet ?? "",
  date: c.date ?? "",
  stance: c.stance,
}));
const files = buildSearchFiles(docs);
const loaded: string[] = [];
const searcher = () =>
  makeSearcher(files.meta, {
    postings: async (k) => (loaded.push(`p${k}`), files.postings[k]!),
    display: async (k) => (loaded.push(`d${k}`), files.display[k]!),
  });
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
    // Every claim of the test corpus is dated (how undated claims meet a date
    // range is issue 12, item 4), and they span 2023 and 2024.
    expect(docs.every((d) => d.date)).toBe(true);
    const dated = await s.search("", { from: "2024-01-01", to: "2024-12-31" }, 1000);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.length).toBeLessThan(docs.length);
    expect(dated.length).toBe(docs.filter((d) => d.date >= "2024").length);
    const topic = await s.search("", { topic: "river" }, 1000);
    expect(topic.length).toBeGreaterThan(0);
    expect(topic.map((h) => h.id).sort()).toEqual(docs.filter((d) => d.topicIds.includes("river")).map((d) => d.id).sort());
  });
  it("fetches only the postings shards a query needs, and display shards on demand", async () => {
    loaded.length = 0;
    const s = searcher();
    const hits = await s.search("Solomin");
    expect(loaded.filter((x) => x.startsWith("p")).length).toBeLessThan(files.meta.shards.postings / 2);
    expect(loaded.some((x) => x.startsWith("d"))).toBe(false);
    expect(await s.statement(hits[0]!.index)).toMatch(/\w/);
  });
  it("encodes postings compactly and losslessly", () => {
    for (const shard of files.postings)
      for (const enc of Object.values(shard)) {
        const list = decodePostings(enc);
        expect([...list].sort((a, b) => a - b)).toEqual(list);
      }
    expect(tokenize("The Ukrainians’ “peace” talks, Zelenskyy!")).toEqual(["ukrainians", "peace", "talks", "zelenskyy"]);
  });
});
