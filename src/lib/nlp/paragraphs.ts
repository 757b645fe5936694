// Raw page text → paragraphs with offsets into the raw text.
// remark finds the block structure of text with Markdown block syntax; scraped
// pages put one paragraph per line without blank lines between them, so each
// block is split again at line breaks, except where a line plainly runs on
// into the next.
import { unified } from "unified";
import remarkParse from "remark-parse";

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = unified().use(remarkParse);
const LEAF_BLOCKS = new Set(["paragraph", "heading", "code", "html", "table", "definition"]);

// Markdown's block syntax at a line's start: lists, quotes, indented code, headings, fences,
// HTML, tables, setext underlines, thematic breaks. Text with none of it is blocks between blank
// lines, as remark would find them (tests/paragraphs.test.ts), without parsing every line's inline
// content, which took a fifth of extraction's time.
const BLOCK_SYNTAX = /^(?: {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)| {0,3}>| {4,}\S|\t| {0,3}(?:#{1,6}(?:\s|$)|```|~~~|<[a-zA-Z/!?]|\||=+\s*$|-+\s*$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$))/m;

/** The text's blocks (start and end offsets), by remark unless it has no block syntax at all. */
export function blocks(raw: string): Array<[number, number]> {
  return BLOCK_SYNTAX.test(raw) ? markdownBlocks(raw) : plainBlocks(raw);
}

export function markdownBlocks(raw: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const walk = (node: Node) => {
    const p = node.position;
    if (LEAF_BLOCKS.has(node.type) && p?.start.offset != null && p.end.offset != null) {
      out.push([p.start.offset, p.end.offset]);
      return;
    }
    node.children?.forEach(walk);
  };
  walk(parser.parse(raw) as Node);
  return out;
}

/** Runs of lines with text, between blank lines. */
export function plainBlocks(raw: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // (from the first character of text to the end of its last line, as remark's paragraphs run)
  const re = /\S[^\r\n]*(?:\r?\n[^\S\r\n]*\S[^\r\n]*)*/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const ENDS_SENTENCE = /[.!?:;"”’»)\]…]\s*$/;

/** Paragraphs of the raw text, in order, each a trimmed slice of it. */
export function paragraphs(raw: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const [bStart, bEnd] of blocks(raw)) {
    let pending: Paragraph | null = null;
    const lineRe = /[^\r\n]+/g;
    const block = raw.slice(bStart, bEnd);
    for (let m = lineRe.exec(block); m; m = lineRe.exec(block)) {
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      if (!text) continue;
      const start = bStart + m.index + lead;
      const line = { start, end: start + text.length, text };
      // A line that stops mid-sentence and a next line that starts in lower case
      // are one paragraph broken by the page's layout.
      if (pending && !ENDS_SENTENCE.test(pending.text) && /^[a-z]/.test(text)) {
        pending = { start: pending.start, end: line.end, text: raw.slice(pending.start, line.end) };
        continue;
      }
      if (pending) out.push(pending);
      pending = line;
    }
    if (pending) out.push(pending);
  }
  return out;
}
