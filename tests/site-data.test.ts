// The site's records come from the one extraction library, and every
// reference between them resolves.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publish } from "../src/lib/publish/content.ts";
import { articleEntries, claimEntries, speakerEntries, topicEntries } from "../src/site/entries.ts";
import { toCsv } from "../src/site/export.ts";
import { claimJsonLd, jsonForScript } from "../src/site/jsonld.ts";
import { formatDate, monthSearchUrl, otherVersions, VERSIONS_LISTED } from "../src/site/format.ts";
import { SPEAKER_KIND_HEADING, SPEAKER_KINDS, STANCE_LABEL, STANCES } from "../src/site/vocabulary.ts";
import { SpeakerKind, Stance } from "../src/lib/schema.ts";
import type { ClaimData } from "../src/site/data.ts";
import { segments } from "../src/site/marks.ts";
import { searchExample, stanceSection, TOPIC_PER_SPEAKER, TOPIC_SPEAKERS_LISTED } from "../src/site/page-data.ts";
import { corpus as corpusDir, root, tempDir } from "./helpers.ts";
import { articleParagraphs, sourceTitle, textDigest, type ArticleSource } from "../src/site/article-text.ts";

// The test corpus, published as the site publishes content/.
const corpus = await publish(corpusDir);
const ids = (e: Array<{ id: string }>) => new Set(e.map((x) => x.id));

describe("site records", () => {
  const claims = claimEntries(corpus);
  const speakers = ids(speakerEntries(corpus));
  const topics = ids(topicEntries(corpus));
  const articles = ids(articleEntries(corpus));

  it("resolve every claim's speaker, topic and article reference", () => {
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(speakers.has(c.speaker.id), `${c.id} → speaker ${c.speaker.id}`).toBe(true);
      expect(articles.has(c.article), `${c.id} → article ${c.article}`).toBe(true);
      for (const t of c.topics) expect(topics.has(t), `${c.id} → topic ${t}`).toBe(true);
    }
  });

  it("give every speaker with claims a page, with the registry's aliases", () => {
    const entries = speakerEntries(corpus);
    const vasylenko = entries.find((s) => s.id === "iryna-vasylenko");
    expect(vasylenko?.aliases).toContain("Irina Vasilenko");
    expect(entries.reduce((n, s) => n + s.claimCount, 0)).toBe(claims.length);
  });

  it("give the pages each article's body paragraphs as slices of the raw text", () => {
    const entries: ArticleSource[] = articleEntries(corpus);
    expect(entries.length).toBeGreaterThan(0);
    for (const a of entries) {
      const raw = corpus.texts.get(a.id)!.raw;
      const paragraphs = articleParagraphs(a);
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const p of paragraphs) expect(p.text).toBe(raw.slice(p.start, p.end));
    }
  });

  it("suggest a search from the story's own data: the most quoted person's surname and the topic most spoken of", () => {
    const speakers = speakerEntries(corpus);
    const topics = topicEntries(corpus);
    const person = speakers.filter((s) => s.kind === "person").sort((a, b) => b.claimCount - a.claimCount)[0]!;
    const topic = topics.filter((t) => t.claimCount > 0).sort((a, b) => b.claimCount - a.claimCount)[0]!;
    const example = searchExample(speakers, topics);
    expect(example).toContain(person.name.split(" ").at(-1)!);
    expect(example).toContain(topic.title);
    expect(searchExample([], [])).toBe("a name or words");
  });

  it("give an untitled article a title: outlet and date, else its first line, never its file id", () => {
    const text = "Talks on the river resumed today\nafter a week of shelling.\n\nMore text.\n";
    const dir = tempDir({ "000_45d9f2f6285b1d98.txt": text });
    const a = { id: "000_45d9f2f6285b1d98", file: join(dir, "000_45d9f2f6285b1d98.txt"), textDigest: textDigest(text), paragraphs: [{ start: 0, end: text.indexOf("\n\n") }] };
    expect(sourceTitle({ ...a, title: "A headline", outlet: "The Post", published: "2024-11-08" })).toBe("A headline");
    expect(sourceTitle({ ...a, title: null, outlet: "The Post", published: "2024-11-08T13:02" })).toBe("The Post, 8 November 2024");
    expect(sourceTitle({ ...a, title: null, outlet: null, published: null })).toBe("Talks on the river resumed today after a week of shelling.");
  });

  it("refuse an article file that changed after its claims were extracted", () => {
    const dir = tempDir({ "a.txt": "WASHINGTON — The minister said on Monday that talks would resume.\n" });
    const a = { id: "a", file: join(dir, "a.txt"), textDigest: textDigest("WASHINGTON — The minister said on Monday that talks would resume.\n"), paragraphs: [{ start: 0, end: 10 }] };
    expect(articleParagraphs(a)[0]!.text).toBe("WASHINGTON");
    writeFileSync(a.file, "Edited later: the minister said nothing.\n");
    // the same article as a later sync describes it is read afresh…
    expect(articleParagraphs({ ...a, textDigest: textDigest("Edited later: the minister said nothing.\n") })[0]!.text).toBe("Edited lat");
    // …but text that no longer matches the extracted spans is an error naming the file
    expect(() => articleParagraphs({ ...a, id: "b" })).toThrow(/a\.txt: changed after its claims were extracted/);
  });
});

describe("one vocabulary", () => {
  it("lists exactly the schema's stances and speaker kinds, each with a label", () => {
    expect([...STANCES].sort()).toEqual([...Stance.options].sort());
    expect([...SPEAKER_KINDS].sort()).toEqual([...SpeakerKind.options].sort());
    for (const s of Stance.options) expect(STANCE_LABEL[s]).toMatch(/^\p{Lu}/u);
    for (const k of SpeakerKind.options) expect(SPEAKER_KIND_HEADING[k]).toMatch(/^\p{Lu}/u);
  });
  it("is the one list the search index, the pages and the exports use", () => {
    // no stance or speaker-kind list written out anywhere else in the site's code
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(astro|ts)$/.test(e.name) ? [join(dir, e.name)] : []));
    const offenders = [...files(join(root, "src/site")), ...files(join(root, "src/pages")), ...files(join(root, "src/components")), ...files(join(root, "src/scripts"))]
      .filter((f) => !f.endsWith("vocabulary.ts"))
      .filter((f) => /["'](supports|opposes|conditional|neutral)["'][^\n]*["'](supports|opposes|conditional|neutral)["']/.test(readFileSync(f, "utf8")) || /["']Unnamed officials["']|["']Opposes["']/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("rendering helpers", () => {
  it("link a month to a search from its first to its real last day", () => {
    expect(monthSearchUrl("2022-11")).toBe("/search/?from=2022-11-01&to=2022-11-30");
    expect(monthSearchUrl("2024-02")).toBe("/search/?from=2024-02-01&to=2024-02-29");
    expect(monthSearchUrl("2023-02")).toBe("/search/?from=2023-02-01&to=2023-02-28");
    expect(monthSearchUrl("2024-12")).toBe("/search/?from=2024-12-01&to=2024-12-31");
  });
  it("write dates for people", () => {
    expect(formatDate("2024-11-07")).toBe("7 November 2024");
    expect(formatDate("2024-11")).toBe("November 2024");
    expect(formatDate("")).toBe("undated");
  });
  it("serialise JSON-LD so no record text can close the script element", () => {
    const out = jsonForScript({ text: "</script><script>alert(1)</script> & \u2028" });
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out).text).toBe("</script><script>alert(1)</script> & \u2028");
  });
  it("quote every CSV field and defuse formulas", () => {
    const claim = claimEntries(corpus)[0] as never as Parameters<typeof toCsv>[0][number];
    const csv = toCsv([{ ...claim, text: '=HYPERLINK("x") said "hi"' }]);
    expect(csv.split("\r\n")[1]).toContain(`"'=HYPERLINK(""x"") said ""hi"""`);
    // a UTF-8 byte order mark, so spreadsheets show curly quotes as such
    expect(csv.startsWith("\uFEFF\"id\",") || csv.startsWith("\uFEFFid,")).toBe(true);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
  it("split a paragraph into plain and highlighted segments that rebuild it", () => {
    const p = { start: 10, end: 30, text: "abcdefghijklmnopqrst" };
    const segs = segments(p, [{ start: 15, end: 20, id: "x" }, { start: 25, end: 40, id: "y" }]);
    expect(segs.map((s) => s.text).join("")).toBe(p.text);
    expect(segs.filter((s) => s.claimId).map((s) => s.text)).toEqual(["fghij", "pqrst"]);
  });
});

describe("untrusted text is never injected as HTML", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.(astro|ts)$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  const src = files(join(root, "src")).map((f) => ({ f, text: readFileSync(f, "utf8") }));

  it("uses set:html only for the escaped JSON-LD serialiser and the search page's early script (a constant, no record text)", () => {
    const uses = src.filter(({ text }) => text.includes("set:html"));
    expect(uses.map(({ f }) => f.slice(root.length))).toEqual(["src/layouts/Base.astro", "src/pages/search/index.astro"]);
    expect(uses[0]!.text.match(/set:html=\{[^}]*\}/g)).toEqual(["set:html={jsonForScript(jsonLd)}"]);
    expect(uses[1]!.text.match(/set:html=\{[^}]*\}/g)).toEqual(["set:html={EARLY_SCRIPT}"]);
    expect(uses[1]!.text).toMatch(/import \{ EARLY_SCRIPT, EARLY_SCRIPT_HASH \} from "..\/..\/site\/search-early.ts";/);
  });
  it("builds no browser DOM from HTML strings", () => {
    for (const { f, text } of src) expect(text, f).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe("a statement carried by many outlets", () => {
  // A wire story in 200 outlets: each claim page lists a bounded number of the
  // others (its statement page lists them all), so the work per page is constant.
  const claim: ClaimData = claimEntries(corpus)[0]!;
  const versions = Array.from({ length: 200 }, (_, i) => ({
    ...claim,
    id: `v${i}`,
    article: `a${i}`,
    source: { ...claim.source, outlet: `Outlet ${i}`, published: `2024-01-01T${String(i % 24).padStart(2, "0")}:00` },
  }));

  it("lists the earliest few others on a claim's page, and says whether there are more", () => {
    const late = otherVersions(versions, versions[150]!);
    expect(late.more).toBe(true);
    expect(late.listed.map((v) => v.id)).toEqual(versions.slice(0, VERSIONS_LISTED).map((v) => v.id));
    const early = otherVersions(versions, versions[3]!);
    expect(early.listed).toHaveLength(VERSIONS_LISTED);
    expect(early.listed.map((v) => v.id)).not.toContain("v3");
    expect(otherVersions([versions[0]!], versions[0]!)).toEqual({ listed: [], more: false });
    // from the earliest VERSIONS_LISTED + 2, as a claim page is given them: "more" without a count
    const first = versions.slice(0, VERSIONS_LISTED + 2);
    expect(otherVersions(first, versions[150]!).more).toBe(true);
    expect(otherVersions(first.slice(0, VERSIONS_LISTED + 1), versions[VERSIONS_LISTED]!).more).toBe(false);
    expect(otherVersions(first, versions[VERSIONS_LISTED + 1]!).more).toBe(true);
  });

  it("keeps the JSON-LD's first appearance and the page's own, within the same bound", () => {
    const ld = claimJsonLd(versions[150]!, new URL("https://example.org"), "person", versions) as {
      firstAppearance: { publisher: { name: string } };
      appearance: Array<{ publisher: { name: string } }>;
    };
    expect(ld.firstAppearance.publisher.name).toBe("Outlet 0");
    expect(ld.appearance.length).toBeLessThanOrEqual(VERSIONS_LISTED + 2);
    expect(ld.appearance.map((a) => a.publisher.name)).toContain("Outlet 150");
  });

  it("lists an article once in the JSON-LD, however many of its claims report the statement", () => {
    const twice = [versions[0]!, { ...versions[1]!, article: versions[0]!.article, source: versions[0]!.source }, versions[2]!];
    const ld = claimJsonLd(twice[1]!, undefined, "person", twice) as { appearance: Array<{ publisher: { name: string } }> };
    expect(ld.appearance.map((a) => a.publisher.name)).toEqual(["Outlet 0", "Outlet 2"]);
  });
});

describe("a topic page's stance sections", () => {
  const base: ClaimData = claimEntries(corpus)[0]!;
  // 30 speakers, each with 7 statements on the topic, interleaved newest first; every fourth opposes
  const claims: ClaimData[] = Array.from({ length: 210 }, (_, i) => ({
    ...base,
    id: `c${i}`,
    speaker: { ...base.speaker, id: `s${i % 30}` },
    stance: i % 4 === 3 ? "opposes" : "supports",
  }));

  it("lists a bounded number of speakers and statements, and counts the rest", () => {
    for (const stance of STANCES) {
      const these = claims.filter((c) => c.stance === stance);
      const section = stanceSection(claims, stance);
      const speakers = new Set(these.map((c) => c.speaker.id));
      expect(section.total).toBe(these.length);
      expect(section.speakers.length).toBe(Math.min(speakers.size, TOPIC_SPEAKERS_LISTED));
      expect(section.unlisted).toBe(speakers.size - section.speakers.length);
      for (const s of section.speakers) {
        const mine = these.filter((c) => c.speaker.id === s.id);
        expect(s.count).toBe(mine.length);
        expect(s.shown).toEqual(mine.slice(0, TOPIC_PER_SPEAKER));
      }
      // the speakers heard from last come first
      expect(section.speakers.map((s) => s.id)).toEqual([...speakers].slice(0, TOPIC_SPEAKERS_LISTED));
    }
    expect(stanceSection(claims, "supports").unlisted).toBeGreaterThan(0);
  });
});
