// One article's raw text → its article record and claim records.
import type { Article, ArticleMeta, Claim, Span } from "./schema.ts";
import { paragraphs } from "./paragraphs.ts";
import { classify, type Classified } from "./boilerplate.ts";
import { sentences } from "./sentences.ts";
import { attribute, subjectNP, type Attribution } from "./attribution.ts";
import { sentenceView, wordCount, type SentenceView } from "./quotes.ts";
import { ArticleEntities, resolveNP, type SpeakerRef } from "./speakers.ts";
import { scanMentions } from "./nlp/mentions.ts";
import { findDates, parseDateline, readDateline, type DateMention } from "./dates.ts";
import { classifyStance } from "./stance.ts";
import { topicMatcher } from "./topics.ts";
import { claimId } from "./ids.ts";
import type { Registry } from "./registry.ts";
import { InputError } from "./errors.ts";

export interface ArticleInput {
  id: string;
  /** the file the text came from, for messages */
  file: string;
  raw: string;
  meta?: ArticleMeta;
}

export interface Extracted {
  article: Article;
  claims: Claim[];
  warnings: string[];
  /** the body's paragraphs, for showing the cleaned article */
  paragraphs: Span[];
}

interface Header {
  title: string | null;
  byline: string | null;
  published: string | null;
}

/** Title, byline and dateline from the lines before the body starts. */
function readHeader(paras: Classified[]): Header {
  const header: Header = { title: null, byline: null, published: null };
  for (const p of paras) {
    if (p.role === "body") break;
    if (p.role !== "heading") continue;
    const by = p.text.match(/^by\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/iu);
    const dl = parseDateline(p.text);
    if (by) header.byline ??= by[1]!.trim().replace(/\s+(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/, "");
    if (dl && (by || wordCount(p.text) - wordCount(dl && p.text.slice(dl.index, dl.end)) <= 3)) {
      header.published ??= dl.time ? `${dl.date}T${dl.time}` : dl.date;
      continue;
    }
    if (!by && !header.title && wordCount(p.text) >= 4) header.title = p.text;
  }
  return header;
}

function bodySpans(paras: Classified[]): Span[] {
  const spans: Span[] = [];
  for (const p of paras) {
    if (p.role !== "body") continue;
    const last = spans.at(-1);
    // Adjacent body paragraphs (only furniture-free text between them) form one span.
    if (last && !paras.some((q) => q.role !== "body" && q.start >= last.end && q.end <= p.start)) last.end = p.end;
    else spans.push({ start: p.start, end: p.end });
  }
  return spans;
}

interface Draft {
  speaker: SpeakerRef;
  start: number;
  end: number;
  quotes: string[];
  content: string;
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
  const outside = candidates.filter((d) => d.end <= Math.min(a.contentStart, a.verbStart) || (d.index >= a.contentEnd && d.index >= a.verbEnd));
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
function collectDrafts(paras: Classified[], ctx: ArticleEntities, published: string | null): Draft[] {
  const drafts: Draft[] = [];
  paras.forEach((p, pi) => {
    if (p.role !== "body") return;
    // the claim a following quote of this paragraph extends; null once a sentence speaks for no one we know
    let current: Draft | null = null;
    let openQuote = false;
    const dl = readDateline(p.text, published);
    const text = dl ? p.text.slice(dl.end) : p.text;
    for (const s of sentences(text, p.start + (dl?.end ?? 0)).map(sentenceView)) {
      scanMentions(s.masked, ctx);
      const a = attribute(s, ctx);
      if (a) {
        current = draftOf(s, a, pi, published);
        drafts.push(current);
        ctx.mention(a.speaker, { salient: true });
        openQuote = s.quotes.some((q) => q.open);
        continue;
      }
      const subject = subjectNP(s.masked, s.masked.length);
      const subj = subject ? resolveNP(subject.np, ctx, { initial: subject.start === 0 }) : null;
      if (subj?.kind === "person") ctx.mention(subj, { salient: true });
      const carried = subject && subj ? quotedBySubject(s, subject, subj) : null;
      if (carried && !openQuote) {
        current = draftOf(s, carried, pi, published);
        drafts.push(current);
        continue;
      }
      const quoted = s.quotes.length > 0 || openQuote;
      if (!quoted || (SPEECH.test(s.masked) && !openQuote)) {
        // Unquoted narration, or a quote whose speaker we could not resolve: nothing to continue.
        current = null;
        if (quoted) drafts.push(BREAK);
        continue;
      }
      openQuote ||= s.quotes.some((q) => q.open);
      current = continueQuote(s, current, drafts, pi);
    }
  });
  return drafts.filter((d) => d !== BREAK);
}

/** "Gowdy referenced a report that “less than one percent …” were captured": a sentence whose subject
 * quotes someone's words with a verb we do not list still reports them — when the quote is a
 * statement (four words or more), not a scare quote, and the subject stands before it. */
function quotedBySubject(s: SentenceView, subject: { np: string; start: number }, speaker: SpeakerRef): Attribution | null {
  const q = s.quotes.find((q) => wordCount(q.inner) >= 4);
  const subjectEnd = subject.start + subject.np.length;
  if (!q || q.start < subjectEnd || s.quotes[0]!.start <= 1) return null;
  return { speaker, verbStart: subjectEnd, verbEnd: subjectEnd, contentStart: subjectEnd, contentEnd: s.text.length };
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
  const d: Draft = { speaker: prev.speaker, start: s.start, end: s.end, quotes: inner, content: s.text, direct: true, date: null, paragraph: pi };
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
    direct,
    date: statedDate(s, a, published),
    paragraph: pi,
  };
}

export function extractArticle(input: ArticleInput, reg: Registry): Extracted {
  const { raw, meta = {} } = input;
  const warnings: string[] = [];
  const paras = classify(paragraphs(raw));
  const header = readHeader(paras);

  if (meta.published && header.published && meta.published.slice(0, 10) !== header.published.slice(0, 10)) {
    throw new InputError(
      input.file,
      `published date ${meta.published} in the sidecar disagrees with the dateline ${header.published} in the text`,
    );
  }
  const firstBody = paras.find((p) => p.role === "body");
  // A dated dateline opening the story ("RIVERTON, March 14, 2025 —") says when it was published.
  const published = meta.published ?? header.published ?? (firstBody && readDateline(firstBody.text, null)?.date) ?? null;
  const ctx = new ArticleEntities(reg);
  if (header.byline && /^\p{Lu}\S*\s+\p{Lu}\S*$/u.test(header.byline.trim())) ctx.byline = header.byline.trim();
  const topics = topicMatcher(reg.topics);
  const drafts = collectDrafts(paras, ctx, published);

  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  let prev: { speakerId: string; date: string | null; basis: Claim["dateBasis"]; paragraph: number } | null = null;
  for (const d of drafts) {
    const text = raw.slice(d.start, d.end);
    let date: string | null;
    let basis: Claim["dateBasis"];
    if (d.date) [date, basis] = [d.date.value, "stated"];
    else if (prev && prev.speakerId === d.speaker.id && prev.basis === "stated" && d.paragraph - prev.paragraph <= 1)
      // A follow-up from the same speaker ("…,” he added.) shares the statement's date.
      [date, basis] = [prev.date, "stated"];
    else if (published) [date, basis] = [published.slice(0, 10), "published"];
    else [date, basis] = [null, "unknown"];
    prev = { speakerId: d.speaker.id, date, basis, paragraph: d.paragraph };

    const key = `${d.speaker.id}\u0000${text}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const statement = `${d.content} ${d.quotes.join(" ")}`;
    const claimTopics = topics.match(text);
    const speaker = withRegistryRole(d.speaker, reg, date);
    claims.push({
      id: claimId(d.speaker.id, input.id, text, nth),
      article: input.id,
      kind: d.direct ? "direct" : "indirect",
      text,
      quote: d.quotes.length ? d.quotes.join(" … ") : null,
      speaker,
      date,
      dateBasis: basis,
      stance: classifyStance(statement),
      topics: claimTopics,
      source: {
        article: input.id,
        outlet: meta.outlet ?? null,
        title: meta.title ?? header.title,
        published,
        ...(meta.url ? { url: meta.url } : {}),
      },
      span: { start: d.start, end: d.end },
    });
  }
  if (claims.length === 0) warnings.push(`${input.file}: no attributed statements found`);

  const article: Article = {
    id: input.id,
    outlet: meta.outlet ?? null,
    title: meta.title ?? header.title,
    published,
    url: meta.url ?? null,
    byline: header.byline,
    claimCount: claims.length,
    body: bodySpans(paras),
    language: meta.language ?? null,
    note: meta.note ?? null,
  };
  const bodyParagraphs = paras.filter((p) => p.role === "body").map((p) => ({ start: p.start, end: p.end }));
  return { article, claims, warnings, paragraphs: bodyParagraphs };
}

/** The speaker record for a claim: the role said in the text, else the registry role held at the date. */
function withRegistryRole(s: SpeakerRef, reg: Registry, date: string | null): Claim["speaker"] {
  const out: Claim["speaker"] = { id: s.id, name: s.name, kind: s.kind };
  if (s.kind === "role") return out;
  let role = s.role;
  const entry = reg.byId.get(s.id);
  if (!role && entry && date) {
    role = entry.roles.find((r) => (!r.from || r.from <= date) && (!r.to || date.slice(0, r.to.length) <= r.to))?.title;
  }
  if (role && role.length <= 80) out.role = role;
  return out;
}
