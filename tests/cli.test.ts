// The CLI's contract: JSON on stdout, warnings on stderr, one-line errors naming the file.
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Output } from "../src/lib/index.ts";
import { root, runCli, tempDir } from "./helpers.ts";

const seed = join(root, "content/articles/004_27b3197e02e16d2f.txt");
const oneLine = (s: string) => s.trim().split("\n").length === 1;

function expectError(args: string[], ...parts: string[]) {
  const r = runCli(...args);
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe("");
  expect(oneLine(r.stderr), r.stderr).toBe(true);
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
  for (const p of parts) expect(r.stderr).toContain(p);
}

describe("npm run claims", () => {
  it("reads content/articles by default and prints valid records", () => {
    const r = runCli();
    expect(r.code, r.stderr).toBe(0);
    const out = Output.parse(JSON.parse(r.stdout));
    expect(out.articles.map((a) => a.id)).toEqual([
      "000_45d9f2f6285b1d98",
      "001_385e1352dc289720",
      "002_9ddf3f7bce54cc1c",
      "003_d7caa7df9bb2028b",
      "004_27b3197e02e16d2f",
    ]);
    for (const a of out.articles) expect(a.claimCount).toBe(out.claims.filter((c) => c.article === a.id).length);
    expect(new Set(out.claims.map((c) => c.id)).size).toBe(out.claims.length);
  });

  it("takes a plain .txt file from anywhere, with no sidecar", () => {
    const dir = tempDir();
    copyFileSync(seed, join(dir, "plain.txt"));
    const r = runCli(join(dir, "plain.txt"));
    expect(r.code, r.stderr).toBe(0);
    const out = Output.parse(JSON.parse(r.stdout));
    expect(out.articles[0]!.id).toBe("plain");
    // the dateline in the text still dates the article
    expect(out.articles[0]!.published).toBe("2023-09-11T13:58");
    expect(out.claims.length).toBeGreaterThan(5);
  });

  it("warns, and exits 0, for an article with no claims", () => {
    const dir = tempDir({ "quiet.txt": "The river rose by two metres overnight. Roads were closed.\n" });
    const r = runCli(dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*quiet\.txt: no attributed statements/);
    expect(JSON.parse(r.stdout).articles).toHaveLength(1);
  });

  it("rejects a missing path", () => expectError(["/nonexistent/x.txt"], "/nonexistent/x.txt", "no such file"));
  it("rejects an empty file", () => {
    const dir = tempDir({ "empty.txt": "" });
    expectError([join(dir, "empty.txt")], "empty.txt", "empty");
  });
  it("rejects a whitespace-only file", () => {
    const dir = tempDir({ "blank.txt": " \n\t\r\n  " });
    expectError([join(dir, "blank.txt")], "blank.txt", "empty");
  });
  it("rejects a binary file", () => {
    const dir = tempDir({ "bin.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]) });
    expectError([join(dir, "bin.txt")], "bin.txt", "binary");
  });
  it("rejects invalid UTF-8", () => {
    const dir = tempDir({ "latin1.txt": new Uint8Array([0x53, 0x61, 0x69, 0x64, 0x20, 0xe9, 0x74, 0xe9, 0x2e]) });
    expectError([join(dir, "latin1.txt")], "latin1.txt", "UTF-8");
  });
  it("rejects a sidecar that fails its schema, naming the field", () => {
    const dir = tempDir({ "a.meta.yaml": 'published: "next Tuesday"\n' });
    copyFileSync(seed, join(dir, "a.txt"));
    expectError([join(dir, "a.txt")], "a.meta.yaml", "published");
  });
  it("rejects a sidecar with an unknown field", () => {
    const dir = tempDir({ "a.meta.yaml": "outlet: X\npublisher: Y\n" });
    copyFileSync(seed, join(dir, "a.txt"));
    expectError([join(dir, "a.txt")], "a.meta.yaml", "publisher");
  });
  it("rejects a sidecar whose date disagrees with the text's dateline", () => {
    const dir = tempDir({ "a.meta.yaml": 'published: "2023-09-12"\n' });
    copyFileSync(seed, join(dir, "a.txt"));
    expectError([join(dir, "a.txt")], "a.txt", "2023-09-12", "2023-09-11");
  });
  it("rejects two articles with one id", () => {
    const a = tempDir();
    const b = tempDir();
    copyFileSync(seed, join(a, "same.txt"));
    copyFileSync(seed, join(b, "same.txt"));
    expectError([a, b], "same.txt", 'article id "same"');
  });
  it("keeps the seeds byte-identical to ../shared/seeds", () => {
    for (const id of ["000_45d9f2f6285b1d98", "001_385e1352dc289720", "002_9ddf3f7bce54cc1c", "003_d7caa7df9bb2028b", "004_27b3197e02e16d2f"]) {
      const mine = readFileSync(join(root, "content/articles", `${id}.txt`));
      const theirs = readFileSync(join(root, "..", "shared/seeds", `${id}.txt`));
      expect(mine.equals(theirs), id).toBe(true);
    }
  });
});
