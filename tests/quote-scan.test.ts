// The quote scanner jumps from one possible mark to the next: property test
// against the plain rule, read one character at a time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quoteSpans, type QuoteSpan } from "../src/lib/nlp/quotes.ts";
import { allMatches } from "../src/lib/matches.ts";

const PAIRS: Record<string, string[]> = {
  "“": ["”", "“", '"', "''"],
  "”": ["”", "“", '"'],
  "«": ["»"],
  "„": ["“", "”"],
  '"': ['"', "”"],
  "''": ["''", "”", '"'],
  "``": ["''", "”", '"'],
  "‘": ["’"],
  "'": ["'"],
};
const SINGLE = ["‘", "'"];

/** At each character: a mark opens there if it stands at a word start (single marks and ” also before a letter),
 * and closes at its first closer (a single one not before a letter); an unclosed double mark at the start runs on. */
function reference(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = 0; i < text.length; ) {
    const two = text.slice(i, i + 2);
    const mark = two === "''" || two === "``" ? two : text[i]! in PAIRS ? text[i]! : null;
    const next = mark && text[i + mark.length];
    const opensWord = next !== undefined && next !== null && /[\p{L}\p{N}]/u.test(next);
    const atWordStart = i === 0 || /[\s(\[—–-]/.test(text[i - 1]!);
    if (!mark || ([...SINGLE, "”"].includes(mark) && !(atWordStart && opensWord)) || (mark === '"' && !atWordStart && /\p{L}/u.test(text[i - 1] ?? ""))) {
      i++;
      continue;
    }
    let j = i + mark.length;
    let close: string | undefined;
    let nested = 0;
    for (; j < text.length; j++) {
      close = PAIRS[mark]!.find((c) => text.startsWith(c, j));
      // (a “ at a word start before a letter, with two ” after it, opens a quote inside this one)
      const opensInner = mark === "“" && close === "“" && /\s/.test(text[j - 1] ?? "") && /[\p{L}\p{N}]/u.test(text[j + 1] ?? "") && (text.slice(j).match(/”/g)?.length ?? 0) >= 2;
      if (opensInner) nested++;
      else if (close === "”" && nested > 0) nested--;
      else if (close && !(SINGLE.includes(mark) && /\p{L}/u.test(text[j + 1] ?? ""))) break;
      close = undefined;
    }
    if (!close) {
      if (["“", "”", "«", "„", '"', "''", "``"].includes(mark) && i <= 1 && opensWord) {
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

// words, spaces and every mark the scanner knows, often
const chars = fc.constantFrom(..."ab Z9 .,(-", "“", "”", "«", "»", "„", '"', "'", "`", "‘", "’", "—");

describe("quoteSpans", () => {
  it("finds what a character-by-character reading finds", () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }).map((cs) => cs.join("")), (s) => {
        expect(quoteSpans(s)).toEqual(reference(s));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads the common forms", () => {
    expect(quoteSpans("He said “we will talk” and ‘no’ to O’Brien's ``plan''.").map((q) => q.inner)).toEqual(["we will talk", "no", "plan"]);
    expect(quoteSpans("“It runs on").map((q) => q.open)).toEqual([true]);
    // a closing mark typed to open, at a word start before a letter; a closing mark after a word closes
    expect(quoteSpans("”Fortunately, he is open.” ― Beck Pimentel").map((q) => q.inner)).toEqual(["Fortunately, he is open."]);
    expect(quoteSpans("He said no.” Then ”we will see”.").map((q) => q.inner)).toEqual(["we will see"]);
    // a quote inside a quote with the same marks; a mistyped “ closing one
    expect(quoteSpans("“I’d rather live in what he calls “hell” than here.” ― Ana").map((q) => q.inner)).toEqual(["I’d rather live in what he calls “hell” than here."]);
    expect(quoteSpans("“We are ready“ said Holt.").map((q) => q.inner)).toEqual(["We are ready"]);
  });
});

describe("allMatches", () => {
  const patterns = [/[\p{L}\p{N}]+/gu, /\b(?:say|said)\b/gi, /x*/g, /(?:)/gu, /(?<=,)\s*/g];
  it("finds what String#matchAll finds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."ab, xSaid say 😀é"), { maxLength: 20 }).map((cs) => cs.join("")), fc.constantFrom(...patterns), (s, re) => {
        const strip = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);
        expect(strip(allMatches(re, s))).toEqual(strip([...s.matchAll(re)]));
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses a pattern without the global flag", () => {
    expect(() => allMatches(/a/, "aaa")).toThrow(TypeError);
  });
});
