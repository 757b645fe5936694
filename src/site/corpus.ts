// The corpus as the site sees it: one run of the extraction library per build,
// shared by every collection's loader, with unchanged articles taken from a
// content-hash cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileCache } from "../lib/index.ts";
import { publish, type Published } from "../lib/publish/content.ts";

export type SiteCorpus = Published;

let cached: { dir: string; value: Promise<SiteCorpus> } | null = null;

/** Where the content is: `content/` in the project, or CLAIMS_CONTENT_DIR (the bench uses this). */
export const contentDir = (root: string) => process.env.CLAIMS_CONTENT_DIR ?? join(root, "content");

/** A digest of the extractor's own code: a changed extractor invalidates the cache. */
export function extractorVersion(root: string): string {
  const dir = join(root, "src/lib");
  const h = createHash("sha256");
  // every file under src/lib, its data files (nlp/world.json) included
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort())
    h.update(f.slice(dir.length)).update(readFileSync(f));
  return h.digest("hex");
}

/** One extraction per build, shared by every loader (they ask at the same time). */
export function siteCorpus(root: string): Promise<SiteCorpus> {
  const dir = contentDir(root);
  if (cached?.dir !== dir) cached = { dir, value: load(root, dir) };
  return cached.value;
}

/** The build's extraction cache (CLAIMS_CACHE_DIR, else under node_modules/.cache), as `npm run claims -- --shard` fills it too. */
export const cacheDir = (root: string) => process.env.CLAIMS_CACHE_DIR ?? join(root, "node_modules/.cache/news-claims");

async function load(root: string, dir: string): Promise<SiteCorpus> {
  const value = await publish(dir, { cache: fileCache(cacheDir(root)), version: extractorVersion(root) });
  for (const w of value.warnings) console.warn(`warning: ${w}`);
  console.log(`claims: ${value.claims.length} from ${value.articles.length} articles (${value.stats.extracted} extracted, ${value.stats.cached} from cache)`);
  const unlisted = value.claims.filter((c) => value.ledger[c.id]?.status !== "live").length;
  if (Object.keys(value.ledger).length && unlisted) console.warn(`warning: ${unlisted} claim ids are not in the ledger yet: run npm run ledger and commit content/claim-ids.json`);
  return value;
}

/** Forget the cached run (the dev server calls this when content changes). */
export function resetCorpus(): void {
  cached = null;
}
