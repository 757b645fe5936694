// Quoted spans in a sentence: “…”, «…», „…“, "…" and ‘…’ (when the marks
// stand at word edges, so apostrophes are not taken for quotes).

export interface QuoteSpan {
  /** offsets of the marks themselves, relative to the text given */
  start: number;
  end: number;
  inner: string;
}

const PAIRS: Record<string, string[]> = {
  "“": ["”", "“", '"'],
  "«": ["»"],
  "„": ["“", "”"],
  '"': ['"', "”"],
  "‘": ["’"],
  "'": ["'"],
};
// Single quotes double as apostrophes: they open only at a word start and close only at a word end.
const SINGLE = new Set(["‘", "'"]);

export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const closers = PAIRS[ch];
    if (!closers) {
      i++;
      continue;
    }
    const atWordStart = i === 0 || /[\s(\[—–-]/.test(text[i - 1]!);
    const opensWord = i + 1 < text.length && /[\p{L}\p{N}]/u.test(text[i + 1]!);
    if ((SINGLE.has(ch) && !(atWordStart && opensWord)) || (ch === '"' && !atWordStart && i > 0 && /\p{L}/u.test(text[i - 1]!))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < text.length; j++) {
      const c = text[j]!;
      if (!closers.includes(c)) continue;
      if (SINGLE.has(ch) && j + 1 < text.length && /\p{L}/u.test(text[j + 1]!)) continue; // an apostrophe
      break;
    }
    if (j >= text.length) {
      i++;
      continue;
    }
    const inner = text.slice(i + 1, j);
    if (inner.trim()) out.push({ start: i, end: j + 1, inner });
    i = j + 1;
  }
  return out;
}

/** `text` with every quoted span's inside blanked (length kept), so the words
 * of a quotation are never read as attribution. */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  let out = text;
  for (const q of spans) {
    out = out.slice(0, q.start + 1) + "_".repeat(q.end - q.start - 2) + out.slice(q.end - 1);
  }
  return out;
}

export const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
