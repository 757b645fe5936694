// One article's raw text → its article record and claim records.
import type { Article, ArticleMeta, Claim, Span } from "../schema.ts";
import { paragraphs } from "./paragraphs.ts";
import { classify } from "./boilerplate.ts";
import { ArticleEntities } from "./entities.ts";
import { readDateline } from "./dates.ts";
import { readHeader, bodySpans } from "./header.ts";
import { collectDrafts } from "./drafts.ts";
import { toClaims } from "./claims.ts";
import type { Registry } from "../registry.ts";
import { InputError } from "../errors.ts";

export interface ArticleInput {
  id: string;
  /** the file the text came from, for messages */
  file: string;
  raw: string;
  meta?: ArticleMeta;
}

export interface Extracted {
  article: Article;
  claims: Claim[];
  warnings: string[];
  /** the body's paragraphs, for showing the cleaned article */
  paragraphs: Span[];
}

/** Milliseconds spent in each stage, summed over the articles it is passed to (the bench reads it). */
export type StageTimes = Record<"paragraphs" | "header" | "attribution" | "claims", number>;

/** A lap timer that adds each stage's time to `times`; a no-op without it. */
function stopwatch(times?: StageTimes): (stage: keyof StageTimes) => void {
  if (!times) return () => {};
  let t = performance.now();
  return (stage) => {
    const now = performance.now();
    times[stage] += now - t;
    t = now;
  };
}

export function extractArticle(input: ArticleInput, reg: Registry, times?: StageTimes): Extracted {
  const { raw, meta = {} } = input;
  const lap = stopwatch(times);
  const warnings: string[] = [];
  const paras = classify(paragraphs(raw));
  lap("paragraphs");
  const header = readHeader(paras);

  if (meta.published && header.published && meta.published.slice(0, 10) !== header.published.slice(0, 10)) {
    throw new InputError(
      input.file,
      `published date ${meta.published} in the sidecar disagrees with the dateline ${header.published} in the text`,
    );
  }
  const firstBody = paras.find((p) => p.role === "body");
  // A dated dateline opening the story ("RIVERTON, March 14, 2025 —") says when it was published.
  const published = meta.published ?? header.published ?? (firstBody && readDateline(firstBody.text, null)?.date) ?? null;
  const ctx = new ArticleEntities(reg);
  if (header.byline && /^\p{Lu}\S*\s+\p{Lu}\S*$/u.test(header.byline.trim())) ctx.byline = header.byline.trim();
  lap("header");
  const titleAt = header.title === null ? -1 : paras.findIndex((p) => p.role === "heading" && p.text === header.title);
  const drafts = collectDrafts(paras, ctx, published, titleAt);
  lap("attribution");
  const claims = toClaims(drafts, { input, reg, published, title: meta.title ?? header.title });
  lap("claims");
  if (claims.length === 0) warnings.push(`${input.file}: no attributed statements found`);

  const article: Article = {
    id: input.id,
    outlet: meta.outlet ?? null,
    title: meta.title ?? header.title,
    published,
    url: meta.url ?? null,
    byline: header.byline,
    claimCount: claims.length,
    body: bodySpans(paras),
    language: meta.language ?? null,
    note: meta.note ?? null,
  };
  const bodyParagraphs = paras.filter((p) => p.role === "body").map((p) => ({ start: p.start, end: p.end }));
  return { article, claims, warnings, paragraphs: bodyParagraphs };
}

