// Statements marked with their speaker's name rather than introduced by a verb:
// - a quote followed by a dash and a name ("“…” — Jane Roe"), the form of
//   reader round-ups, epigraphs and vox pops;
// - an embedded social-media post as a scraped page holds it: the post's text,
//   then "— Name (@handle) Month D, YYYY";
// - a transcript's paragraphs, each opening with its speaker's name in capitals
//   ("PENCE: Well, look, …").
import type { Attribution } from "./attribution.ts";
import type { SentenceView } from "./quotes.ts";
import { wordCount } from "./quotes.ts";
import { resolveNP, type ArticleEntities } from "./speakers.ts";
import { world } from "./world.ts";

// A name as signed: capitalised words and initials ("Edwin G. Monroy", "Christina N Luis Olidem").
// (an initial is tried first, so that "P." is not taken for the name's last word and the sentence's end)
const NAME = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)){0,4}`;
const DASH = String.raw`(?:[―—–]|--)`;

/** After a quote that closed a sentence: the dash and name signing it, ending where the name ends
 * (before the next quote, a capital or the end; never before more of the same sentence). */
export const QUOTE_SIGNATURE = new RegExp(String.raw`^\s*${DASH}\s*${NAME}(?=\s*$|\.(?:\s|$)|\s+[“"«„‘'\p{Lu}])`, "u");

/** "“…” — Jane Roe": a sentence that is one quote and its signature. */
export function signedQuote(view: SentenceView, ctx: ArticleEntities): Attribution | null {
  const q = view.quotes[0];
  if (!q || q.start > 1 || wordCount(q.inner) < 3) return null;
  const rest = view.text.slice(q.end);
  const m = new RegExp(String.raw`^\s*${DASH}\s*(${NAME})\.?\s*$`, "u").exec(rest);
  if (!m) return null;
  const speaker = resolveNP(m[1]!, ctx) ?? ctx.person(m[1]!);
  const at = q.end + rest.indexOf(m[1]!);
  return { speaker, verbStart: at, verbEnd: at, contentStart: q.start, contentEnd: q.end };
}

export interface PostSignature {
  /** paragraph-relative: where the post's own words end (the dash) */
  contentEnd: number;
  name: string;
  /** the date as written, and where it starts in the paragraph */
  dateText: string;
  dateIndex: number;
}

// "— Paul Ryan (@SpeakerRyan) July 5, 2016": how embedded posts are signed on news pages.
const POST = new RegExp(
  String.raw`(?:^|\s)${DASH}\s*([^()\n—―]{2,60}?)\s*\(@\w{1,30}\)\s*((?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4})|(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4}))`,
  "u",
);

/** The signature of an embedded post ending a paragraph, if it has one. */
export function postSignature(text: string): PostSignature | null {
  const m = POST.exec(text);
  // the signature ends the paragraph (markup and a full stop may follow)
  if (!m || !/^\s*(?:<\/?\w[^>]*>\s*)*[.]?\s*$/.test(text.slice(m.index + m[0].length))) return null;
  const dateIndex = m.index + m[0].length - m[2]!.length;
  return { contentEnd: m.index, name: m[1]!.trim(), dateText: m[2]!, dateIndex };
}

export interface TranscriptLabel {
  /** the name as a name is written ("PENCE" → "Pence") */
  name: string;
  /** paragraph-relative start of what they said */
  contentStart: number;
}

/** "PENCE: Well, look, …" (a quote mark may open the paragraph): the speaker's label and where their words start.
 * Editorial labels ("UPDATE:", "WATCH:") are not speakers. */
export function transcriptLabel(text: string): TranscriptLabel | null {
  const m = /^["“]?((?:\p{Lu}[\p{Lu}'’.-]+)(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}):\s+(?=\S)/u.exec(text);
  if (!m || world.editorialLabels.has(m[1]!.toLowerCase())) return null;
  const name = m[1]!.toLowerCase().replace(/(^|[\s'’.-])\p{Ll}/gu, (c) => c.toUpperCase());
  return { name, contentStart: m[0].length };
}
