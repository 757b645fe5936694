// The search page's early script (src/site/search-early.ts) fetches, while the
// page is parsed, files the search app then reads for the query in the URL:
// exactly the vocabulary files, and then the postings files the app asks for
// before any Fuse runs, and the plainly named speaker's latest and speakers
// files; never one the app does not read (a wasted request).
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { EARLY_SCRIPT } from "../src/site/search-early.ts";
import { buildSearchFiles, makeSearcher, searchFileList, type Loader, type SearchDoc } from "../src/site/search.ts";

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
  // enough claims for postings, speakers and latest files of their own (small sizes below)
  ...Array.from({ length: 24 }, (_, i) => doc(`c${i + 5}`, i % 3 ? "Dmytro Kuleba" : "Anna Rivers", `Talks on the border ${i % 2 ? "resume" : "stall"}, and aid to Kyiv.`)),
];
const files = buildSearchFiles(docs, { display: 3, facets: 4, postings: 30, speakers: 12, inline: 4, latest: 2, latestFile: 30 });
const byName = new Map(searchFileList(files).map(([name, content]) => [`/base/search/${name}`, content]));

/** The files the early script asks for, given the page's URL (each file's content is served). */
async function early(q: string | null): Promise<string[]> {
  const asked: string[] = [];
  const meta = JSON.stringify({ ...files.meta, dir: "/base/search/" });
  runInNewContext(EARLY_SCRIPT, {
    document: { querySelector: (s: string) => (s === 'meta[name="search-index"]' ? { getAttribute: () => meta } : null), getElementById: () => ({ getAttribute: () => "10" }) },
    location: { search: q === null ? "" : `?q=${encodeURIComponent(q)}` },
    URLSearchParams,
    Set,
    Array,
    JSON,
    Promise,
    Error,
    fetch: async (url: string) => (asked.push(url), { ok: byName.has(url), json: async () => byName.get(url) }),
    window: {},
  });
  await new Promise((r) => setTimeout(r, 10));
  return asked.sort();
}

/** The files the searcher reads for the query and its first results, by kind. */
async function read(q: string): Promise<Record<string, string[]>> {
  const got: Record<string, Set<string>> = {};
  const file =
    <T>(kind: string, list: T[]) =>
    async (k: number) => ((got[kind] ??= new Set()).add(`/base/search/${kind}-${k}.json`), list[k]!);
  const none = async () => {
    throw new Error("not needed");
  };
  const loader: Loader = {
    vocab: file("vocab", files.vocab),
    postings: file("postings", files.postings),
    speakers: file("speakers", files.speakers),
    who: none,
    latest: file("latest", files.latest),
    dates: none,
    facets: none,
    display: file("display", files.display),
  };
  const s = makeSearcher(files.meta, loader);
  // the query, and the rows of the first results the page paints
  const { hits } = await s.query(q);
  await s.displayMany(hits.slice(0, 10).map((h) => h.index));
  return Object.fromEntries(Object.entries(got).map(([kind, names]) => [kind, [...names].sort()]));
}

const QUERIES = ["Kuleba", "Kulbea talks", "the peace of the river", "ÖLGA élan", "x", "sanctions, négotiations!", "zz qq", "Moscow 2024", "Dmytro Kuleba", "Anna Rivers", "border resume", "bodrer", "Rivers"];

describe("the search page's early script", () => {
  it("fetches the vocabulary files of the query's words, as the app reads them", async () => {
    expect(files.postings.length).toBeGreaterThan(1);
    for (const q of QUERIES) expect((await early(q)).filter((f) => f.includes("/vocab-")), q).toEqual((await read(q)).vocab ?? []);
  });
  it("fetches no file the app does not read", async () => {
    for (const q of QUERIES) {
      const app = Object.values(await read(q)).flat();
      for (const f of await early(q)) expect(app, `${q}: ${f}`).toContain(f);
    }
  });
  it("fetches the postings of the query's words themselves, and a plainly named speaker's latest and speakers files", async () => {
    const kinds = async (q: string) => new Set((await early(q)).map((f) => f.replace(/^.*\/([a-z]+)-\d+\.json$/, "$1")));
    expect(await kinds("border resume")).toContain("postings");
    expect(await kinds("Dmytro Kuleba")).toEqual(new Set(["vocab", "postings", "latest", "speakers"]));
    // the app reads the same: its latest file is asked for once Fuse has named the speaker
    const named = (await early("Dmytro Kuleba")).filter((f) => /latest|speakers/.test(f));
    expect(Object.values(await read("Dmytro Kuleba")).flat()).toEqual(expect.arrayContaining(named));
    // "Rivers" names two speakers: no guess
    expect((await early("Rivers")).some((f) => f.includes("/latest-"))).toBe(false);
  });
  it("fetches the display files of the first results when no speaker may be named, and only then", async () => {
    const displays = async (q: string) => (await early(q)).filter((f) => f.includes("/display-"));
    const firstRows = async (q: string) => (await read(q)).display ?? [];
    expect((await displays("border resume")).length).toBeGreaterThan(0);
    expect(await firstRows("border resume")).toEqual(expect.arrayContaining(await displays("border resume")));
    // a word of a speaker's name ("Kuleba", "Rivers"): that speaker's claims come first, from other files
    for (const q of ["Kuleba", "Rivers", "Anna border"]) expect(await displays(q), q).toEqual([]);
  });
  it("does nothing without a query", async () => {
    expect(await early(null)).toEqual([]);
    expect(await early("")).toEqual([]);
  });
  it("holds no record text: it reads the index's meta from the page", () => {
    expect(EARLY_SCRIPT).not.toMatch(/Kuleba|vocab-\d/);
  });
});
