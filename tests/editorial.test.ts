// Editorial overrides and permalinks that never break.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFiles, type Claim } from "../src/lib/index.ts";
import { applyOverrides, readOverrides } from "../src/lib/publish/overrides.ts";
import { resolveLedger, updateLedger } from "../src/lib/publish/ledger.ts";
import { ledgerFile, publish } from "../src/lib/publish/content.ts";
import { corpus, corpusArticles, registry, tempDir } from "./helpers.ts";

const articles = readdirSync(corpusArticles).filter((f) => f.endsWith(".txt")).map((f) => join(corpusArticles, f));
const base = extractFiles([corpusArticles], registry).claims;

function overrides(yaml: string) {
  const dir = tempDir({ "overrides.yaml": yaml });
  return join(dir, "overrides.yaml");
}
const apply = (yaml: string) => {
  const file = overrides(yaml);
  return applyOverrides(base, readOverrides(file, registry), registry, file);
};

describe("editorial overrides", () => {
  // a claim that every field of the correction below changes
  const c = base.find((x) => x.speaker.id !== "hanna-olsen" && x.stance !== "opposes" && x.date !== "2024-01-02" && x.topics.join() !== "ceasefire")!;
  it("correct speaker, stance, topics and date, and say so on the record", () => {
    const { claims } = apply(`${c.id}:\n  speaker: hanna-olsen\n  stance: opposes\n  topics: [ceasefire]\n  date: "2024-01-02"\n  reason: checked against the video\n`);
    const e = claims.find((x) => x.id === c.id)!;
    expect(e.speaker).toMatchObject({ id: "hanna-olsen", name: "Hanna Olsen" });
    expect(e).toMatchObject({ stance: "opposes", topics: ["ceasefire"], date: "2024-01-02", dateBasis: "stated" });
    // the stance now answers the new main topic's question, and is the editor's, not the rule's
    expect(e).toMatchObject({ stanceTopic: "ceasefire", stanceEvidence: null });
    expect(e.edited).toEqual({ fields: ["speaker", "stance", "topics", "date"], reason: "checked against the video" });
    expect(claims).toHaveLength(base.length);
  });
  it("exclude a claim, keeping its reason", () => {
    const { claims, excluded } = apply(`${c.id}:\n  exclude: true\n  reason: not a statement\n`);
    expect(claims.some((x) => x.id === c.id)).toBe(false);
    expect(excluded).toEqual([{ claim: c, reason: "not a statement" }]);
  });
  it.each([
    ["unknown claim id", `# a comment\n\nnot-a-claim-1234:\n  stance: opposes\n  reason: typo\n`, ":3", 'unknown claim id "not-a-claim-1234"'],
    ["unknown speaker", `${c.id}:\n  speaker: nobody-at-all\n  reason: fix\n`, ":1", 'unknown speaker "nobody-at-all"'],
    ["unknown topic", `${c.id}:\n  topics: [weather]\n  reason: fix\n`, ":1", 'unknown topic "weather"'],
    ["bad stance", `${c.id}:\n  stance: maybe\n  reason: fix\n`, ":1", "stance"],
    ["missing reason", `${c.id}:\n  stance: opposes\n`, ":1", "reason"],
    ["unknown field", `${c.id}:\n  colour: red\n  reason: fix\n`, ":1", "colour"],
  ])("reject %s, naming the line", (_, yaml, line, message) => {
    const file = overrides(yaml);
    expect(() => applyOverrides(base, readOverrides(file, registry), registry, file)).toThrow(`${file}${line}: `);
    expect(() => applyOverrides(base, readOverrides(file, registry), registry, file)).toThrow(message);
  });
});

describe("claim ids", () => {
  const idsByArticle = (claims: Claim[]) => {
    const m = new Map<string, string[]>();
    for (const x of claims) m.set(x.article, [...(m.get(x.article) ?? []), x.id]);
    return m;
  };
  const all = idsByArticle(base);
  it("do not change when other articles are added, removed or reordered", () => {
    expect(articles.length).toBeGreaterThanOrEqual(4);
    const runs = [[...articles].reverse(), articles.slice(0, 2), articles.slice(2), [articles[3]!, articles[0]!, articles[1]!]];
    for (const files of runs) {
      const dir = tempDir();
      for (const f of files) {
        copyFileSync(f, join(dir, f.split("/").at(-1)!));
        const meta = f.replace(/\.txt$/, ".meta.yaml");
        if (existsSync(meta)) copyFileSync(meta, join(dir, meta.split("/").at(-1)!));
      }
      for (const [article, ids] of idsByArticle(extractFiles([dir], registry).claims)) expect(ids, article).toEqual(all.get(article));
    }
  });
});

describe("the permalink ledger", () => {
  const claim = (id: string, article: string, text: string, speaker = "s"): Claim => ({ ...base[0]!, id, article, text, speaker: { id: speaker, name: speaker } });
  const v1 = [claim("a-1", "art", "The minister said talks would start in the spring after the elections."), claim("b-2", "art", "The general said the front had not moved."), claim("c-3", "gone", "Someone said something.")];
  const l1 = updateLedger({}, v1, []);

  it("records every published id as live", () => {
    expect(Object.keys(l1).sort()).toEqual(["a-1", "b-2", "c-3"]);
    expect(Object.values(l1).every((e) => e.status === "live")).toBe(true);
  });
  it("moves a corrected claim's old id to its new version, and withdraws the rest", () => {
    const v2 = [claim("a-9", "art", "The minister said talks would start in the summer after the elections."), claim("d-4", "art", "A new statement entirely, unrelated.")];
    const l2 = updateLedger(l1, v2, [{ claim: v1[1]!, reason: "duplicate" }]);
    expect(l2["a-1"]).toMatchObject({ status: "moved", to: "a-9" });
    expect(l2["b-2"]).toMatchObject({ status: "withdrawn" });
    expect(l2["b-2"]!.reason).toContain("duplicate");
    expect(l2["c-3"]).toMatchObject({ status: "withdrawn", reason: "The source article was removed." });
    // a later correction of the new version: the oldest URL still leads to the newest claim
    const l3 = updateLedger(l2, [claim("a-10", "art", "The minister said talks would start in the summer, after the elections.")], []);
    expect(resolveLedger(l3, "a-1")).toBe("a-10");
    expect(resolveLedger(l3, "b-2")).toBeNull();
  });
  it("keeps answering for ids of an article whose text was corrected", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "articles"));
    for (const f of ["speakers.yaml", "topics.yaml"]) copyFileSync(join(corpus, f), join(dir, f));
    const seed = join(corpusArticles, "today-river-talks.txt");
    copyFileSync(seed, join(dir, "articles/a.txt"));
    writeFileSync(ledgerFile(dir), JSON.stringify((await publish(dir)).nextLedger));
    const before = (await publish(dir)).claims.map((x) => x.id);
    // the outlet corrects one quote's wording
    writeFileSync(join(dir, "articles/a.txt"), readFileSync(seed, "utf8").replace("serious diplomacy", "genuine diplomacy"));
    const after = await publish(dir);
    const gone = before.filter((id) => !after.claims.some((x) => x.id === id));
    expect(gone).toHaveLength(1);
    expect(after.nextLedger[gone[0]!]).toMatchObject({ status: "moved" });
    expect(after.claims.some((x) => x.id === after.nextLedger[gone[0]!]!.to)).toBe(true);
  });
});
