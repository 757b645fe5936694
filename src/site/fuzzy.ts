// Fuse.js's fuzzy matching and scores (v7.5, https://fusejs.io, Apache-2.0),
// restated for the one way the search uses it: case-insensitive, location
// ignored, the default distance, sorted, with a limit. Fuse's index and
// searcher classes were most of a search's work in the browser on a cold page
// (~12 ms a query on these machines) and 20 KB of the app's 33 KB of script;
// this is the same arithmetic in the same order, so results and scores are
// Fuse's (tests/search-shards.test.ts compares them with Fuse itself).

/** Per pattern character, the bits of its positions (Fuse's createPatternAlphabet). */
function alphabetOf(pattern: string): Record<string, number> {
  const mask: Record<string, number> = {};
  for (let i = 0; i < pattern.length; i++) mask[pattern.charAt(i)] = (mask[pattern.charAt(i)] || 0) | (1 << (pattern.length - i - 1));
  return mask;
}

/** Whether the mask has a run of `min` marked characters (Fuse's convertMaskToIndices, non-empty). */
function hasRun(mask: Uint8Array, min: number): boolean {
  let start = -1;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] && start === -1) start = i;
    else if (!mask[i] && start !== -1) {
      if (i - start >= min) return true;
      start = -1;
    }
  }
  return !!mask[mask.length - 1] && mask.length - start >= min;
}

// Two rows of bits, reused (a new typed array per row and text was much of the work on a cold page).
const rows = [new Int32Array(64), new Int32Array(64)];
function scratch(k: number, size: number): Int32Array {
  if (rows[k]!.length < size) rows[k] = new Int32Array(size * 2);
  return rows[k]!;
}

/**
 * Bitap over one piece of the pattern (at most 32 characters) expected at
 * `location`: Fuse's search() with ignoreLocation, so a score is errors over
 * the pattern's length. The loops, their bounds and early exits are Fuse's.
 */
function bitap(text: string, pattern: string, alphabet: Record<string, number>, location: number, threshold: number, minMatch: number) {
  const patternLen = pattern.length;
  const textLen = text.length;
  const expected = Math.max(0, Math.min(location, textLen));
  const score = (errors: number) => errors / patternLen;
  let currentThreshold = threshold;
  let bestLocation = expected;
  const marks = minMatch > 1 ? new Uint8Array(textLen) : null;
  let index: number;
  // exact occurrences: score 0
  while ((index = text.indexOf(pattern, bestLocation)) > -1) {
    currentThreshold = Math.min(0, currentThreshold);
    bestLocation = index + patternLen;
    if (marks) marks.fill(1, index, index + patternLen);
  }
  bestLocation = -1;
  let lastBits = scratch(1, textLen + patternLen + 2);
  let finalScore = 1;
  let bestErrors = 0;
  let binMax = patternLen + textLen;
  const mask = 1 << (patternLen - 1);
  for (let i = 0; i < patternLen; i++) {
    let binMin = 0;
    let binMid = binMax;
    while (binMin < binMid) {
      if (score(i) <= currentThreshold) binMin = binMid;
      else binMax = binMid;
      binMid = Math.floor((binMax - binMin) / 2 + binMin);
    }
    binMax = binMid;
    let start = Math.max(1, expected - binMid + 1);
    const finish = Math.min(expected + binMid, textLen) + patternLen;
    // (Fuse's arrays hold undefined where these hold 0: the same under bitwise operators)
    const bits = scratch(i % 2, finish + 2);
    bits.fill(0, 0, finish + 2);
    bits[finish + 1] = (1 << i) - 1;
    for (let j = finish; j >= start; j--) {
      const at = j - 1;
      bits[j] = ((bits[j + 1]! << 1) | 1) & (alphabet[text[at]!] ?? 0);
      if (i) bits[j]! |= (((lastBits[j + 1]! | lastBits[j]!) << 1) | 1 | lastBits[j + 1]!);
      if (bits[j]! & mask) {
        finalScore = score(i);
        if (finalScore <= currentThreshold) {
          currentThreshold = finalScore;
          bestLocation = at;
          bestErrors = i;
          if (bestLocation <= expected) break;
          start = Math.max(1, 2 * expected - bestLocation);
        }
      }
    }
    if (score(i + 1) > currentThreshold) break;
    lastBits = bits;
  }
  let isMatch = bestLocation >= 0;
  if (marks) {
    if (isMatch) for (let k = bestLocation; k <= Math.min(textLen - 1, bestLocation + patternLen - 1 + bestErrors); k++) if (alphabet[text[k]!]) marks[k] = 1;
    if (!hasRun(marks, minMatch)) isMatch = false;
  }
  return { isMatch, score: Math.max(0.001, finalScore) };
}

/** A pattern ready to match texts (Fuse's BitapSearch): lower-cased, in pieces of 32 characters. */
export function matcher(pattern: string, threshold: number, minMatch: number): (text: string) => { isMatch: boolean; score: number } {
  const p = pattern.toLowerCase();
  const chunks: Array<{ pattern: string; alphabet: Record<string, number>; start: number }> = [];
  const add = (piece: string, start: number) => chunks.push({ pattern: piece, alphabet: alphabetOf(piece), start });
  if (p.length > 32) {
    const end = p.length - (p.length % 32);
    for (let i = 0; i < end; i += 32) add(p.substr(i, 32), i);
    if (p.length % 32) add(p.substr(p.length - 32), p.length - 32);
  } else if (p.length) add(p, 0);
  return (raw) => {
    const text = raw.toLowerCase();
    if (p === text) return text.length < minMatch ? { isMatch: false, score: 1 } : { isMatch: true, score: 0 };
    let total = 0;
    let any = false;
    for (const c of chunks) {
      const r = bitap(text, c.pattern, c.alphabet, c.start, threshold, minMatch);
      if (r.isMatch) any = true;
      total += r.score;
    }
    return { isMatch: any, score: any ? total / chunks.length : 1 };
  };
}

/** Fuse's field-length norm: 1 / √(words), to three decimals. */
export function fieldNorm(value: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const space = (c >= 9 && c <= 13) || c === 32 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.round(1000 / Math.pow(words || 1, 0.5)) / 1000;
}

const blank = (s: string) => !s.trim().length;

/**
 * One item's score as Fuse computes it, or null if nothing matches: a string
 * item's norm-weighted match, or the product over the keys' values (a key's
 * weight is 1 / keys, an exact match counts as Number.EPSILON).
 */
export function itemScore(item: unknown, keys: string[] | undefined, match: ReturnType<typeof matcher>): number | null {
  if (!keys) {
    const text = item as string;
    if (blank(text)) return null;
    const r = match(text);
    return r.isMatch ? Math.pow(r.score, 1 * fieldNorm(text)) : null;
  }
  let total = 1;
  let any = false;
  for (const key of keys) {
    const value = (item as Record<string, unknown>)[key];
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== "string" || blank(text)) continue;
      const r = match(text);
      if (!r.isMatch) continue;
      any = true;
      total *= Math.pow(r.score === 0 ? Number.EPSILON : r.score, (1 / keys.length) * fieldNorm(text));
    }
  }
  return any ? total : null;
}
