// Speed: the five seeds in well under a second, and cost that grows linearly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, extractFiles } from "../src/lib/index.ts";
import { registry, root } from "./helpers.ts";

const dir = join(root, "content/articles");

describe("extraction speed", () => {
  it("extracts the five seeds in well under a second", () => {
    extractFiles([dir], registry); // warm up (module compilation, regex caches)
    const t = performance.now();
    const out = extractFiles([dir], registry);
    const ms = performance.now() - t;
    console.log(`seeds: ${out.claims.length} claims in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(500);
  });

  it("grows linearly with article length", () => {
    // Seeds without an end-of-article marker, so every copy stays article text.
    const raw = ["000_45d9f2f6285b1d98.txt", "004_27b3197e02e16d2f.txt"]
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n\n");
    const time = (k: number) => {
      const text = Array.from({ length: k }, () => raw).join("\n\n");
      const t = performance.now();
      const n = extractArticle({ id: "big", file: "big", raw: text, meta: { published: "2024-01-01" } }, registry).claims.length;
      return { ms: performance.now() - t, n };
    };
    time(2);
    const small = time(8);
    const large = time(32);
    console.log(`8x: ${small.ms.toFixed(0)} ms, 32x: ${large.ms.toFixed(0)} ms`);
    expect(large.n).toBeGreaterThanOrEqual(small.n * 3.8);
    expect(large.n).toBeLessThanOrEqual(small.n * 4.2);
    // 4× the text may cost at most ~8× the time (quadratic would be 16×).
    expect(large.ms).toBeLessThan(small.ms * 8 + 50);
  });
});
