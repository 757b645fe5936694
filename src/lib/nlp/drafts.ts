// Who said what, sentence by sentence: each body sentence's attribution, quotes
// carried to the speaker before them, and the date each statement was made.
import type { Classified } from "./boilerplate.ts";
import { sentences } from "./sentences.ts";
import { attribute, headlineView, subjectNP, titleCase, type Attribution } from "./attribution.ts";
import { sentenceView, wordCount, type SentenceView } from "./quotes.ts";
import { resolveNP, type ArticleEntities, type SpeakerRef } from "./speakers.ts";
import { scanMentions } from "./mentions.ts";
import { findDates, readDateline, type DateMention } from "./dates.ts";
import { postSignature, transcriptLabel, type TranscriptLabel } from "./signatures.ts";

export interface Draft {
  speaker: SpeakerRef;
  start: number;
  end: number;
  quotes: string[];
  content: string;
  /** the reporting verb ("rejected", "demanded"): it can carry the speaker's own position */
  verb: string;
  direct: boolean;
  date: DateMention | null;
  paragraph: number;
}

/** The date stated for an attribution: next to the verb or before it, never inside the statement's
 * own words ("said a communiqué would be published on Monday" was not said on Monday). */
function statedDate(sentence: SentenceView, a: Attribution, published: string | null): DateMention | null {
  const quotes = sentence.quotes;
  const inQuote = (i: number) => quotes.some((q) => i >= q.start && i < q.end);
  const candidates = findDates(sentence.text, published).filter((d) => !d.weak && !inQuote(d.index));
  // "said on Tuesday", "told reporters Tuesday", "said in an interview on Sunday"
  const besideVerb = candidates.find((d) => d.index >= a.verbEnd && ADVERBIAL_GAP.test(sentence.text.slice(a.verbEnd, d.index)));
  if (besideVerb) return besideVerb;
  // a date describing the speaker ("Mitchell, who was ambassador until this year, said") is not when they spoke
  const relatives = [...sentence.text.matchAll(/,\s*(?:who|which|whose)\b[^,]*,/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const described = (d: DateMention) => relatives.some(([a0, a1]) => d.index >= a0 && d.end <= a1);
  const outside = candidates.filter(
    (d) => !described(d) && (d.end <= Math.min(a.contentStart, a.verbStart) || (d.index >= a.contentEnd && d.index >= a.verbEnd)),
  );
  const before = outside.filter((d) => d.end <= a.verbStart).at(-1);
  return before ?? outside.find((d) => d.index >= a.verbEnd) ?? null;
}

// Between a speech verb and its date: at most a short object or setting, no verb of its own.
const ADVERBIAL_GAP =
  /^\s*(?:(?:on|last|this|late|early|earlier|later|in|at|during|an?|the|his|her|their|its|to|reporters|journalists|interview|statement|speech|briefing|conference|news|press|televised|radio|television|\p{Lu}[\p{L}.]*)\s+){0,4}$/u;

/** A speech verb in a sentence's own words: a quote beside it is someone's, even when we cannot tell whose. */
const SPEECH = /\b(said|says|say|told|tells|wrote|writes|added|asked|replied|responded|tweeted|posted|according to)\b/i;

/** Walks the body's sentences in order, finding each one's attribution and
 * carrying quotes that have none to the speaker just before them. */
export function collectDrafts(paras: Classified[], ctx: ArticleEntities, published: string | null, titleAt = -1): Draft[] {
  const walk = new DraftWalk(ctx, published, isDialogue(paras));
  paras.forEach((p, pi) => walk.paragraph(p, pi, paras[pi - 1]));
  const title = titleAt >= 0 ? paras[titleAt] : paras[0] && walk.headlineFirst(paras[0]) ? paras[0] : undefined;
  return [...titleDrafts(title, titleAt >= 0 ? titleAt : 0, ctx, published), ...walk.drafts.filter((d) => d !== BREAK)];
}

/** A transcript: two or more speakers' labels ("WALLACE:", "PENCE:") head paragraphs. */
function isDialogue(paras: Classified[]): boolean {
  const labels = new Set(paras.filter((p) => p.role === "body").map((p) => transcriptLabel(p.text)?.name));
  labels.delete(undefined);
  return labels.size >= 2;
}

/** The walk's state: the drafts so far, and what the next sentence may continue. */
class DraftWalk {
  readonly drafts: Draft[] = [];
  /** "Caddell continued:" closing a paragraph: the speaker of the quote that opens the next one */
  private intro: { draft: Draft; paragraph: number } | null = null;
  /** the claim a following quote of this paragraph extends; null once a sentence speaks for no one we know */
  private current: Draft | null = null;
  private openQuote = false;

  private readonly ctx: ArticleEntities;
  private readonly published: string | null;
  private readonly dialogue: boolean;

  constructor(ctx: ArticleEntities, published: string | null, dialogue: boolean) {
    this.ctx = ctx;
    this.published = published;
    this.dialogue = dialogue;
  }

  /**
   * A plain text's first line in a headline's form, which its full stop makes body: it is the title,
   * read after the body, and names no one in it. Title case ("Rubio Says Abandoning Reform Was A
   * Sign.") or a label ("Pence: Flowers won't be at debate."), but not a label line that reports
   * speech itself ("Update: Mayor Roe said …") or a dateline ("RIVERTON: …"): those are body, and
   * name who a "he" after them means.
   */
  headlineFirst(p: Classified): boolean {
    const t = p.text;
    if (p.role !== "body" || wordCount(t) > 30 || readDateline(t, null) || sentences(t, 0).length !== 1) return false;
    return titleCase(t) || (/^[^:;“”"_]{3,60}:\s+\S/u.test(t) && !SPEECH.test(t));
  }

  paragraph(p: Classified, pi: number, before: Classified | undefined): void {
    if (pi === 0 && this.headlineFirst(p)) return;
    const { ctx, published } = this;
    // (a post without a full stop reads as a heading, and a signature line alone as page furniture)
    const post = (p.role !== "boilerplate" ? postDraft(p, pi, ctx, published) : null) ?? (before ? postDraft(p, pi, ctx, published, before) : null);
    if (post) {
      this.drafts.push(post);
      return;
    }
    // ("He said:" alone on its line reads as a heading; the quote it introduces opens the next paragraph)
    if (p.role === "heading" && /:\s*$/.test(p.text)) this.intro = introOf(sentenceView(p), ctx, pi, published);
    if (p.role !== "body") return;
    const label = transcriptLabel(p.text);
    if (label && (this.dialogue || ctx.knows(label.name))) {
      this.drafts.push(labelledDraft(p, pi, label, ctx));
      return;
    }
    this.current = null;
    this.openQuote = false;
    const dl = readDateline(p.text, published);
    const text = dl ? p.text.slice(dl.end) : p.text;
    for (const s of sentences(text, p.start + (dl?.end ?? 0)).map(sentenceView)) this.sentence(s, pi);
  }

  private sentence(s: SentenceView, pi: number): void {
    const { ctx, published, drafts } = this;
    scanMentions(s.masked, ctx);
    // The sentence's subject is who "he" or "she" later in it most likely means.
    const subject = subjectNP(s.masked, s.masked.length, true);
    const subj = subject ? resolveNP(subject.np, ctx, { initial: subject.start === 0 }) : null;
    if (subj?.kind === "person") ctx.mention(subj, { salient: true });
    ctx.sentenceSubject = subj?.id ?? null;
    const introduced = this.intro?.paragraph === pi - 1 && s.quotes[0] !== undefined && s.quotes[0].start <= 1 ? this.intro.draft : null;
    this.intro = null;
    if (introduced) return this.push({ ...introduced, start: s.start, end: s.end, quotes: s.quotes.map((q) => q.inner.trim()), content: s.text, paragraph: pi }, s);
    const a = attribute(s, ctx);
    if (!a && /:\s*$/.test(s.text)) this.intro = introOf(s, ctx, pi, published);
    if (a) {
      for (const [part, pa] of statementsOf(s, a, ctx)) {
        this.push(draftOf(part, pa, pi, published), s);
        // (the one asked answers next: "… when Tapper asked whether …. “…,” he said." is not Tapper)
        ctx.mention(pa.speaker, { salient: !a.question });
      }
      // (the quote after a question is its answer: not the asker's words)
      if (a.question) this.current = null;
      return;
    }
    const carried = subject && subj ? quotedBySubject(s, subject, subj) : null;
    if (carried && !this.openQuote) {
      this.current = draftOf(s, carried, pi, published);
      drafts.push(this.current);
      return;
    }
    const quoted = s.quotes.length > 0 || this.openQuote;
    if (!quoted || (SPEECH.test(s.masked) && !this.openQuote)) {
      // Unquoted narration, or a quote whose speaker we could not resolve: nothing to continue.
      this.current = null;
      if (quoted) drafts.push(BREAK);
      return;
    }
    this.openQuote ||= s.quotes.some((q) => q.open);
    this.current = continueQuote(s, this.current, drafts, pi);
  }

  /** A new statement from sentence `s`; a quote it leaves open runs on. */
  private push(d: Draft, s: SentenceView): void {
    this.current = d;
    this.drafts.push(d);
    this.openQuote = s.quotes.some((q) => q.open);
  }
}

/** The title's own attributions ("Pence: …", "…, says Washington"), read once the body has named everyone. */
function titleDrafts(p: Classified | undefined, pi: number, ctx: ArticleEntities, published: string | null): Draft[] {
  if (!p) return [];
  const out: Draft[] = [];
  for (const s of sentences(p.text, p.start).map(sentenceView)) {
    // ("Rubio Says …": a title-case headline's verb is read in lower case, at the same offsets;
    // its every word is capitalised, so its speaker must be someone the article names:
    // "Popular Website Shows Bias …", "Woman Reveals …" are no one's)
    const view = headlineView(s);
    const a = attribute(view, ctx, { headline: true });
    if (a && (view === s || ctx.named(a.speaker))) out.push(draftOf(s, a, pi, published));
  }
  return out;
}

/** "Gowdy referenced a report that “less than one percent …” were captured": a sentence whose subject
 * quotes someone's words with a verb we do not list still reports them — when the quote is a
 * statement (four words or more), not a scare quote, and the subject stands before it. */
function quotedBySubject(s: SentenceView, subject: { np: string; start: number }, speaker: SpeakerRef): Attribution | null {
  const q = s.quotes.find((q) => wordCount(q.inner) >= 3);
  const subjectEnd = subject.start + subject.np.length;
  if (!q || q.start < subjectEnd || s.quotes[0]!.start <= 1) return null;
  return { speaker, verbStart: subjectEnd, verbEnd: subjectEnd, contentStart: subjectEnd, contentEnd: s.text.length };
}

/** "Hamas said on Tuesday that …, and the United States said …": two speakers' statements in one
 * sentence are two claims, each spanning its own clause. */
function statementsOf(s: SentenceView, a: Attribution, ctx: ArticleEntities): Array<[SentenceView, Attribution]> {
  // (the second clause opens with its subject: a name, "the …", or a lower-case noun phrase — "officials
  // said", "councillor Dana Holt called" — not a pronoun, "that" going on with the first statement,
  // or a participle: "…, while emphasizing it's not an endorsement")
  const joint = /(?:,\s+(?:and|while|but)|;)\s+(?=\p{Lu}|the\s|(?!(?:that|it|its|they|we|you|he|she|i|this|these|those|there|then|so|also|not)\b)(?!\p{Ll}+ing\b)\p{Ll})/gu;
  joint.lastIndex = Math.max(a.contentStart, a.verbEnd);
  for (let m = joint.exec(s.masked); m; m = joint.exec(s.masked)) {
    const at = m.index + m[0].length;
    const rest = sentenceView({ text: s.text.slice(at), start: s.start + at, end: s.end });
    const b = attribute(rest, ctx);
    // the second clause's own subject and verb, near its start, and someone else speaking
    if (!b || b.verbStart > 60 || b.contentStart < b.verbEnd || b.speaker.id === a.speaker.id) continue;
    const first = sentenceView({ text: s.text.slice(0, m.index), start: s.start, end: s.start + m.index });
    const head: Attribution = { ...a, contentEnd: Math.min(a.contentEnd, m.index) };
    return [[first, head], [rest, b]];
  }
  return [[s, a]];
}

/** Marks a quote of unknown speaker, so the next paragraph's quote is not given to the speaker before it. */
const BREAK = { paragraph: -10 } as Draft;

/** A quote with no attribution: in the same paragraph it extends the claim before it;
 * opening its own paragraph it is a new claim of the speaker just before. */
function continueQuote(s: SentenceView, current: Draft | null, drafts: Draft[], pi: number): Draft | null {
  const prev = drafts.at(-1);
  const inner = s.quotes.map((q) => q.inner.trim());
  if (current && current === prev) {
    current.end = s.end;
    current.quotes.push(...inner);
    current.content += ` ${s.text}`;
    return current;
  }
  const opens = s.quotes[0] !== undefined && s.quotes[0].start <= 1;
  if (!prev || prev === BREAK || !opens || prev.paragraph < pi - 1 || wordCount(s.quotes[0]!.inner) < 3) return null;
  const d: Draft = { speaker: prev.speaker, start: s.start, end: s.end, quotes: inner, content: s.text, verb: "", direct: true, date: null, paragraph: pi };
  drafts.push(d);
  return d;
}

function draftOf(s: SentenceView, a: Attribution, pi: number, published: string | null): Draft {
  const content = s.text.slice(a.contentStart, a.contentEnd);
  const inContent = s.quotes.filter((q) => q.start >= a.contentStart - 1 && q.end <= a.contentEnd + 2);
  const quoted = inContent.reduce((n, q) => n + q.inner.length, 0);
  const direct =
    inContent.length > 0 &&
    (s.quotes[0]!.start <= 1 ||
      (quoted / Math.max(1, content.length) >= 0.6 && !/\bthat\s*$/.test(s.text.slice(a.verbEnd, a.contentStart))));
  return {
    speaker: a.speaker,
    start: s.start,
    end: s.end,
    quotes: inContent.map((q) => q.inner.trim()),
    content,
    verb: s.text.slice(a.verbStart, a.verbEnd),
    direct,
    date: statedDate(s, a, published),
    paragraph: pi,
  };
}

/** An embedded post ("… — Paul Ryan (@SpeakerRyan) July 5, 2016"): its words, said by the one who signed it, on the date it carries. */
// (…or, with `before`, a paragraph holding only the signature of the post in the paragraph before it)
function postDraft(p: Classified, pi: number, ctx: ArticleEntities, published: string | null, before?: Classified): Draft | null {
  const sig = postSignature(p.text);
  if (!sig || (before && (before.role !== "body" || p.text.slice(0, sig.contentEnd).trim()))) return null;
  const words = before ?? p;
  const end = before ? before.text.length : sig.contentEnd;
  // the post's words, after any markup the page wrapped them in
  const start = words.text.slice(0, end).match(/^\s*(?:<[^>]*>\s*)*/)![0].length;
  const content = words.text.slice(start, end).trim();
  if (wordCount(content) < 3) return null;
  const speaker = resolveNP(sig.name, ctx) ?? ctx.person(sig.name);
  ctx.mention(speaker, { salient: true });
  const date = findDates(sig.dateText, published).find((d) => !d.weak);
  return {
    speaker,
    start: words.start + start,
    end: words.start + end,
    quotes: [content],
    content,
    verb: "",
    direct: true,
    date: date ? { ...date, index: sig.dateIndex + date.index, end: sig.dateIndex + date.end } : null,
    paragraph: pi,
  };
}

/** A sentence ending in a colon that is an attribution once a quote follows ("He said:"): the draft a
 * quote opening the next paragraph becomes. */
function introOf(s: SentenceView, ctx: ArticleEntities, pi: number, published: string | null): { draft: Draft; paragraph: number } | null {
  // the sentence as it reads with its quote, a stand-in of three words
  const joined = sentenceView({ text: `${s.text} “x x x”`, start: s.start, end: s.end });
  // ("Sanders made the following comment:": the subject's own quote, as in one sentence)
  const subject = subjectNP(joined.masked, joined.masked.length, true);
  const subj = subject ? resolveNP(subject.np, ctx, { initial: subject.start === 0 }) : null;
  const a = attribute(joined, ctx) ?? (subject && subj ? quotedBySubject(joined, subject, subj) : null);
  // (the statement must be the quote to come, not words of this sentence)
  if (!a || a.contentEnd <= s.text.length) return null;
  const draft = draftOf(joined, a, pi, published);
  return { draft: { ...draft, direct: true }, paragraph: pi };
}

/** A transcript's paragraph: all of it after the label, verbatim, said by the one named. */
function labelledDraft(p: Classified, pi: number, label: TranscriptLabel, ctx: ArticleEntities): Draft {
  const speaker = resolveNP(label.name, ctx) ?? ctx.person(label.name);
  const content = p.text.slice(label.contentStart);
  for (const s of sentences(content, p.start + label.contentStart)) scanMentions(sentenceView(s).masked, ctx);
  ctx.mention(speaker, { salient: true });
  return { speaker, start: p.start + label.contentStart, end: p.end, quotes: [content], content, verb: "", direct: true, date: null, paragraph: pi };
}
