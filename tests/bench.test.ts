// A 20-article smoke run of `npm run bench`: it runs end to end and reports
// every figure. Timings are noisy, so nothing here asserts on them.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, tempDir } from "./helpers.ts";

describe("npm run bench (smoke)", () => {
  it("measures a 20-article synthetic corpus", () => {
    const out = join(tempDir(), "bench.json");
    const r = spawnSync(process.execPath, [join(root, "scripts/bench.ts"), "--sizes", "20", "--runs", "1", "--queries", "40", "--out", out], {
      cwd: root,
      encoding: "utf8",
      timeout: 300_000,
    });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const { results, articleLength, htmlReading } = JSON.parse(readFileSync(out, "utf8"));
    const row = results[0];
    expect(row.articles).toBe(20);
    // the extractor finds nearly every generated statement
    expect(row.claims / row.statementsGenerated).toBeGreaterThan(0.9);
    expect(row.pages).toBeGreaterThan(row.claims);
    for (const k of ["extractSeconds", "extractSecondsOneThread", "buildSeconds", "buildToBarePaired", "bareAstroSeconds", "warmBuildSeconds", "peakRssMB"]) expect(row[k], k).toBeGreaterThan(0);
    // one article added: only that one is extracted again
    expect(row.incremental.extracted).toBe(1);
    // rebuilt in place, after the article and after an editor's fix: most pages are kept
    expect(row.incremental.pagesKept).toBeGreaterThan(0);
    expect(row.incremental.pagesKeptAfterOverride).toBeGreaterThan(0);
    for (const k of ["toFull", "overrideSeconds", "overrideToFull"]) expect(row.incremental[k], k).toBeGreaterThan(0);
    // as many rebuilds of each kind as full builds, the median reported
    expect(row.incremental.runs.added).toHaveLength(row.runs);
    expect(row.incremental.runs.override).toHaveLength(row.runs);
    expect(row.incremental.runs.added).toContain(row.incremental.seconds);
    expect(row.pairs).toHaveLength(row.runs);
    expect(row.pairs.map((p: { buildSeconds: number }) => p.buildSeconds)).toContain(row.buildSeconds);
    expect(row.search.fast.p95).toBeGreaterThan(0);
    expect(row.search.naive.p95).toBeGreaterThan(0);
    // Names are looked up among the speakers whose names share a query word's first letters; plain Fuse
    // also offers names that share only an ending ("Konikez" → Shennikez). ~0.96 at 1,000 articles.
    expect(row.search.naiveTop20SharedByFast).toBeGreaterThanOrEqual(0.85);
    expect(r.stdout).toMatch(/\| articles \| claims \| pages \|/);
    // in Chromium, our search page and Pagefind's over the same claim pages (in the site's own
    // search page, and in a bare page): all find, all fetch
    for (const side of [row.search.browser, row.search.pagefind, row.search.pagefindBarePage]) {
      expect(side.runs.length).toBeGreaterThan(0);
      expect(side.runs.some((q: { results: number }) => q.results > 0)).toBe(true);
      expect(side.ms).toBeGreaterThan(0);
      expect(side.bytes).toBeGreaterThan(0);
    }
    expect(row.search.pagefind.indexedPages).toBeGreaterThan(0);
    // the site's page brings its stylesheet and markup, which the bare page has not
    expect(row.search.pagefind.bytes).toBeGreaterThan(row.search.pagefindBarePage.bytes);
    expect(r.stdout).toMatch(/\| corpus \| claims \| ours ms \| Pagefind ms \|/);
    // one article 8 and 32 times over: four times the claims (its time is reported, not judged)
    expect(articleLength.small.claims).toBeGreaterThan(0);
    expect(articleLength.claimsRatio).toBeGreaterThanOrEqual(3.8);
    expect(articleLength.claimsRatio).toBeLessThanOrEqual(4.2);
    expect(articleLength.large.ms).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/the time for ×[\d.]+ the text/);
    // the same articles as .html pages: as many claims as from the .txt (cost reported, not judged)
    expect(htmlReading.articles).toBe(20);
    expect(htmlReading.claimsHtml).toBe(htmlReading.claimsTxt);
    expect(htmlReading.totalMsHtml).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/as \.html pages .* reading and extracting/);
  }, 300_000);
});
