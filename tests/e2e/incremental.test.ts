// Incremental builds: after adding an article, an editor's fix in
// overrides.yaml, or removing an article, a rebuild in the same folder with the
// caches of the build before leaves the pages whose data did not change where
// they are and renders the rest — and the site it leaves is the same, byte for
// byte, as a build from scratch.
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

/** The paths whose bytes differ between two snapshots, or that only one has. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p) || !b.get(p) || !a.get(p)!.equals(b.get(p)!)).sort();
}

/** Pages the build left as the last one wrote them, as the build says (NaN if it does not say). */
const unchanged = (log: string) => Number(log.match(/(\d+) unchanged pages kept/)?.[1] ?? NaN);

let work: string;
let content: string;
let site: string;
let caches: { extract: string; astro: string };
const logs: Record<string, string> = {};
const snap: Record<string, Map<string, Buffer>> = {};
let claimId = "";
let scratches = 0;

/** The same content built from scratch, in a folder and with caches of its own. */
function scratch(): Map<string, Buffer> {
  const n = ++scratches;
  const out = join(work, `scratch-${n}`);
  logs[`scratch-${n}`] = buildContent(content, out, { extract: join(work, `x${n}`), astro: join(work, `a${n}`) });
  return files(out);
}

beforeAll(() => {
  work = tempDir();
  content = join(work, "content");
  site = join(work, "site");
  cpSync(corpus, content, { recursive: true });
  caches = { extract: join(work, "extract-cache"), astro: join(work, "astro-cache") };
  // the first build lacks one article, which an editor then adds: a wire report of the briefing
  // another article reports too, so pages of the claims already there change with it
  const held = join(work, "held");
  mkdirSync(held);
  const article = "wire-brenner-briefing.txt";
  renameSync(join(content, "articles", article), join(held, article));
  logs.first = buildContent(content, site, caches);
  snap.first = files(site);

  renameSync(join(held, article), join(content, "articles", article));
  logs.added = buildContent(content, site, caches);
  snap.added = files(site);
  snap.addedScratch = scratch();

  // an editor's fix of one claim's stance
  const claims = JSON.parse(readFileSync(join(site, "claims.json"), "utf8")).claims as Array<{ id: string; stance: string }>;
  const claim = claims.find((c) => c.stance !== "opposes")!;
  claimId = claim.id;
  writeFileSync(join(content, "overrides.yaml"), `${claim.id}:\n  stance: opposes\n  reason: checked against the transcript\n`);
  logs.edited = buildContent(content, site, caches);
  snap.edited = files(site);
  snap.editedScratch = scratch();

  // an article taken out again: its pages must go
  rmSync(join(content, "articles", article));
  logs.removed = buildContent(content, site, caches);
  snap.removed = files(site);
  snap.removedScratch = scratch();

  // the same caches used for another folder in between: the first folder's pages are older than their keys
  cpSync(join(corpus, "articles", article), join(content, "articles", article));
  buildContent(content, join(work, "other"), caches);
  logs.back = buildContent(content, site, caches);
  snap.back = files(site);
}, 400_000);

describe("an incremental rebuild in the same folder", () => {
  it("after adding an article, leaves the same site as a build from scratch", () => {
    expect(differences(snap.added!, snap.addedScratch!)).toEqual([]);
  });

  it("takes the pages the change leaves as they were from the build before", () => {
    expect(unchanged(logs.first!)).toBe(0);
    expect(unchanged(logs["scratch-1"]!)).toBe(0);
    expect(unchanged(logs.added!)).toBeGreaterThan(0);
    expect(unchanged(logs.edited!)).toBeGreaterThan(0);
  });

  it("after an editor's fix, leaves the same site as a build from scratch, with the fix", () => {
    expect(differences(snap.edited!, snap.editedScratch!)).toEqual([]);
    expect(snap.edited!.get(join("claims", claimId, "index.html"))!.toString()).toContain("checked against the transcript");
  });

  it("after removing an article, removes its pages too", () => {
    expect(differences(snap.removed!, snap.removedScratch!)).toEqual([]);
    expect(snap.removed!.size).toBeLessThan(snap.edited!.size);
  });

  it("after a build of another folder with the same caches, renders this one afresh", () => {
    // the content is again as it was after the editor's fix
    expect(differences(snap.back!, snap.editedScratch!)).toEqual([]);
  });

  it("changes the site with each change (the comparison can fail)", () => {
    expect(differences(snap.first!, snap.added!).length).toBeGreaterThan(0);
    expect(differences(snap.added!, snap.edited!).length).toBeGreaterThan(0);
  });
});
