// A whole corpus: many files → { articles, claims }, linear in its size.
import { extractArticle, type ArticleInput, type Extracted } from "../nlp/extract.ts";
import { InputError } from "../errors.ts";
import type { Registry } from "../registry.ts";
import { assemble, readCorpus, type ExtractOptions, type CorpusResult } from "./pending.ts";

export type { ArticleText, CorpusResult, ExtractOptions } from "./pending.ts";

/** One article's extraction; a failure becomes a one-line error naming the file. */
export function extractOne(input: ArticleInput, reg: Registry): Extracted {
  try {
    return extractArticle(input, reg);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(input.file, `extraction failed: ${(e as Error).message}`);
  }
}

export function extractFiles(paths: string[], reg: Registry, opts: ExtractOptions = {}): CorpusResult {
  const pending = readCorpus(paths, reg, opts);
  const extracted = new Set<number>();
  pending.inputs.forEach((input, i) => {
    if (pending.results[i]) return;
    pending.results[i] = extractOne(input, reg);
    extracted.add(i);
  });
  return assemble(pending, opts, extracted);
}
