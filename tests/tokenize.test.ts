// The search's tokenizer takes a shortcut for text whose only characters beyond
// ASCII are quotation marks, dashes and the like: property test against the
// general rule (NFKD, accents removed, lower case, letters and digits).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STOPWORDS, tokenize } from "../src/site/search.ts";

const reference = (s: string) =>
  (
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((t) => t.length > 1 && !STOPWORDS.has(t));

// letters, digits, punctuation, and the characters beyond ASCII that news text is full of
const chars = fc.constantFrom(..."aZq09 .,'-\"\n\t", "\u00a0", "«", "»", "‐", "–", "—", "‘", "’", "“", "”", "„", "…", "é", "ß", "ﬁ", "Ö", "\u0301", "２", "ı", "İ", "Ω");

describe("tokenize", () => {
  it("gives the general rule's words for any text", () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((cs) => cs.join("")), (s) => {
        expect(tokenize(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads news text with curly quotes and dashes as words", () => {
    expect(tokenize("“We’re not — at all — ready,” said O’Brien… «Non»")).toEqual(["re", "all", "ready", "said", "brien", "non"]);
    expect(tokenize("Zelenskyy’s café")).toEqual(reference("Zelenskyy’s café"));
  });
});
