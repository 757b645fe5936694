// The corpus as the site sees it: one run of the extraction library per build,
// with unchanged articles taken from a content-hash cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fileCache } from "../lib/corpus/cache.ts";
import { publish, type Published } from "../lib/publish/content.ts";
import { contentDir } from "./site-context.ts";

export type SiteCorpus = Published;

let cached: { dir: string; value: Promise<SiteCorpus> } | null = null;

/** A digest of the extractor's own code: a changed extractor invalidates the cache. */
export function extractorVersion(root: string): string {
  const dir = join(root, "src/lib");
  const h = createHash("sha256");
  // every file under src/lib, its data files (nlp/world.json) included
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort())
    h.update(f.slice(dir.length)).update(readFileSync(f));
  return h.digest("hex");
}

/** One extraction per build, shared by everything that asks for it at once. */
export function siteCorpus(root: string): Promise<SiteCorpus> {
  const dir = contentDir(root);
  if (cached?.dir !== dir) cached = { dir, value: load(root, dir) };
  return cached.value;
}

/** The build's extraction cache (CLAIMS_CACHE_DIR, else under node_modules/.cache), as `npm run claims -- --shard` fills it too. */
export const cacheDir = (root: string) => process.env.CLAIMS_CACHE_DIR ?? join(root, "node_modules/.cache/news-claims");

async function load(root: string, dir: string): Promise<SiteCorpus> {
  const value = await publish(dir, {
    cache: fileCache(cacheDir(root)),
    version: extractorVersion(root),
    // the pages' code is bundled away from src/lib, where the workers' script and the extractor are
    workerScript: join(root, "src/lib/corpus/extract-worker.ts"),
    extractorModule: pathToFileURL(join(root, "src/lib/corpus/corpus.ts")),
    // (the tests start workers for a few articles: CLAIMS_WORKERS_FROM=1)
    minArticles: Number(process.env.CLAIMS_WORKERS_FROM) || undefined,
  });
  for (const w of value.warnings) console.warn(`warning: ${w}`);
  console.log(`claims: ${value.claims.length} from ${value.articles.length} articles (${value.stats.extracted} extracted, ${value.stats.cached} from cache)`);
  const unlisted = value.claims.filter((c) => value.ledger[c.id]?.status !== "live").length;
  if (Object.keys(value.ledger).length && unlisted) console.warn(`warning: ${unlisted} claim ids are not in the ledger yet: run npm run ledger and commit content/claim-ids.json`);
  return value;
}

/** Forget the cached run (the site keeps only the records it makes of it). */
export function resetCorpus(): void {
  cached = null;
}
