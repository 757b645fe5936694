// The search page's early script (src/site/search-early.ts) fetches, while the
// page is parsed, exactly the vocabulary files the search app then reads for
// the query in the URL: no more (a wasted request) and no fewer (a later one).
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { EARLY_SCRIPT } from "../src/site/search-early.ts";
import { buildSearchFiles, makeSearcher, type Loader, type SearchDoc } from "../src/site/search.ts";

const doc = (id: string, speaker: string, text: string): SearchDoc => ({
  id,
  speaker,
  speakerId: speaker.toLowerCase().replace(/ /g, "-"),
  aliases: [],
  text,
  quote: "",
  statement: text,
  quoted: false,
  topics: [],
  topicIds: [],
  stanceTopic: "",
  outlet: "Kyiv Courier",
  date: "2024-01-0" + (Number(id.slice(1)) % 9 + 1),
  stance: "neutral",
});
const docs = [
  doc("c1", "Dmytro Kuleba", "The ceasefire talks with Moscow are over."),
  doc("c2", "Olena Rivers", "Peacekeeping along the river border needs aid."),
  doc("c3", "Ölga Zelenska", "Élan and sanctions: negotiations resume in Kyiv."),
  doc("c4", "Anna Koval", "The border is closed; the aid is not."),
];
const files = buildSearchFiles(docs);

/** The files the early script asks for, given the page's URL. */
function early(q: string | null): string[] {
  const asked: string[] = [];
  const meta = JSON.stringify({ ...files.meta, dir: "/base/search/" });
  runInNewContext(EARLY_SCRIPT, {
    document: { querySelector: (s: string) => (s === 'meta[name="search-index"]' ? { getAttribute: () => meta } : null) },
    location: { search: q === null ? "" : `?q=${encodeURIComponent(q)}` },
    URLSearchParams,
    Set,
    Array,
    JSON,
    Promise,
    fetch: (url: string) => (asked.push(url), new Promise(() => {})),
    window: {},
  });
  return asked.sort();
}

/** The vocabulary files the searcher reads for the query. */
async function read(q: string): Promise<string[]> {
  const got = new Set<string>();
  const none = async () => {
    throw new Error("not needed");
  };
  const loader: Loader = {
    vocab: async (k) => (got.add(`/base/search/vocab-${k}.json`), files.vocab[k]!),
    postings: async (k) => files.postings[k]!,
    speakers: async (k) => files.speakers[k]!,
    who: none,
    latest: none,
    dates: none,
    facets: none,
    display: none,
  };
  await makeSearcher(files.meta, loader).query(q);
  return [...got].sort();
}

describe("the search page's early script", () => {
  it("fetches the vocabulary files of the query's words, as the app reads them", async () => {
    for (const q of ["Kuleba", "Kulbea talks", "the peace of the river", "ÖLGA élan", "x", "sanctions, négotiations!", "zz qq", "Moscow 2024"]) {
      expect(early(q), q).toEqual(await read(q));
    }
  });
  it("does nothing without a query", () => {
    expect(early(null)).toEqual([]);
    expect(early("")).toEqual([]);
  });
  it("holds no record text: it reads the index's meta from the page", () => {
    expect(EARLY_SCRIPT).not.toMatch(/Kuleba|vocab-\d/);
  });
});
