// Which pages a build in place may leave as they are (src/site/kept-pages.ts):
// only those whose key, folder and code are the last completed build's, and
// whose file is still there.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { codeDigest, KeptPages, missingFiles, outputFile } from "../src/site/kept-pages.ts";
import { tempDir } from "./helpers.ts";

/** A folder with a page at `file`, and a cache folder. */
function setUp(file = "claims/a/index.html") {
  const work = tempDir();
  const out = join(work, "dist");
  mkdirSync(join(out, file, ".."), { recursive: true });
  writeFileSync(join(out, file), "<p>a</p>");
  return { work, out, cache: join(work, "cache"), file };
}

/** One completed build that records `file` under `key`. */
function build(cache: string, out: string, code: string, file: string, key: string): KeptPages {
  const kept = KeptPages.begin(cache, out, code);
  kept.keep(file, key);
  kept.save();
  return kept;
}

afterEach(() => {
  // a test that failed between begin() and save() must not leave its record to the next
  KeptPages.current()?.save();
});

describe("pages kept in place", () => {
  it("keeps a page whose key, folder and code are the last build's", () => {
    const { out, cache, file } = setUp();
    expect(build(cache, out, "c1", file, "k1").kept).toEqual([]);
    const next = KeptPages.begin(cache, out, "c1");
    expect(KeptPages.current()).toBe(next);
    expect(next.keep(file, "k1")).toBe(true);
    expect(next.kept).toEqual([file]);
    next.save();
    expect(KeptPages.current()).toBeUndefined();
  });

  it("renders a page again when its key, the folder or the code differ, or its file is gone", () => {
    const { out, cache, file } = setUp();
    build(cache, out, "c1", file, "k1");
    expect(KeptPages.begin(cache, out, "c1").keep(file, "k2")).toBe(false);
    build(cache, out, "c1", file, "k1");
    expect(KeptPages.begin(cache, join(out, "..", "other"), "c1").keep(file, "k1")).toBe(false);
    build(cache, out, "c1", file, "k1");
    expect(KeptPages.begin(cache, out, "c2").keep(file, "k1")).toBe(false);
    build(cache, out, "c1", file, "k1");
    rmSync(join(out, file));
    expect(KeptPages.begin(cache, out, "c1").keep(file, "k1")).toBe(false);
  });

  it("knows which files are gone once they are checked beside the build, as on the spot", async () => {
    const { out, cache, file } = setUp();
    const other = "claims/b/index.html";
    const next = KeptPages.begin(cache, out, "c1");
    for (const f of [file, other]) {
      mkdirSync(dirname(join(out, f)), { recursive: true });
      writeFileSync(join(out, f), "<p>page</p>");
      next.keep(f, "k1");
    }
    next.save();
    rmSync(join(out, other));
    const kept = KeptPages.begin(cache, out, "c1");
    await kept.checked;
    expect(kept.keep(file, "k1")).toBe(true);
    expect(kept.keep(other, "k1")).toBe(false);
  });

  it("finds the gone files slice by slice as existsSync finds them one by one", async () => {
    const { out } = setUp();
    const files = Array.from({ length: 11 }, (_, i) => `claims/p${i}/index.html`);
    for (const f of files) mkdirSync(dirname(join(out, f)), { recursive: true }), writeFileSync(join(out, f), "<p>page</p>");
    for (const i of [0, 4, 5, 10]) rmSync(join(out, files[i]!));
    const gone = files.filter((f) => !existsSync(join(out, f)));
    for (const slice of [1, 3, 4, 11, 2000]) expect([...(await missingFiles(out, files, slice))].sort(), `slice ${slice}`).toEqual(gone.sort());
    expect(await missingFiles(out, [])).toEqual(new Set());
  });

  it("writes the files given it whose text changed, and keeps the others", async () => {
    const { out, cache } = setUp();
    const key = (bytes: Uint8Array) => `k:${Buffer.from(bytes).toString("utf8")}`;
    const first = KeptPages.begin(cache, out, "c1");
    first.write([["search/a.json", "1"], ["search/deep/b.json", "2"]], key);
    await first.flushed();
    first.save();
    expect(first.written).toEqual(["search/a.json", "search/deep/b.json"]);
    expect(readFileSync(join(out, "search/deep/b.json"), "utf8")).toBe("2");
    const next = KeptPages.begin(cache, out, "c1");
    await next.checked;
    next.write([["search/a.json", "1"], ["search/deep/b.json", "3"], ["search/c.json", "“4é”"]], key);
    await next.flushed();
    next.save();
    expect(next.kept).toEqual(["search/a.json"]);
    expect(next.written).toEqual(["search/deep/b.json", "search/c.json"]);
    expect(["search/a.json", "search/deep/b.json", "search/c.json"].map((f) => readFileSync(join(out, f), "utf8"))).toEqual(["1", "3", "“4é”"]);
  });

  it("fails flushed() when a file cannot be written", async () => {
    const { out, cache } = setUp();
    writeFileSync(join(out, "blocked"), "a file where a folder should be");
    const kept = KeptPages.begin(cache, out, "c1");
    kept.write([["blocked/a.json", "1"]], () => "k");
    await expect(kept.flushed()).rejects.toThrow();
    kept.save();
  });

  it("keeps nothing after a build that did not complete", () => {
    const { out, cache, file } = setUp();
    build(cache, out, "c1", file, "k1");
    KeptPages.begin(cache, out, "c1"); // never saved: the build failed
    expect(KeptPages.begin(cache, out, "c1").keep(file, "k1")).toBe(false);
  });

  it("names the file a route writes", () => {
    expect(outputFile("/claims/[id]/", { id: "x-1" })).toBe("claims/x-1/index.html");
    expect(outputFile("/search/[file].json", { file: "vocab-3" })).toBe("search/vocab-3.json");
    expect(outputFile("/speakers/[id]/feed.xml", { id: "a" })).toBe("speakers/a/feed.xml");
  });
});

describe("the code digest", () => {
  it("changes with any file under src/, the Astro config and the link settings", () => {
    const root = tempDir();
    mkdirSync(join(root, "src/components"), { recursive: true });
    writeFileSync(join(root, "src/components/A.astro"), "<p>a</p>");
    writeFileSync(join(root, "astro.config.mjs"), "export default {}");
    const base = codeDigest(root, { base: "/" });
    expect(codeDigest(root, { base: "/" })).toBe(base);
    expect(codeDigest(root, { base: "/explorer/" })).not.toBe(base);
    writeFileSync(join(root, "src/components/A.astro"), "<p>b</p>");
    const edited = codeDigest(root, { base: "/" });
    expect(edited).not.toBe(base);
    writeFileSync(join(root, "astro.config.mjs"), "export default { trailingSlash: 'never' }");
    expect(codeDigest(root, { base: "/" })).not.toBe(edited);
  });
});
