// Sentence segmentation with offsets. Handles abbreviations ("Mr.", "U.S.",
// "Nov."), initials, and quotes that run over several sentences.
import { world } from "./world.ts";
import { QUOTE_SIGNATURE } from "./signatures.ts";
import { reversedOpening } from "./quotes.ts";

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep rev st jr sr inc corp co ltd " +
    "no vs etc e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec " +
    "mon tue tues wed thu thur thurs fri sat sun dept est approx fig"
  ).split(" "),
);

// A speech verb within the next few words: the attribution of the quote just closed.
// Verbs that attribute a quote from right after it ("“Why?” Vitter demanded.").
const AFTER_QUOTE_VERBS =
  "said|says|asked|asks|told|added|adds|wrote|writes|tweeted|replied|responded|shouted|yelled|cried|continued|explained|" +
  "exclaimed|wondered|joked|quipped|demanded|insisted|pleaded|protested|countered|snapped|mused|declared|argued|noted|chanted";
const ATTRIBUTION_AHEAD = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{L}.'’-]*|he|she|they|we|I|the|a|an|[a-z]+)\s+){0,3}(?:${AFTER_QUOTE_VERBS})\b`,
  "u",
);
const BARE_ATTRIBUTION = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:${AFTER_QUOTE_VERBS})(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+)?\s*[.!?]`,
  "u",
);

const OPEN_DOUBLE = new Set(["“", "«", "„"]);
const CLOSE_DOUBLE = new Set(["”", "»"]);
// Every character the splitter acts on: quote marks and terminal marks.
const MARKS = /[`'"“«„”».!?…]/g;

/** Whether the full stop at `dot` closes an abbreviation ("Mrs.", "Sen.", "U.S.", an initial). */
export function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word) || world.abbreviations.has(word)) return true;
  // Initials and dotted acronyms: "F.", "U.S", "U.N".
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Split `text` (which starts at `offset` in the raw file) into sentences.
 * A terminal mark ends a sentence when what follows is not a lower-case letter. Inside an open double quote no break is
 * made, unless the quotes never balance, when they are ignored.
 */
export function sentences(text: string, offset = 0): Sentence[] {
  const split = (quoteAware: boolean): Sentence[] | null => {
    const out: Sentence[] = [];
    let start = 0;
    let depth = 0;
    let straightOpen = false;
    for (let i = 0; i < text.length; i++) {
      // (straight to the next mark that can change the state, not through every character)
      MARKS.lastIndex = i;
      const found = MARKS.exec(text);
      if (!found) break;
      i = found.index;
      const ch = text[i]!;
      const doubled = (ch === "`" || ch === "'") && text[i + 1] === ch;
      // Typewriter quotes: ``…'' opens and closes like “…”; ''…'' toggles like "…".
      if (doubled && ch === "`") (depth++, i++);
      else if (doubled) {
        if (depth > 0) depth--;
        else straightOpen = !straightOpen;
        i++;
        continue;
      } else if (OPEN_DOUBLE.has(ch) || reversedOpening(text, i)) depth++;
      else if (CLOSE_DOUBLE.has(ch)) depth = Math.max(0, depth - 1);
      else if (ch === '"') straightOpen = !straightOpen;
      if (!/[.!?…]/.test(ch)) continue;
      let j = i + 1;
      while (j < text.length && /[.!?…"”’'»)\]]/.test(text[j]!)) {
        if (text.startsWith("''", j)) {
          if (depth > 0) depth--;
          else straightOpen = !straightOpen;
          j += 2;
          continue;
        }
        if (text[j] === '"') straightOpen = !straightOpen;
        else if (CLOSE_DOUBLE.has(text[j]!)) depth = Math.max(0, depth - 1);
        j++;
      }
      if (quoteAware && (depth > 0 || straightOpen)) continue;
      // "“…shame.” ― Sonya Herridge": the name signing a quote belongs to its sentence
      if (/["”»']/.test(text[j - 1]!)) j += QUOTE_SIGNATURE.exec(text.slice(j))?.[0].length ?? 0;
      if (j < text.length && !/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      if (k >= text.length) break;
      const next = text[k]!;
      // Anything but a lower-case letter can start a sentence: capitals, digits,
      // quotes, and scripts without case (Arabic, Chinese) or emoji.
      if (/\p{Ll}/u.test(next)) continue;
      if (ch === "." && j === i + 1 && isAbbreviation(text, i)) continue;
      // "“What now?” she asked.": a quote ending in ? or ! goes on into its attribution.
      // (after a full stop, only a bare attribution: "“… missing.” Trump said.")
      if (/["”’'»]/.test(text[j - 1]!) && ATTRIBUTION_AHEAD.test(text.slice(k, k + 60)) && (ch !== "." || BARE_ATTRIBUTION.test(text.slice(k, k + 80))))
        continue;
      out.push({ start: start, end: j, text: text.slice(start, j) });
      start = k;
      i = k - 1;
    }
    if (quoteAware && (depth > 0 || straightOpen)) return null;
    if (start < text.length) {
      const rest = text.slice(start).trimEnd();
      if (rest) out.push({ start, end: start + rest.length, text: rest });
    }
    return out;
  };
  const parts = split(true) ?? split(false)!;
  return parts.map((s) => ({ start: s.start + offset, end: s.end + offset, text: s.text }));
}
