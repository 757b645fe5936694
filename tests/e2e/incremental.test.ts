// Incremental builds: after adding an article, or an editor's fix in
// overrides.yaml, a rebuild with the caches of the build before copies the
// pages whose data did not change and renders the rest — and the site it
// writes is the same, byte for byte, as a build from scratch.
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { corpus, tempDir } from "../helpers.ts";
import { buildContent } from "./fixture-site.ts";

/** Every file under `dir`, by its path inside it, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** The paths whose bytes differ between two builds, or that only one has. */
function differences(a: string, b: string): string[] {
  const [fa, fb] = [files(a), files(b)];
  const paths = new Set([...fa.keys(), ...fb.keys()]);
  return [...paths].filter((p) => !fa.get(p) || !fb.get(p) || !fa.get(p)!.equals(fb.get(p)!)).sort();
}

const copied = (log: string) => (log.match(/\((restored|cached)\)/g) ?? []).length;
const rendered = (log: string) => (log.match(/├─ \S+\.html(?!.*\((restored|cached)\))/g) ?? []).length;

let work: string;
let content: string;
let caches: { extract: string; astro: string };
const logs: Record<string, string> = {};
let claimId = "";

beforeAll(() => {
  work = tempDir();
  content = join(work, "content");
  cpSync(corpus, content, { recursive: true });
  // the first build lacks one article, which an editor then adds: a wire report of the briefing
  // another article reports too, so pages of the claims already there change with it
  const held = join(work, "held");
  mkdirSync(held);
  const article = "wire-brenner-briefing.txt";
  renameSync(join(content, "articles", article), join(held, article));
  caches = { extract: join(work, "extract-cache"), astro: join(work, "astro-cache") };
  logs.first = buildContent(content, join(work, "first"), caches);

  renameSync(join(held, article), join(content, "articles", article));
  logs.added = buildContent(content, join(work, "added"), caches);
  logs.addedScratch = buildContent(content, join(work, "added-scratch"), { extract: join(work, "x1"), astro: join(work, "a1") });

  // an editor's fix of one claim's stance
  const claims = JSON.parse(readFileSync(join(work, "added", "claims.json"), "utf8")).claims as Array<{ id: string; stance: string }>;
  const claim = claims.find((c) => c.stance !== "opposes")!;
  claimId = claim.id;
  writeFileSync(join(content, "overrides.yaml"), `${claim.id}:\n  stance: opposes\n  reason: checked against the transcript\n`);
  logs.edited = buildContent(content, join(work, "edited"), caches);
  logs.editedScratch = buildContent(content, join(work, "edited-scratch"), { extract: join(work, "x2"), astro: join(work, "a2") });
}, 300_000);

describe("an incremental rebuild", () => {
  it("after adding an article, writes the same site as a build from scratch", () => {
    expect(differences(join(work, "added"), join(work, "added-scratch"))).toEqual([]);
  });

  it("copies the pages the new article leaves as they were", () => {
    expect(copied(logs.first!)).toBe(0);
    expect(copied(logs.added!)).toBeGreaterThan(0);
    expect(copied(logs.addedScratch!)).toBe(0);
    // the new article's own pages are rendered
    expect(rendered(logs.added!)).toBeGreaterThan(0);
  });

  it("after an editor's fix, writes the same site as a build from scratch, with the fix", () => {
    expect(differences(join(work, "edited"), join(work, "edited-scratch"))).toEqual([]);
    const page = readFileSync(join(work, "edited", "claims", claimId, "index.html"), "utf8");
    expect(page).toContain("checked against the transcript");
    expect(copied(logs.edited!)).toBeGreaterThan(0);
  });

  it("is not the same site as the one before the change (the comparison can fail)", () => {
    expect(differences(join(work, "added"), join(work, "edited")).length).toBeGreaterThan(0);
    expect(differences(join(work, "first"), join(work, "added")).length).toBeGreaterThan(0);
  });
});
