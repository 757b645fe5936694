// A new story: a content folder that holds only articles/ (no registries,
// overrides, ledger or site.yaml) still publishes, with a neutral site name,
// no topics and so no stance; a bad site.yaml is a one-line error naming it.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publish } from "../src/lib/publish/content.ts";
import { InputError, loadSiteConfig } from "../src/lib/index.ts";
import { corpusArticles, tempDir } from "./helpers.ts";

function articlesOnly(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "articles"));
  for (const f of readdirSync(corpusArticles).filter((f) => f.endsWith(".txt"))) copyFileSync(join(corpusArticles, f), join(dir, "articles", f));
  return dir;
}

describe("a content folder with articles only", () => {
  it("publishes its claims, each with no topic and so a neutral stance", async () => {
    const out = await publish(articlesOnly(), { workers: 0 });
    expect(out.claims.length).toBeGreaterThan(0);
    for (const c of out.claims) expect(c).toMatchObject({ topics: [], stance: "neutral", stanceTopic: null });
  });
  it("gets a neutral site name, and site.yaml's when there is one", () => {
    const dir = articlesOnly();
    expect(loadSiteConfig(dir).name).toBe("Who said what");
    writeFileSync(join(dir, "site.yaml"), "name: The harbour strike\ndescription: Who said what about the strike.\n");
    expect(loadSiteConfig(dir)).toEqual({ name: "The harbour strike", description: "Who said what about the strike." });
  });
  it("rejects a site.yaml with an unknown field in one line naming the file", () => {
    const dir = articlesOnly();
    writeFileSync(join(dir, "site.yaml"), "name: X\ncolour: red\n");
    expect(() => loadSiteConfig(dir)).toThrow(InputError);
    expect(() => loadSiteConfig(dir)).toThrow(/site\.yaml/);
  });
});
