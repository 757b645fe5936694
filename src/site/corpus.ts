// The corpus as the site sees it: one run of the extraction library per build,
// shared by every collection's loader, with unchanged articles taken from a
// content-hash cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFiles, fileCache, loadRegistry, type CorpusResult, type Registry } from "../lib/index.ts";

export interface SiteCorpus extends CorpusResult {
  registry: Registry;
}

let cached: { dir: string; value: SiteCorpus } | null = null;

/** Where the content is: `content/` in the project, or CLAIMS_CONTENT_DIR (the bench uses this). */
export const contentDir = (root: string) => process.env.CLAIMS_CONTENT_DIR ?? join(root, "content");

/** A digest of the extractor's own code: a changed extractor invalidates the cache. */
function extractorVersion(root: string): string {
  const dir = join(root, "src/lib");
  const h = createHash("sha256");
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest("hex");
}

export function siteCorpus(root: string): SiteCorpus {
  const dir = contentDir(root);
  if (cached?.dir === dir) return cached.value;
  const registry = loadRegistry(dir);
  const cache = fileCache(process.env.CLAIMS_CACHE_DIR ?? join(root, "node_modules/.cache/news-claims"));
  const result = extractFiles([join(dir, "articles")], registry, { cache, version: extractorVersion(root) });
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  console.log(`claims: ${result.claims.length} from ${result.articles.length} articles (${result.stats.extracted} extracted, ${result.stats.cached} from cache)`);
  const value = { ...result, registry };
  cached = { dir, value };
  return value;
}

/** Forget the cached run (the dev server calls this when content changes). */
export function resetCorpus(): void {
  cached = null;
}
