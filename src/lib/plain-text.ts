// Whether a text's words can be found without Unicode normalisation.

/**
 * Characters beyond ASCII that are never part of a word, before or after NFKD
 * (quotation marks, dashes, the ellipsis, no-break space). A text with no
 * others splits into the same words without normalising, and most news text
 * is such text: NFKD and Unicode-property patterns cost ~2.5× as much.
 */
const BEYOND_ASCII_SEPARATORS = /[^\x00-\x7f\u00a0\u00ab\u00bb\u2010-\u2015\u2018-\u201f\u2026]/;

/** True if every letter and digit of `text` is ASCII, and nothing in it changes under NFKD but separators. */
export const plainAscii = (text: string) => !BEYOND_ASCII_SEPARATORS.test(text);
