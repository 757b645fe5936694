// The corpus as the site sees it: one run of the extraction library per build,
// shared by every collection's loader.
import { join } from "node:path";
import { extractFiles, loadRegistry, type CorpusResult, type Registry } from "../lib/index.ts";

export interface SiteCorpus extends CorpusResult {
  registry: Registry;
}

let cached: { dir: string; value: SiteCorpus } | null = null;

export function siteCorpus(root: string): SiteCorpus {
  const dir = join(root, "content");
  if (cached?.dir === dir) return cached.value;
  const registry = loadRegistry(dir);
  const value = { ...extractFiles([join(dir, "articles")], registry), registry };
  for (const w of value.warnings) console.warn(`warning: ${w}`);
  cached = { dir, value };
  return value;
}

/** Forget the cached run (the dev server calls this when content changes). */
export function resetCorpus(): void {
  cached = null;
}
