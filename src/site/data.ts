// The site's data, made once per build from the extraction library's corpus
// and indexed for the pages.
//
// The pages read the corpus straight from the library, not through Astro's
// content layer: at 1,000 articles the content layer's data store (12 MB) was
// serialised on every build, even when nothing had changed, and bundled, parsed
// and compiled as a module again: ~3 s of a 10 s rebuild. The dev server learns
// of changed content from its integration (content-integration.ts: contentVersion).
import { resetCorpus, siteCorpus } from "./corpus.ts";
import { building, contentVersion, projectRoot } from "./site-context.ts";
import { articleEntries, claimEntries, retiredEntries, speakerEntries, topicEntries, type ArticleData, type ClaimData, type RetiredData, type SpeakerData, type TopicData } from "./entries.ts";
import { byDate } from "./format.ts";
import { siteConfig } from "./site-config.ts";

export type { ArticleData, ClaimData, RetiredData, SpeakerData, TopicData };

export interface Site {
  claims: ClaimData[];
  articles: ArticleData[];
  speakers: SpeakerData[];
  topics: TopicData[];
  retired: RetiredData[];
  claimsBySpeaker: Map<string, ClaimData[]>;
  /** a claim's place in its speaker's list (claimsBySpeaker), by claim id */
  speakerPosition: Map<string, number>;
  claimsByArticle: Map<string, ClaimData[]>;
  claimsByTopic: Map<string, ClaimData[]>;
  /** statement group id → its claims, in the order they were said (by the date each report gives,
   * undated last), then published */
  statements: Map<string, ClaimData[]>;
  speaker: Map<string, SpeakerData>;
  topic: Map<string, TopicData>;
  article: Map<string, ArticleData>;
}

let site: { version: number; value: Promise<Site> } | null = null;

function group<T>(items: T[], keys: (t: T) => string[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items)
    for (const k of keys(it)) {
      const list = m.get(k);
      if (list) list.push(it);
      else m.set(k, [it]);
    }
  return m;
}

async function load(): Promise<Site> {
  let corpus;
  try {
    corpus = await siteCorpus(projectRoot());
    // the site's settings are content too, read here so that a bad site.yaml is one line as well
    siteConfig();
  } catch (e) {
    // Bad input is one line naming the file, not a stack trace (the dev server shows it in its overlay).
    if ((e as Error).name !== "InputError" || !building()) throw e;
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
  // The site keeps the records only: the corpus's article texts would stay on the heap while pages render.
  resetCorpus();
  const claims = claimEntries(corpus).sort(byDate);
  const articles = articleEntries(corpus).sort((a, b) => a.id.localeCompare(b.id));
  const speakers = speakerEntries(corpus).sort((a, b) => b.claimCount - a.claimCount || a.name.localeCompare(b.name));
  const topics = topicEntries(corpus);
  const retired = retiredEntries(corpus);
  const claimsBySpeaker = group(claims, (c) => [c.speaker.id]);
  return {
    retired,
    claims,
    articles,
    speakers,
    topics,
    claimsBySpeaker,
    speakerPosition: new Map([...claimsBySpeaker.values()].flatMap((list) => list.map((c, i) => [c.id, i] as const))),
    claimsByArticle: group(claims, (c) => [c.article]),
    claimsByTopic: group(claims, (c) => c.topics),
    statements: new Map(
      [...group(claims, (c) => (c.statementGroup ? [c.statementGroup] : []))].map(([id, list]) => [
        id,
        list.sort(
          (a, b) =>
            (a.date ?? "9999").localeCompare(b.date ?? "9999") ||
            (a.source.published ?? "9999").localeCompare(b.source.published ?? "9999") ||
            a.id.localeCompare(b.id),
        ),
      ]),
    ),
    speaker: new Map(speakers.map((s) => [s.id, s])),
    topic: new Map(topics.map((t) => [t.id, t])),
    article: new Map(articles.map((a) => [a.id, a])),
  };
}

/** The site's data, made once per build (and again in the dev server after content changes). */
export function getSite(): Promise<Site> {
  const version = contentVersion();
  if (site?.version !== version) site = { version, value: load() };
  return site.value;
}
