// The record schemas. Field names here are an interface read by tools outside
// the project: add fields if needed, never rename them.
import { z } from "zod";

export const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** `YYYY-MM-DD` or an ISO date-time such as `2024-11-08T13:02` or `...Z`. */
export const PUBLISHED_RE =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** "2023-02-30" matches the pattern but is no day of the calendar. */
function isRealDate(v: string): boolean {
  const [y, m, d] = v.slice(0, 10).split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && !Number.isNaN(Date.parse(v));
}

export const Stance = z.enum(["supports", "opposes", "conditional", "neutral"]);
export const ClaimKind = z.enum(["direct", "indirect"]);
export const DateBasis = z.enum(["stated", "published", "unknown"]);

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** What an article sidecar (`<id>.meta.yaml`) may hold. */
export const ArticleMeta = z
  .object({
    outlet: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    published: z
      .union([z.string(), z.date()])
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .pipe(z.string().regex(PUBLISHED_RE, "expected YYYY-MM-DD or an ISO date-time"))
      .refine(isRealDate, "not a real date")
      .optional(),
    url: z.url().optional(),
    language: z.string().min(2).optional(),
    note: z.string().optional(),
  })
  .strict();

export const SpeakerKind = z.enum(["person", "organization", "group", "role"]);

export const ClaimSpeaker = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: z.string().optional(),
  /** added field: who the speaker is (a named person, an organisation, a group, an unnamed role) */
  kind: SpeakerKind.optional(),
});

export const ClaimSource = z.object({
  article: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().optional(),
});

export const Claim = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  article: z.string(),
  kind: ClaimKind,
  text: z.string().min(1),
  quote: z.string().nullable(),
  speaker: ClaimSpeaker,
  date: z.string().regex(DATE_RE).nullable(),
  dateBasis: DateBasis,
  stance: Stance,
  /** added field: the topic whose question `stance` answers (the main topic), null when the claim has no topic */
  stanceTopic: z.string().nullable().optional(),
  /** added field: the words the stance was read from, so editors can check the rule's evidence */
  stanceEvidence: z.string().nullable().optional(),
  topics: z.array(z.string()),
  source: ClaimSource,
  span: Span,
  /** added field: set when an editor corrected the record (content/overrides.yaml) */
  edited: z.object({ fields: z.array(z.string()), reason: z.string() }).optional(),
});

export const Article = z.object({
  id: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  claimCount: z.number().int().nonnegative(),
  body: z.array(Span),
  language: z.string().nullable(),
  note: z.string().nullable(),
});

export const Speaker = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: z.enum(["person", "organization"]).default("person"),
  aliases: z.array(z.string()).default([]),
  roles: z
    .array(
      z.object({
        title: z.string(),
        from: z.string().regex(DATE_RE).optional(),
        to: z.string().regex(DATE_RE).optional(),
      }),
    )
    .default([]),
  affiliation: z.string().optional(),
  country: z.string().optional(),
});

/** A cue phrase: matched at a word start, case-insensitive; with context, it counts only when one of
 * `near` (or none of `notNear`) stands within a few words of it ("troops" not near "killed"). */
export const Cue = z.union([
  z.string().min(1),
  z.object({
    term: z.string().min(1),
    near: z.array(z.string().min(1)).optional(),
    notNear: z.array(z.string().min(1)).optional(),
  }),
]);

export const Topic = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  question: z.string().min(1),
  cues: z.array(Cue).min(1),
  /** added: what answering the question "yes" sounds like, for stance toward this topic */
  supports: z.array(Cue).optional(),
  /** added: what answering it "no" sounds like */
  opposes: z.array(Cue).optional(),
});

export const Output = z.object({ articles: z.array(Article), claims: z.array(Claim) });

export type Stance = z.infer<typeof Stance>;
export type Span = z.infer<typeof Span>;
export type ArticleMeta = z.infer<typeof ArticleMeta>;
export type Claim = z.infer<typeof Claim>;
export type Article = z.infer<typeof Article>;
export type Speaker = z.infer<typeof Speaker>;
export type Topic = z.infer<typeof Topic>;
export type Cue = z.infer<typeof Cue>;
export type Output = z.infer<typeof Output>;
