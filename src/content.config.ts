import { defineCollection, reference } from "astro:content";
import { z } from "zod";
import { Article, Claim, Speaker, Topic, Span } from "./lib/schema.ts";
import { LedgerEntry } from "./lib/publish/ledger.ts";
import { articlesLoader, claimsLoader, retiredLoader, speakersLoader, topicsLoader } from "./site/loader.ts";

const claims = defineCollection({
  loader: claimsLoader,
  schema: Claim.extend({
    speakerRef: reference("speakers"),
    topicRefs: z.array(reference("topics")),
    articleRef: reference("articles"),
    /** the statement group (same statement, other outlets), if any */
    statementGroup: z.string().nullable(),
  }),
});

const articles = defineCollection({
  loader: articlesLoader,
  // The text itself is read from `file` by the pages that show it (site/article-text.ts).
  schema: Article.extend({ file: z.string(), textDigest: z.string(), paragraphs: z.array(Span) }),
});

const speakers = defineCollection({
  loader: speakersLoader,
  schema: Speaker.extend({
    kind: z.enum(["person", "organization", "group", "role"]),
    claimCount: z.number().int(),
    listed: z.boolean(),
  }),
});

const topics = defineCollection({
  loader: topicsLoader,
  schema: Topic.extend({ claimCount: z.number().int() }),
});

// Claim ids published once and no longer live (moved or withdrawn).
const retired = defineCollection({ loader: retiredLoader, schema: LedgerEntry });

export const collections = { claims, articles, speakers, topics, retired };
