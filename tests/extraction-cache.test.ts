// The extraction cache, keyed by the files' bytes: an unchanged article comes
// back exactly as a fresh extraction gives it (its text too, read from a page or
// Markdown), and any change to an article or its sidecar extracts it again.
import { copyFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileCache } from "../src/lib/index.ts";
import { publish } from "../src/lib/publish/content.ts";
import { corpus, root, runNode, tempDir } from "./helpers.ts";

/** The test corpus plus a saved web page and a Markdown article, in a folder of its own. */
function content(): string {
  const dir = tempDir();
  cpSync(corpus, dir, { recursive: true });
  const page = readdirSync(join(root, "tests/fixtures/pages")).find((f) => f.endsWith(".html"))!;
  copyFileSync(join(root, "tests/fixtures/pages", page), join(dir, "articles", "page.html"));
  writeFileSync(join(dir, "articles", "notes.md"), '---\ntitle: Harbour notes\npublished: "2024-03-02"\n---\n\nThe mayor said on Monday that the harbour talks would resume "within weeks, not months".\n');
  return dir;
}

const view = (p: Awaited<ReturnType<typeof publish>>) => ({ claims: p.claims, articles: p.articles, texts: [...p.texts.entries()] });

describe("the extraction cache", () => {
  it("gives back what a fresh extraction gives, texts included, without extracting again", async () => {
    const dir = content();
    const opts = { cache: fileCache(tempDir()), version: "v1" };
    const first = await publish(dir, opts);
    expect(first.stats.cached).toBe(0);
    const again = await publish(dir, opts);
    expect(again.stats).toEqual({ extracted: 0, cached: first.articles.length });
    expect(view(again)).toEqual(view(await publish(dir)));
  });

  it("extracts again an article whose text or sidecar changed, or when the version changes", async () => {
    const dir = content();
    const opts = { cache: fileCache(tempDir()), version: "v1" };
    await publish(dir, opts);
    const meta = readdirSync(join(dir, "articles")).find((f) => f.endsWith(".meta.yaml"))!;
    const file = join(dir, "articles", meta);
    writeFileSync(file, readFileSync(file, "utf8").replace(/published: .*/, 'published: "2021-01-05"'));
    const edited = await publish(dir, opts);
    expect(edited.stats.extracted).toBe(1);
    const id = meta.replace(/\.meta\.yaml$/, "");
    expect(edited.articles.find((a) => a.id === id)!.published).toMatch(/^2021-01-05/);
    expect(view(edited)).toEqual(view(await publish(dir)));

    writeFileSync(join(dir, "articles", "notes.md"), readFileSync(join(dir, "articles", "notes.md"), "utf8").replace("Monday", "Tuesday"));
    expect((await publish(dir, opts)).stats.extracted).toBe(1);
    expect((await publish(dir, { ...opts, version: "v2" })).stats.cached).toBe(0);
  });

  it("reads a bad sidecar's error again rather than a cached result", async () => {
    const dir = content();
    const opts = { cache: fileCache(tempDir()), version: "v1" };
    await publish(dir, opts);
    const meta = readdirSync(join(dir, "articles")).find((f) => f.endsWith(".meta.yaml"))!;
    writeFileSync(join(dir, "articles", meta), "published: [not a date\n");
    await expect(publish(dir, opts)).rejects.toThrow(meta);
  });
});

describe("a run from the cache", () => {
  // The extractor's modules (chrono-node, the rules, their data) take ~0.4 s to load: a
  // build whose articles are all cached should not pay for them.
  it("does not load the extractor", async () => {
    const dir = content();
    const cache = tempDir();
    await publish(dir, { cache: fileCache(cache), version: "v1" });
    // a fresh process, which lists the modules it loads
    const script = `
      import { registerHooks } from "node:module";
      const loaded = [];
      registerHooks({ load(url, ctx, next) { loaded.push(url); return next(url, ctx); } });
      const { publish } = await import(${JSON.stringify(join(root, "src/lib/publish/content.ts"))});
      const { fileCache } = await import(${JSON.stringify(join(root, "src/lib/corpus/cache.ts"))});
      const run = await publish(${JSON.stringify(dir)}, { cache: fileCache(${JSON.stringify(cache)}), version: "v1" });
      console.log(JSON.stringify({ stats: run.stats, loaded }));`;
    const { stdout } = await runNode(["--input-type=module", "-e", script]);
    const { stats, loaded } = JSON.parse(stdout) as { stats: { extracted: number }; loaded: string[] };
    expect(stats.extracted).toBe(0);
    expect(loaded.some((u) => u.endsWith("/src/lib/corpus/pending.ts"))).toBe(true);
    expect(loaded.filter((u) => /\/src\/lib\/nlp\/|chrono-node/.test(u))).toEqual([]);
  });
});
