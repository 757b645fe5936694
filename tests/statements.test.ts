// Grouping claims that report the same statement: precise first.
import { describe, expect, it } from "vitest";
import { extractFiles, type Claim } from "../src/lib/index.ts";
import fc from "fast-check";
import { groupStatements, STATEMENT_STOPWORDS, stems, wordDiff } from "../src/lib/publish/statements.ts";
import { textFragmentUrl } from "../src/site/format.ts";
import { atomFeed, xml } from "../src/site/feeds.ts";
import { corpusArticles, registry } from "./helpers.ts";

const claims = extractFiles([corpusArticles], registry).claims;
const groupOf = (groups: ReturnType<typeof groupStatements>, test: (c: Claim) => boolean) => {
  const ids = new Set(claims.filter(test).map((c) => c.id));
  return groups.filter((g) => g.claims.some((id) => ids.has(id)));
};

describe("statement groups on the test corpus", () => {
  const groups = groupStatements(claims);
  it("group Brenner's briefing as two outlets worded it (durable vs lasting settlement)", () => {
    const g = groupOf(groups, (c) => /just and (durable|lasting) settlement/.test(c.text));
    expect(g).toHaveLength(1);
    const members = g[0]!.claims.map((id) => claims.find((c) => c.id === id)!);
    expect(members.map((c) => c.article).sort()).toEqual(["meridian-brenner-briefing", "wire-brenner-briefing"]);
    expect(new Set(members.map((c) => c.speaker.id))).toEqual(new Set(["tomas-brenner"]));
    // earliest report first: the wire (16:20) before the Meridian Post (18:05)
    expect(members.map((c) => c.article)).toEqual(["wire-brenner-briefing", "meridian-brenner-briefing"]);
  });
  it("never merge different statements of one speaker across outlets", () => {
    for (const g of groups) {
      const members = g.claims.map((id) => claims.find((c) => c.id === id)!);
      expect(new Set(members.map((c) => c.speaker.id)).size, g.id).toBe(1);
      expect(new Set(members.map((c) => c.article)).size, g.id).toBe(members.length);
    }
    // Vasylenko and Solomin in 2023 (Kestovia Today) and 2024 (the Courier): other statements
    for (const id of ["iryna-vasylenko", "gennady-solomin"]) {
      expect(new Set(claims.filter((c) => c.speaker.id === id).map((c) => c.article)).size, id).toBeGreaterThan(1);
      expect(groupOf(groups, (c) => c.speaker.id === id), id).toEqual([]);
    }
  });
  it("does not merge near-identical words from different speakers or dates far apart", () => {
    const base = claims.find((c) => /just and durable settlement/.test(c.text))!;
    const twin = claims.find((c) => /just and lasting settlement/.test(c.text))!;
    expect(groupStatements([base, twin])).toHaveLength(1);
    const otherSpeaker = { ...twin, speaker: { id: "someone-else", name: "Someone Else" } };
    expect(groupStatements([base, otherSpeaker])).toEqual([]);
    const yearLater = { ...twin, date: "2025-11-07", dateBasis: "stated" as const };
    expect(groupStatements([{ ...base, date: "2024-11-07", dateBasis: "stated" }, yearLater])).toEqual([]);
  });
  it("do not count the words that name the speaker, which all of their reports share", () => {
    // invented reports: one speaker, two outlets, the same way of introducing her
    const speaker = { id: "jane-okafor", name: "Jane Okafor", role: "Deputy Foreign Minister" };
    const report = (article: string, text: string): Claim => ({ ...claims[0]!, id: `c-${article}-${text.length}`, article, speaker, text, quote: null, dateBasis: "published" });
    const frame = "Jane Okafor, a deputy foreign minister, revealed last year that";
    const corridor = report("a1", `${frame} the grain corridor will reopen next spring once both sides sign the inspection protocol.`);
    const sanctions = report("a2", `${frame} sanctions relief is not on the table.`);
    expect(groupStatements([corridor, sanctions])).toEqual([]);
    // the same statement worded by another outlet still meets its twin
    const corridorAgain = report("a3", "The grain corridor will reopen next spring once both sides sign the inspection protocol, Deputy Foreign Minister Jane Okafor told reporters.");
    expect(groupStatements([corridor, sanctions, corridorAgain]).map((g) => g.claims.sort())).toEqual([[corridor.id, corridorAgain.id].sort()]);
  });
});

describe("word differences", () => {
  it("mark what each version has that the other lacks", () => {
    const d = wordDiff("a just and durable peace", "a just and lasting peace");
    expect(d.filter((t) => t.in === "a").map((t) => t.text)).toEqual(["durable "]);
    expect(d.filter((t) => t.in === "b").map((t) => t.text)).toEqual(["lasting "]);
    expect(d.filter((t) => t.in !== "a").map((t) => t.text).join("")).toBe("a just and lasting peace");
  });
});

describe("deep links and feeds", () => {
  it("link to the quoted words with a text fragment", () => {
    expect(textFragmentUrl("https://x.org/a", "“cannot be ended, by force-fed talks”")).toBe("https://x.org/a#:~:text=cannot%20be%20ended%2C%20by%20force%2Dfed%20talks");
    expect(textFragmentUrl("https://x.org/a", "one two three four five six seven eight nine ten")).toBe("https://x.org/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten");
  });
  it("write Atom that stays well-formed whatever the text holds", async () => {
    expect(xml('<a href="x">&\u0001')).toBe("&lt;a href=&quot;x&quot;&gt;&amp;");
    const c = { ...claims[0]!, statementGroup: null, text: "</summary><script>", quote: null } as never;
    const body = await atomFeed({ title: "T & <T>", path: "/feed.xml", site: new URL("https://x.org"), claims: [c] }).text();
    expect(body).toContain("<title>T &amp; &lt;T&gt;</title>");
    expect(body).not.toContain("<script>");
    expect(body.match(/<entry>/g)).toHaveLength(1);
  });
});

describe("stems", () => {
  // the rule as first written, with patterns
  const reference = (text: string) =>
    (text.normalize("NFKD").toLowerCase().match(/\p{L}+/gu) ?? [])
      .filter((w) => w.length > 2 && !STATEMENT_STOPWORDS.has(w))
      .map((w) => w.replace(/(ing|ed|es|s)$/, "").replace(/(.)\1$/, "$1"));
  // letters (some that make suffixes and doubles), stopwords' letters, separators, and characters beyond ASCII
  const chars = fc.constantFrom(..."aeginsdtlhABZ09 .,'-\n", "\u00a0", "’", "“", "—", "…", "é", "ß", "ﬁ", "\u0301", "ı", "Ω");

  it("are the patterns' stems of the text's words, for any text", () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }).map((cs) => cs.join("")), (s) => {
        expect(stems(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
    expect(stems("Sings, goes; passed — dressing the deeds")).toEqual(["sing", "go", "pas", "dres", "deed"]);
  });
});
