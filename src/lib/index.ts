// The extraction library: the CLI, the tests and the Astro build all use this.
export * from "./schema.ts";
export { InputError } from "./errors.ts";
export { loadRegistry, makeRegistry, slug, type Registry } from "./registry.ts";
export { extractArticle, type ArticleInput, type Extracted, type StageTimes } from "./nlp/extract.ts";
export { extractFiles, type CorpusResult, type ArticleText, type ExtractOptions } from "./corpus/corpus.ts";
export { extractFilesParallel, type ParallelOptions } from "./corpus/parallel.ts";
export { fileCache, cacheKey, type ExtractionCache } from "./corpus/cache.ts";
export { readArticle, listArticleFiles } from "./corpus/input.ts";
export { claimId, normaliseClaimText } from "./ids.ts";
export { loadSiteConfig, SiteConfig } from "./site-config.ts";
