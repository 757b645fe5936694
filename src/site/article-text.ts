// The text of an article's paragraphs, for the pages that show it. The site's
// records carry only where the text is (its file and spans), not the text: it
// would be most of their size, and only the pages of that article and of its
// claims need it. A digest taken when the claims were extracted catches a file
// that has changed since.
import { hash } from "node:crypto";
import { InputError } from "../lib/errors.ts";
import { readArticleText } from "../lib/corpus/input.ts";
import type { Span } from "../lib/schema.ts";
import { formatDate, truncate } from "./format.ts";

export const textDigest = (raw: string) => hash("sha256", raw, "hex").slice(0, 20);

export interface ArticleSource {
  id: string;
  file: string;
  textDigest: string;
  paragraphs: Span[];
}

export type TextParagraph = Span & { text: string };

// Every article is shown by several pages (its own, each claim's): read each once.
const read = new Map<string, TextParagraph[]>();

/** The article's paragraphs with their text. */
export function articleParagraphs(a: ArticleSource): TextParagraph[] {
  const key = `${a.id}\u0000${a.textDigest}`;
  let paragraphs = read.get(key);
  if (!paragraphs) {
    const { raw } = readArticleText(a.file);
    if (textDigest(raw) !== a.textDigest) throw new InputError(a.file, "changed after its claims were extracted; build again");
    paragraphs = a.paragraphs.map((p) => ({ ...p, text: raw.slice(p.start, p.end) }));
    read.set(key, paragraphs);
  }
  return paragraphs;
}

/**
 * What to call an article: its title; without one, its outlet and date ("The Kyiv Independent,
 * 8 November 2024"); without an outlet, the first line of its text. Never the file's id, unless
 * the article has no text either.
 */
export function sourceTitle(a: ArticleSource & { title?: string | null; outlet?: string | null; published?: string | null }): string {
  if (a.title) return a.title;
  if (a.outlet) return a.published ? `${a.outlet}, ${formatDate(a.published)}` : a.outlet;
  const first = articleParagraphs(a)[0]?.text.replace(/\s+/g, " ").trim();
  return first ? truncate(first, 90) : `Article ${a.id}`;
}
