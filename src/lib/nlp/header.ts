// The lines before an article's body: its title, byline and dateline; and the body's spans.
import type { Span } from "../schema.ts";
import type { Classified } from "./boilerplate.ts";
import { parseDateline } from "./dates.ts";
import { wordCount } from "./quotes.ts";

export interface Header {
  title: string | null;
  byline: string | null;
  published: string | null;
}

/** Title, byline and dateline from the lines before the body starts. */
export function readHeader(paras: Classified[]): Header {
  const header: Header = { title: null, byline: null, published: null };
  for (const p of paras) {
    if (p.role === "body") break;
    if (p.role !== "heading") continue;
    const by = p.text.match(/^by\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/iu);
    const dl = parseDateline(p.text);
    if (by) header.byline ??= by[1]!.trim().replace(/\s+(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/, "");
    if (dl && (by || wordCount(p.text) - wordCount(dl && p.text.slice(dl.index, dl.end)) <= 3)) {
      header.published ??= dl.time ? `${dl.date}T${dl.time}` : dl.date;
      continue;
    }
    if (!by && !header.title && wordCount(p.text) >= 4) header.title = p.text;
  }
  return header;
}

/** The body as spans of the raw text: adjacent body paragraphs (no furniture between them) form one span. */
export function bodySpans(paras: Classified[]): Span[] {
  const spans: Span[] = [];
  let furnitureSince = true;
  for (const p of paras) {
    if (p.role !== "body") {
      furnitureSince = true;
      continue;
    }
    const last = spans.at(-1);
    if (last && !furnitureSince) last.end = p.end;
    else spans.push({ start: p.start, end: p.end });
    furnitureSince = false;
  }
  return spans;
}
