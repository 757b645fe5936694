// A content-hash cache of per-article extraction results, so a rebuild
// re-extracts only the articles (or registry, or extractor code) that changed.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { Extracted, ArticleInput } from "../nlp/extract.ts";
import type { Registry } from "../registry.ts";

export interface ExtractionCache {
  get(key: string): Extracted | undefined;
  set(key: string, value: Extracted): void;
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

/** The key: the extractor's version, the registry, the article's id, text and sidecar. */
export function cacheKey(input: ArticleInput, reg: Registry, version: string): string {
  return sha([version, registryDigest(reg), input.id, input.file.split(/[\\/]/).at(-1), JSON.stringify(input.meta ?? {}), input.raw].join("\u0000"));
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
        return JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")) as Extracted;
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
