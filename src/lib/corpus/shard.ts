// One slice of a corpus, so that n machines can each extract a part into the
// cache. Slices are taken from the sorted listing of the article files (what
// listArticleFiles gives), so jobs on the same checkout agree on them.
import { InputError } from "../errors.ts";

export interface Shard {
  /** 1-based: this is slice `index` of `count` */
  index: number;
  count: number;
}

/** "k/n" with 1 ≤ k ≤ n; anything else is a one-line error. */
export function parseShard(arg: string | undefined): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(arg ?? "");
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InputError("--shard", `expects k/n with 1 ≤ k ≤ n (for example 1/4), not "${arg ?? ""}"`);
  return { index, count };
}

/** Every count-th file of the listing, from the index-th on: the slices are the same size to one file. */
export const shardFiles = (files: string[], s: Shard) => files.filter((_, i) => i % s.count === s.index - 1);
