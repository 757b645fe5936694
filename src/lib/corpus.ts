// A whole corpus: many files → { articles, claims }, linear in its size.
import { extractArticle } from "./extract.ts";
import { listArticleFiles, readArticle } from "./input.ts";
import { InputError } from "./errors.ts";
import type { Registry } from "./registry.ts";
import { cacheKey, type ExtractionCache } from "./cache.ts";
import type { Output, Span } from "./schema.ts";

export interface ArticleText {
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

export function extractFiles(paths: string[], reg: Registry, opts: ExtractOptions = {}): CorpusResult {
  const files = listArticleFiles(paths);
  const out: CorpusResult = { articles: [], claims: [], warnings: [], texts: new Map(), stats: { extracted: 0, cached: 0 } };
  const ids = new Map<string, string>();
  for (const file of files) {
    const input = readArticle(file);
    const other = ids.get(input.id);
    if (other) throw new InputError(file, `article id "${input.id}" is already used by ${other}`);
    ids.set(input.id, file);
    const key = opts.cache ? cacheKey(input, reg, opts.version ?? "") : "";
    let result = opts.cache?.get(key);
    if (result) out.stats.cached++;
    else {
      try {
        result = extractArticle(input, reg);
      } catch (e) {
        if (e instanceof InputError) throw e;
        throw new InputError(file, `extraction failed: ${(e as Error).message}`);
      }
      out.stats.extracted++;
      opts.cache?.set(key, result);
    }
    out.articles.push(result.article);
    out.claims.push(...result.claims);
    out.warnings.push(...result.warnings);
    out.texts.set(input.id, { raw: input.raw, paragraphs: result.paragraphs });
  }
  return out;
}
