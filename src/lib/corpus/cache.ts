// A content-hash cache of per-article extraction results, so a rebuild
// re-extracts only the articles (or registry, or extractor code) that changed.
// Keys are digests of the files' bytes, so an unchanged article is not even
// decoded, read from HTML or its sidecar parsed: its entry holds the text too.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { basename, join } from "node:path";
import type { Extracted } from "../nlp/extract.ts";
import type { Registry } from "../registry.ts";

/** An article's extraction and the text its spans point into (the file's text, or a page's read text). */
export type CachedExtraction = Extracted & { raw: string };

export interface ExtractionCache {
  get(key: string): CachedExtraction | undefined;
  set(key: string, value: CachedExtraction): void;
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

/** The key: the extractor's version, the registry, the article file's name and bytes, and its sidecar's bytes (null: none). */
export function cacheKey(file: string, bytes: Uint8Array, sidecar: Uint8Array | null, reg: Registry, version: string): string {
  const h = createHash("sha256").update([version, registryDigest(reg), basename(file), ""].join("\u0000"));
  h.update(bytes).update(sidecar ? "\u0000sidecar\u0000" : "\u0000none\u0000");
  if (sidecar) h.update(sidecar);
  return h.digest("hex");
}

const digests = new WeakMap<Registry, string>();
function registryDigest(reg: Registry): string {
  let d = digests.get(reg);
  if (!d) digests.set(reg, (d = sha(JSON.stringify([reg.speakers, reg.topics]))));
  return d;
}

/** One JSON file per article result under `dir`. */
export function fileCache(dir: string): ExtractionCache {
  mkdirSync(dir, { recursive: true });
  return {
    get(key) {
      try {
        const entry = JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")) as CachedExtraction;
        // (an entry without the text, which no version of this code writes, is extracted again)
        return typeof entry.raw === "string" ? entry : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const tmp = join(dir, `${key}.${process.pid}.tmp`);
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, join(dir, `${key}.json`));
    },
  };
}
