// Drafts → claim records: the stated date (or the publication date), the id from
// speaker, article and text, stance and topics, and the source the claim came from.
import type { Claim } from "../schema.ts";
import { claimId } from "../ids.ts";
import type { Registry } from "../registry.ts";
import type { Draft } from "./drafts.ts";
import type { SpeakerRef } from "./speakers.ts";
import { stanceOn } from "./stance.ts";
import { topicMatcher } from "./topics.ts";
import type { ArticleInput } from "./extract.ts";

export interface ClaimContext {
  input: ArticleInput;
  reg: Registry;
  published: string | null;
  title: string | null;
}

export function toClaims(drafts: Draft[], { input, reg, published, title }: ClaimContext): Claim[] {
  const { raw, meta = {} } = input;
  const topics = topicMatcher(reg.topics);
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
    // the verb too: "rejected the claim that …" is the speaker's own position
    const statement = `${d.verb} ${d.content} ${d.quotes.join(" ")}`.trim();
    const claimTopics = topics.match(text);
    // the stance answers the main topic's question; with no topic there is no question to answer
    const main = reg.topics.find((t) => t.id === claimTopics[0]);
    const reading = stanceOn(statement, main);
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
      stance: reading.stance,
      stanceTopic: main?.id ?? null,
      stanceEvidence: reading.evidence,
      topics: claimTopics,
      source: {
        article: input.id,
        outlet: meta.outlet ?? null,
        title,
        published,
        ...(meta.url ? { url: meta.url } : {}),
      },
      span: { start: d.start, end: d.end },
    });
  }
  return claims;
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
