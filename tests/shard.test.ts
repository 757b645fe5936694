// `npm run claims -- --shard k/n`: n jobs each extract a slice into the build's
// cache, and the build then finds every article there. On the test corpus.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileCache, listArticleFiles } from "../src/lib/index.ts";
import { parseShard, shardFiles } from "../src/lib/corpus/shard.ts";
import { publish } from "../src/lib/publish/content.ts";
import { extractorVersion } from "../src/site/corpus.ts";
import { corpus, corpusArticles, root, runScriptEnv, tempDir } from "./helpers.ts";

const run = (cacheDir: string, ...args: string[]) => runScriptEnv("claims.ts", { CLAIMS_CONTENT_DIR: corpus, CLAIMS_CACHE_DIR: cacheDir }, ...args);
const articleIds = (stdout: string) => (JSON.parse(stdout) as { articles: Array<{ id: string }> }).articles.map((a) => a.id);

describe("shards", () => {
  it("cover every file exactly once, for any number of slices", () => {
    const files = Array.from({ length: 23 }, (_, i) => `a/${String(i).padStart(2, "0")}.txt`);
    for (let n = 1; n <= 7; n++) {
      const slices = Array.from({ length: n }, (_, k) => shardFiles(files, parseShard(`${k + 1}/${n}`)));
      expect(slices.flat().sort()).toEqual(files);
      for (const s of slices) expect(s.length).toBeGreaterThanOrEqual(Math.floor(files.length / n));
    }
  });

  it.each(["0/2", "3/2", "1/0", "a/b", "1", "", "-1/2", "1/2/3"])("refuse %j", (arg) => {
    expect(() => parseShard(arg)).toThrow(/^--shard: expects k\/n/);
  });
});

describe.concurrent("npm run claims -- --shard", () => {
  it("fills the build's cache in two slices, so the build extracts nothing and publishes the same records", async () => {
    const cache = tempDir();
    const [one, two] = await Promise.all([run(cache, "--shard", "1/2"), run(cache, "--shard", "2/2")]);
    for (const r of [one, two]) expect(r.code, r.stderr).toBe(0);
    const all = listArticleFiles([corpusArticles]).map((f) => f.split("/").at(-1)!.replace(/\.\w+$/, ""));
    const a = articleIds(one.stdout);
    const b = articleIds(two.stdout);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect([...a, ...b].sort()).toEqual([...all].sort());
    expect(one.stderr).toContain(`shard 1/2: ${a.length} articles (${a.length} extracted, 0 from cache)`);

    // the build's own path: the same cache folder and extractor version
    const built = await publish(corpus, { cache: fileCache(cache), version: extractorVersion(root) });
    expect(built.stats).toEqual({ extracted: 0, cached: all.length });
    const fresh = await publish(corpus);
    expect(built.claims).toEqual(fresh.claims);
    expect(built.articles).toEqual(fresh.articles);

    // and the CLI's whole run (one slice of one) finds everything there, printing what an unsharded run prints
    const [whole, plain] = await Promise.all([run(cache, "--shard", "1/1"), run(tempDir())]);
    expect(whole.stderr).toContain(`shard 1/1: ${all.length} articles (0 extracted, ${all.length} from cache)`);
    expect(whole.stdout).toBe(plain.stdout);
  });

  it.each([["0/2"], ["2/1"], ["x"], [undefined]])("exits 1 with one line for --shard %s", async (arg) => {
    const r = await run(tempDir(), ...(arg === undefined ? ["--shard"] : ["--shard", arg]));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^--shard: expects k\/n/);
  });

  it("takes a slice of the files given on the command line too", async () => {
    const r = await run(tempDir(), "--shard", "2/2", join(corpusArticles, "today-river-talks.txt"));
    expect(r.code, r.stderr).toBe(0);
    expect(articleIds(r.stdout)).toEqual([]);
  });
});
