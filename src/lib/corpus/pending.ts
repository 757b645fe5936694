// A whole corpus read in and put together again: everything of a run but the
// extraction itself, so that a run whose articles are all in the cache never
// loads the extractor (its modules and data take ~0.4 s to load).
import type { ArticleInput, Extracted } from "../nlp/extract.ts";
import { readFileSync } from "node:fs";
import { articleId, listArticleFiles, readArticle, readArticleBytes, sidecarFile } from "./input.ts";
import { InputError } from "../errors.ts";
import type { Registry } from "../registry.ts";
import { cacheKey, type ExtractionCache } from "./cache.ts";
import type { Output, Span } from "../schema.ts";

export interface ArticleText {
  /** the article file the text was read from */
  file: string;
  raw: string;
  paragraphs: Span[];
}

export interface CorpusResult extends Output {
  warnings: string[];
  /** each article's raw text and body paragraphs, by article id */
  texts: Map<string, ArticleText>;
  stats: { extracted: number; cached: number };
}

export interface ExtractOptions {
  /** reuse results for unchanged articles */
  cache?: ExtractionCache;
  /** the extractor's version, part of every cache key */
  version?: string;
}

/** The corpus read in, with what the cache already has; `results[i]` is empty where extraction is still to run. */
export interface Pending {
  inputs: ArticleInput[];
  keys: string[];
  results: Array<Extracted | undefined>;
}

/**
 * Reads every file (one-line errors for bad files and clashing ids) and looks each up in
 * the cache, by its bytes: an article found there is not decoded or parsed again.
 */
export function readCorpus(paths: string[], reg: Registry, opts: ExtractOptions = {}): Pending {
  const pending: Pending = { inputs: [], keys: [], results: [] };
  const ids = new Map<string, string>();
  for (const file of listArticleFiles(paths)) {
    const id = articleId(file);
    const other = ids.get(id);
    if (other) throw new InputError(file, `article id "${id}" is already used by ${other}`);
    ids.set(id, file);
    const bytes = readArticleBytes(file);
    const key = opts.cache ? cacheKey(file, bytes, readSidecarBytes(sidecarFile(file, id)), reg, opts.version ?? "") : "";
    const hit = opts.cache?.get(key);
    if (hit) {
      const { raw, ...result } = hit;
      pending.inputs.push({ id, file, raw });
      pending.results.push(result);
    } else {
      pending.inputs.push(readArticle(file, bytes));
      pending.results.push(undefined);
    }
    pending.keys.push(key);
  }
  return pending;
}

/** A sidecar's bytes, or null when there is none (or it cannot be read: reading the article then says why). */
function readSidecarBytes(file: string): Uint8Array | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/** The records in file order, once every result is in; new results go to the cache. */
export function assemble(pending: Pending, opts: ExtractOptions, extracted: Set<number>): CorpusResult {
  const out: CorpusResult = { articles: [], claims: [], warnings: [], texts: new Map(), stats: { extracted: extracted.size, cached: 0 } };
  pending.inputs.forEach((input, i) => {
    const result = pending.results[i]!;
    if (extracted.has(i)) opts.cache?.set(pending.keys[i]!, { ...result, raw: input.raw });
    else out.stats.cached++;
    out.articles.push(result.article);
    for (const c of result.claims) out.claims.push(c);
    for (const w of result.warnings) out.warnings.push(w);
    out.texts.set(input.id, { file: input.file, raw: input.raw, paragraphs: result.paragraphs });
  });
  return out;
}
