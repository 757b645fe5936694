// The site build reads the content folder with the extraction library: a bad
// file stops it with one line naming the file and what is wrong, and a
// non-zero exit (no stack trace, no site built without that article); and the
// library's worker threads run from the build's bundled code too.
import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpus, tempDir } from "../helpers.ts";
import { buildContent, runBuild } from "./fixture-site.ts";

describe("the site build and its input", () => {
  /** Builds a copy of the test corpus after `spoil` has spoiled one of its files (named by its return). */
  function buildSpoiled(spoil: (content: string) => string) {
    const work = tempDir();
    const content = join(work, "content");
    cpSync(corpus, content, { recursive: true });
    const file = spoil(content);
    const r = runBuild(content, join(work, "dist"), { extract: join(work, "x"), astro: join(work, "a") });
    expect(r.status).not.toBe(0);
    const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(file);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    return errors[0]!;
  }

  it("fails with one line naming the file", () => {
    buildSpoiled((content) => {
      const article = readdirSync(join(content, "articles")).find((f) => f.endsWith(".txt"))!;
      const sidecar = join(content, "articles", article.replace(/\.txt$/, ".meta.yaml"));
      writeFileSync(sidecar, "published: [never closed\n");
      return sidecar;
    });
  }, 120_000);

  it("fails with one line naming a site.yaml that is not the site's settings", () => {
    const error = buildSpoiled((content) => {
      writeFileSync(join(content, "site.yaml"), "title: Who said what about the harbour\n");
      return join(content, "site.yaml");
    });
    expect(error).toContain("title");
  }, 120_000);

  it("extracts with worker threads as the CLI does", () => {
    const work = tempDir();
    const out = join(work, "dist");
    // workers for any number of articles (the default waits for 200)
    const log = buildContent(corpus, out, { extract: join(work, "x"), astro: join(work, "a") }, { CLAIMS_WORKERS_FROM: "1" });
    const articles = readdirSync(join(corpus, "articles")).filter((f) => /\.(txt|html?|md)$/.test(f)).length;
    expect(log).toContain(`from ${articles} articles (${articles} extracted, 0 from cache)`);
  }, 120_000);
});
