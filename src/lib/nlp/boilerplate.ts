// Separates an article's body from the page furniture scraped with it.
// Every rule is about the kind of furniture (promotions, teasers, forms,
// captions, feeds), never about one outlet's wording.
import type { Paragraph } from "./paragraphs.ts";
import { maskQuotes, quoteSpans } from "./quotes.ts";

export type Role = "body" | "heading" | "boilerplate";

export interface Classified extends Paragraph {
  role: Role;
  /** Why a paragraph was left out of the body (for debugging and tests). */
  reason?: string;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const TERMINAL = /[.!?…](?:["”’»)\]]|'')*\s*$|(?:["”»]|'')\s*$/;
// A quote signed with its speaker's name ("“The ferry should run.” ― Tomas Reyes"): a statement, however short.
const SIGNED_QUOTE = /["”»]\s*(?:[―—–]|--)\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,5}\.?\s*$/u;

/** Lines after which nothing is article text: feeds, comment forms, source markers. */
const END_MARKER =
  /^(news feed|more news|latest news|latest stories|most read|most popular|editors['’]? picks|trending( now)?|recommended( for you)?|you (may|might) also like|read next|source link|source\s*[:\-]?\s*site-?\d*|leave a (reply|comment)|comments?|\d+ comments?|share this( article)?|tags?:.*)$/i;
/** Lines that announce teasers; the line and the headline lines after it are furniture. */
const TEASER_MARKER =
  /^(related( stories| articles| news| content| coverage)?|see also|read more|also read|more on this( story)?)\s*:?$/i;
const TEASER_LINE = /^[•·\-–*]?\s*(read also|read more|see also|also read|related|watch|listen)\s*:/i;
const PROMO = [
  /\bbecome a (member|subscriber|patron)\b/i,
  /\bgift (a )?membership\b/i,
  /\bnew members\b/i,
  /\bsubscribe\b/i,
  /\bnewsletter\b/i,
  /\bsign(ing)? up\b/i,
  /\b(enter|your|correct) e-?mail\b/i,
  /\bindicates required\b/i,
  /\bsuccess?fully subscribed\b/i,
  /\bconfirmation e-?mail\b/i,
  /\b(donate|donation|financial contribution)\b/i,
  /\b(support|fund) (us|our)\b/i,
  /\bour (readers|reporting|journalism|mission|community|newsroom|supporters)\b/i,
  /\breaders like you\b/i,
  /\b\d[\d,]* (supporters|members)\b/i,
  /\bfunded by (our )?readers\b/i,
  /\bskip to (main )?content\b/i,
  /^edit post$/i,
  /\bthis (audio|article|summary) (is|was) (created|generated|produced) with\b/i,
  /\b(get it here|buy now|shop now|add to cart|order now)\b/i,
  /\$\s?\d[\d,]*(\.\d\d)?\s?(USD|EUR)\b/,
  /\b(akismet|comment data|reduce spam)\b/i,
  /\b(all rights reserved|privacy policy|terms of (use|service)|cookie)\b/i,
  /^(visa|mastercard|americanexpress|paypal)(\s+\w+)*$/i,
];
const CAPTION_CREDIT =
  /\((?:[^()]*\b(?:Getty|Images|Photo|AFP|Reuters|AP|Anadolu|Shutterstock|EPA|Sputnik|TASS|Pool)\b[^()]*)\)\s*$/;
const AUTHOR_BIO = /^(I['’]m|I am|About the author)\b.{0,80}\b(author|writer|editor|journalist|reporter)\b/i;

// A pitch speaks to the reader ("your email", "our readers", "Subscribe here").
const ADDRESSES_READER = /\b(you|your|our|us)\b|(?:^|[.!?]\s+)(subscribe|sign up|donate|click|join|become|support|follow|gift|get)\b/i;

// A paragraph that reports someone's words: news, however short ("The campaign says the average donation was $27.").
const REPORTS_SPEECH = /\b(said|says|told|according to)\b/i;

/** A promotion or form: a pitch's words, outside quotations. A paragraph of prose that does not speak
 * to the reader is news even with a pitch's words in it ("the average donation was $27"), when it is
 * long or reports someone's words. */
function isPromotion(text: string): boolean {
  // (masking quotations only removes words: a paragraph with no pitch's words at all is not masked)
  if (!PROMO.some((re) => re.test(text))) return false;
  const own = unquoted(text);
  if (!PROMO.some((re) => re.test(own))) return false;
  return !((words(text) >= 25 || REPORTS_SPEECH.test(own)) && isProse(text)) || ADDRESSES_READER.test(own);
}

/** The text outside quotations: "our community" in someone's quoted words is no pitch of the page's. */
function unquoted(text: string): string {
  return maskQuotes(text, quoteSpans(text));
}

function isIconStrip(text: string): boolean {
  const icons = text.match(/icon/gi)?.length ?? 0;
  return icons >= 5 && icons / Math.max(1, words(text)) > 0.2;
}

/** A line that reads as prose: a sentence, not a headline or a label. */
export function isProse(text: string): boolean {
  const n = words(text);
  // A quote running on into the next paragraph leaves its paragraph open: still prose.
  const runsOn = (text.match(/[“«„]/g)?.length ?? 0) > (text.match(/[”»]/g)?.length ?? 0) && /^[“«„"]/.test(text);
  return ((TERMINAL.test(text) || SIGNED_QUOTE.test(text) || runsOn) && n >= 5) || n >= 30;
}

export function classify(paras: Paragraph[]): Classified[] {
  const out: Classified[] = paras.map((p) => ({ ...p, role: "body" as Role }));
  let ended = false;
  let teaserRun = false;
  for (const p of out) {
    const t = p.text;
    if (ended) {
      p.role = "boilerplate";
      p.reason = "after end marker";
      continue;
    }
    if (END_MARKER.test(t)) {
      p.role = "boilerplate";
      p.reason = "end marker";
      ended = true;
      continue;
    }
    if (teaserRun && !isProse(t)) {
      p.role = "boilerplate";
      p.reason = "teaser";
      continue;
    }
    teaserRun = false;
    if (TEASER_MARKER.test(t)) {
      p.role = "boilerplate";
      p.reason = "teaser marker";
      teaserRun = true;
    } else if (TEASER_LINE.test(t)) {
      p.role = "boilerplate";
      p.reason = "teaser";
    } else if (isIconStrip(t)) {
      p.role = "boilerplate";
      p.reason = "icon strip";
    } else if (isPromotion(t)) {
      p.role = "boilerplate";
      p.reason = "promotion or form";
    } else if (CAPTION_CREDIT.test(t)) {
      p.role = "boilerplate";
      p.reason = "caption";
    } else if (AUTHOR_BIO.test(t)) {
      p.role = "boilerplate";
      p.reason = "author bio";
    } else if (!isProse(t)) {
      p.role = "heading";
    }
  }
  markTrailingTeasers(out);
  return out;
}

/**
 * A headline followed by one short paragraph, with nothing but furniture after
 * it, is a teaser for another story ("What we know about …" + its dek).
 */
function markTrailingTeasers(out: Classified[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const head = out[i]!;
    const dek = out[i + 1]!;
    if (head.role !== "heading" || words(head.text) < 5) continue;
    if (dek.role !== "body" || words(dek.text) > 30) continue;
    const rest = out.slice(i + 2);
    if (rest.length === 0 || rest[0]!.role !== "boilerplate") continue;
    if (!out.slice(0, i).some((p) => p.role === "body")) continue;
    head.role = dek.role = "boilerplate";
    head.reason = dek.reason = "teaser";
  }
}
