// Search over claims, shared by the build (index), the browser app and the
// Node tests: one definition of the documents, keys and ranking.
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from "fuse.js/basic";
import type { Stance } from "../lib/schema.ts";

export interface SearchDoc {
  id: string;
  speaker: string;
  speakerId: string;
  aliases: string[];
  text: string;
  quote: string;
  topics: string[];
  topicIds: string[];
  outlet: string;
  date: string;
  stance: Stance;
}

export interface SearchData {
  docs: SearchDoc[];
  index: ReturnType<FuseIndex<SearchDoc>["toJSON"]>;
}

export interface Filters {
  speaker?: string;
  topic?: string;
  stance?: string;
  from?: string;
  to?: string;
}

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: [
    { name: "speaker", weight: 3 },
    { name: "aliases", weight: 2 },
    { name: "quote", weight: 1.5 },
    { name: "text", weight: 1 },
    { name: "topics", weight: 1 },
    { name: "outlet", weight: 0.5 },
  ],
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

export function buildIndex(docs: SearchDoc[]): SearchData {
  return { docs, index: Fuse.createIndex(FUSE_OPTIONS.keys!, docs).toJSON() };
}

export function makeSearcher(data: SearchData) {
  const fuse = new Fuse(data.docs, FUSE_OPTIONS, Fuse.parseIndex<SearchDoc>(data.index));
  return (query: string, filters: Filters = {}, limit = 50): Array<FuseResult<SearchDoc>> => {
    const keep = (d: SearchDoc) =>
      (!filters.speaker || d.speakerId === filters.speaker) &&
      (!filters.topic || d.topicIds.includes(filters.topic)) &&
      (!filters.stance || d.stance === filters.stance) &&
      (!filters.from || d.date.slice(0, filters.from.length) >= filters.from.slice(0, d.date.length)) &&
      (!filters.to || d.date.slice(0, filters.to.length) <= filters.to);
    const q = query.trim();
    if (!q) {
      return data.docs
        .filter(keep)
        .sort((a, b) => b.date.localeCompare(a.date))
        .slice(0, limit)
        .map((item, refIndex) => ({ item, refIndex, matches: [] }));
    }
    return fuse
      .search(q)
      .filter((r) => keep(r.item))
      .slice(0, limit);
  };
}
