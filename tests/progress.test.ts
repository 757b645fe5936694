// Long extraction shows progress: the library tells after each article, in
// one thread and across workers, ending on "all done".
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFilesParallel, loadRegistry } from "../src/lib/index.ts";
import { generateCorpus } from "../scripts/bench/generate.ts";
import { corpus, tempDir } from "./helpers.ts";

describe("extraction progress", () => {
  it("counts every article once, up to the total, with workers or without", async () => {
    const dir = tempDir();
    generateCorpus(dir, 30, 3, join(corpus, "topics.yaml"));
    const reg = loadRegistry(dir);
    for (const workers of [0, 1]) {
      const seen: Array<[number, number]> = [];
      await extractFilesParallel([join(dir, "articles")], reg, { workers, minArticles: 0, onProgress: (d, t) => seen.push([d, t]) });
      expect(seen.length, `workers: ${workers}`).toBe(30);
      expect(seen.map(([d]) => d)).toEqual(Array.from({ length: 30 }, (_, k) => k + 1));
      expect(new Set(seen.map(([, t]) => t))).toEqual(new Set([30]));
    }
  }, 120_000);
});
