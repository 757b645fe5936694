// The CLI's contract: JSON on stdout, warnings on stderr, one-line errors naming the file.
// It runs on the test corpus (tests/fixtures/corpus), never on content/.
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Output } from "../src/lib/index.ts";
import { corpusArticles, runCli, tempDir } from "./helpers.ts";

// An article dated only by the dateline in its text (8 Mar, 2024 16:20), with no sidecar.
const dated = join(corpusArticles, "wire-brenner-briefing.txt");
const oneLine = (s: string) => s.trim().split("\n").length === 1;

async function expectError(args: string[], ...parts: string[]) {
  const r = await runCli(...args);
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe("");
  expect(oneLine(r.stderr), r.stderr).toBe(true);
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
  for (const p of parts) expect(r.stderr).toContain(p);
}

// Each case starts its own Node process; they run side by side.
describe.concurrent("npm run claims", () => {
  it("reads the content folder's articles by default and prints valid records", async () => {
    const r = await runCli();
    expect(r.code, r.stderr).toBe(0);
    const out = Output.parse(JSON.parse(r.stdout));
    const ids = readdirSync(corpusArticles).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
    expect(ids.length).toBeGreaterThan(1);
    expect(out.articles.map((a) => a.id)).toEqual(ids);
    for (const a of out.articles) expect(a.claimCount).toBe(out.claims.filter((c) => c.article === a.id).length);
    expect(new Set(out.claims.map((c) => c.id)).size).toBe(out.claims.length);
    // the registry comes from the same folder: a transliteration resolves to its registry id
    expect(out.claims.some((c) => c.speaker.id === "iryna-vasylenko" && c.article === "today-river-talks")).toBe(true);
  });

  it("takes a plain .txt file from anywhere, with no sidecar", async () => {
    const dir = tempDir();
    copyFileSync(dated, join(dir, "plain.txt"));
    const r = await runCli(join(dir, "plain.txt"));
    expect(r.code, r.stderr).toBe(0);
    const out = Output.parse(JSON.parse(r.stdout));
    expect(out.articles[0]!.id).toBe("plain");
    // the dateline in the text still dates the article
    expect(out.articles[0]!.published).toBe("2024-03-08T16:20");
    expect(out.claims.length).toBeGreaterThanOrEqual(3);
  });

  it("warns, and exits 0, for an article with no claims", async () => {
    const dir = tempDir({ "quiet.txt": "The river rose by two metres overnight. Roads were closed.\n" });
    const r = await runCli(dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*quiet\.txt: no attributed statements/);
    expect(JSON.parse(r.stdout).articles).toHaveLength(1);
  });

  it("rejects a missing path", () => expectError(["/nonexistent/x.txt"], "/nonexistent/x.txt", "no such file"));
  it("rejects an empty file", () => {
    const dir = tempDir({ "empty.txt": "" });
    return expectError([join(dir, "empty.txt")], "empty.txt", "empty");
  });
  it("rejects a whitespace-only file", () => {
    const dir = tempDir({ "blank.txt": " \n\t\r\n  " });
    return expectError([join(dir, "blank.txt")], "blank.txt", "empty");
  });
  it("rejects a binary file", () => {
    const dir = tempDir({ "bin.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]) });
    return expectError([join(dir, "bin.txt")], "bin.txt", "binary");
  });
  it("rejects invalid UTF-8", () => {
    const dir = tempDir({ "latin1.txt": new Uint8Array([0x53, 0x61, 0x69, 0x64, 0x20, 0xe9, 0x74, 0xe9, 0x2e]) });
    return expectError([join(dir, "latin1.txt")], "latin1.txt", "UTF-8");
  });
  it("rejects a sidecar that fails its schema, naming the field", () => {
    const dir = tempDir({ "a.meta.yaml": 'published: "next Tuesday"\n' });
    copyFileSync(dated, join(dir, "a.txt"));
    return expectError([join(dir, "a.txt")], "a.meta.yaml", "published");
  });
  it("rejects a sidecar with an unknown field", () => {
    const dir = tempDir({ "a.meta.yaml": "outlet: X\npublisher: Y\n" });
    copyFileSync(dated, join(dir, "a.txt"));
    return expectError([join(dir, "a.txt")], "a.meta.yaml", "publisher");
  });
  it("rejects a sidecar whose date disagrees with the text's dateline", () => {
    const dir = tempDir({ "a.meta.yaml": 'published: "2024-03-09"\n' });
    copyFileSync(dated, join(dir, "a.txt"));
    return expectError([join(dir, "a.txt")], "a.txt", "2024-03-09", "2024-03-08");
  });
  it("rejects two articles with one id", () => {
    const a = tempDir();
    const b = tempDir();
    copyFileSync(dated, join(a, "same.txt"));
    copyFileSync(dated, join(b, "same.txt"));
    return expectError([a, b], "same.txt", 'article id "same"');
  });
});
