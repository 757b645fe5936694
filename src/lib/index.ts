// The extraction library: the CLI, the tests and the Astro build all use this.
export * from "./schema.ts";
export { InputError } from "./errors.ts";
export { loadRegistry, makeRegistry, slug, type Registry } from "./registry.ts";
export { extractArticle, type ArticleInput, type Extracted } from "./extract.ts";
export { extractFiles, type CorpusResult, type ArticleText, type ExtractOptions } from "./corpus.ts";
export { extractFilesParallel, type ParallelOptions } from "./parallel.ts";
export { fileCache, cacheKey, type ExtractionCache } from "./cache.ts";
export { readArticle, listArticleFiles } from "./input.ts";
export { claimId, normaliseClaimText } from "./ids.ts";
