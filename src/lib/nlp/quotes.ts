// Quoted spans in a sentence: “…”, «…», „…“, "…", ‘…’ and '…' (single marks
// only at word edges, so apostrophes are not taken for quotes), ”…” (a closing
// mark typed to open, at a word start), and the
// typewriter conventions ''…'' (two apostrophes) and ``…''. An opening double
// mark that never closes — a quote running on into the next paragraph — runs
// to the end of the text.

export interface QuoteSpan {
  /** offsets of the marks themselves, relative to the text given */
  start: number;
  end: number;
  inner: string;
  /** where `inner` starts (after a one- or two-character mark) */
  innerStart: number;
  /** the opening mark ran on to the end without a closing one */
  open?: boolean;
}

const PAIRS: Record<string, string[]> = {
  "“": ["”", "“", '"', "''"],
  // (a closing mark typed to open: only at a word start, before a letter — see markAt)
  "”": ["”", "“", '"'],
  "«": ["»"],
  "„": ["“", "”"],
  '"': ['"', "”"],
  "''": ["''", "”", '"'],
  "``": ["''", "”", '"'],
  "‘": ["’"],
  "'": ["'"],
};
const charClass = (chars: string[]) => new RegExp(`[${[...new Set(chars)].map((c) => c.replace(/[\]\\^-]/g, "\\$&")).join("")}]`, "g");
// Where a mark may start, and where each mark's closers may start: the scans jump between these.
const OPENING = charClass([...Object.keys(PAIRS).map((m) => m[0]!), "`"]);
const CLOSING_STARTS: Record<string, RegExp> = Object.fromEntries(Object.entries(PAIRS).map(([m, closers]) => [m, charClass(closers.map((c) => c[0]!))]));
// Single quotes double as apostrophes: they open only at a word start and close only at a word end.
const SINGLE = new Set(["‘", "'"]);
const DOUBLE_OPENERS = new Set(["“", "”", "«", "„", '"', "''", "``"]);

/** ”Fortunately, …” — a closing mark where an opening one belongs: at a word start, before a letter. */
export const reversedOpening = (text: string, i: number): boolean =>
  text[i] === "”" && (i === 0 || /[\s(\[—–-]/.test(text[i - 1]!)) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? "");

/** A “ inside a “…” quote that opens one of its own (at a word start, before a letter) rather than
 * closing it as a mistyped ”, when a ” follows for it and for the outer quote. */
function nestedOpening(text: string, j: number): boolean {
  if (!/\s/.test(text[j - 1] ?? "") || !/[\p{L}\p{N}]/u.test(text[j + 1] ?? "")) return false;
  const first = text.indexOf("”", j);
  return first >= 0 && text.indexOf("”", first + 1) >= 0;
}

/** The quote mark at `i`, if one starts there (two-character marks first). */
function markAt(text: string, i: number): string | null {
  const ch = text[i]!;
  // (the common case first: no quote mark here, nothing to slice)
  if (!(ch in PAIRS) && ch !== "`") return null;
  if ((ch === "'" || ch === "`") && text[i + 1] === ch) return ch + ch;
  if (ch === "”") return reversedOpening(text, i) ? ch : null;
  return ch in PAIRS ? ch : null;
}

function closerAt(text: string, j: number, closers: string[]): string | null {
  for (const c of closers) if (text.startsWith(c, j)) return c;
  return null;
}

export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    // (straight to the next character that can open a quote)
    OPENING.lastIndex = i;
    const found = OPENING.exec(text);
    if (!found) break;
    i = found.index;
    const mark = markAt(text, i);
    if (!mark) {
      i++;
      continue;
    }
    const atWordStart = i === 0 || /[\s(\[—–-]/.test(text[i - 1]!);
    const next = text[i + mark.length];
    const opensWord = next !== undefined && /[\p{L}\p{N}]/u.test(next);
    if ((SINGLE.has(mark) && !(atWordStart && opensWord)) || (mark === '"' && !atWordStart && i > 0 && /\p{L}/u.test(text[i - 1]!))) {
      i++;
      continue;
    }
    const closers = PAIRS[mark]!;
    let j = i + mark.length;
    let close: string | null = null;
    const closing = CLOSING_STARTS[mark]!;
    // quotes of the same marks inside this one: “… what he calls “hell” than …”
    let nested = 0;
    for (; j < text.length; j++) {
      closing.lastIndex = j;
      const next = closing.exec(text);
      close = null;
      if (!next) {
        j = text.length;
        break;
      }
      j = next.index;
      close = closerAt(text, j, closers);
      if (!close) continue;
      if (SINGLE.has(mark) && j + 1 < text.length && /\p{L}/u.test(text[j + 1]!)) continue; // an apostrophe
      if (mark === "“" && close === "“" && nestedOpening(text, j)) {
        nested++;
        continue;
      }
      if (nested > 0 && close === "”") {
        nested--;
        continue;
      }
      break;
    }
    if (!close || j >= text.length) {
      // An unclosed double quote that opens the text runs on past it (multi-paragraph quotes).
      if (DOUBLE_OPENERS.has(mark) && i <= 1 && opensWord) {
        out.push({ start: i, end: text.length, inner: text.slice(i + mark.length), innerStart: i + mark.length, open: true });
        return out;
      }
      i += mark.length;
      continue;
    }
    const inner = text.slice(i + mark.length, j);
    if (inner.trim()) out.push({ start: i, end: j + close.length, inner, innerStart: i + mark.length });
    i = j + close.length;
  }
  return out;
}

/** `text` with every quoted span's inside blanked (length kept), so the words
 * of a quotation are never read as attribution. */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  let out = text;
  for (const q of spans) {
    const a = q.innerStart;
    const b = a + q.inner.length;
    out = out.slice(0, a) + "_".repeat(b - a) + out.slice(b);
  }
  return out;
}

export const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** One sentence as every later stage reads it: its quotes found once, and its text with them masked. */
export interface SentenceView {
  text: string;
  /** offsets into the raw file */
  start: number;
  end: number;
  quotes: QuoteSpan[];
  masked: string;
}

export function sentenceView(s: { text: string; start: number; end: number }): SentenceView {
  const quotes = quoteSpans(s.text);
  return { ...s, quotes, masked: maskQuotes(s.text, quotes) };
}
