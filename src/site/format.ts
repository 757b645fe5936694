// Small display helpers shared by the pages.
import type { Claim, Stance } from "../lib/schema.ts";
import { href } from "./paths.ts";
import { STANCE_LABEL } from "./vocabulary.ts";

// The stance vocabulary lives in vocabulary.ts; pages that import it from here keep working.
export { STANCE_LABEL, STANCES } from "./vocabulary.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// A build formats each date and statement once per page that shows it, many times over: each is worked out once.
const dates = new Map<string, string>();
const parts = new WeakMap<object, { text: string; quoted: boolean }>();

/** "2024-11-07" → "7 November 2024"; "2024-11" → "November 2024"; "2024" → "2024". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return "undated";
  let shown = dates.get(date);
  if (shown === undefined) dates.set(date, (shown = spelledDate(date)));
  return shown;
}

function spelledDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split("-");
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The topic whose question a claim's stance answers: the extractor's stanceTopic, else the main topic. */
export const stanceTopicOf = (c: Pick<Claim, "topics"> & { stanceTopic?: string | null }) => (c.stanceTopic === undefined ? (c.topics[0] ?? null) : c.stanceTopic);
/** A stance with the topic it answers: "Supports · Peace negotiations"; a claim with no topic says so
 * rather than borrow one ("Neutral · no topic"). */
export const stanceLabel = (stance: Stance, topic: string | undefined | null) => `${STANCE_LABEL[stance]} · ${topic || "no topic"}`;

export const dateNote = (c: Pick<Claim, "dateBasis">) =>
  c.dateBasis === "stated" ? "date stated in the article" : c.dateBasis === "published" ? "publication date (the article gives no date for the statement)" : "date unknown";

/** Words of reporting a direct claim's sentence may have besides its quote ("he said on Thursday",
 * "the spokesperson told reporters on Friday") and still be shown as the quote alone. */
const ATTRIBUTION_WORDS = 8;
const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * The statement as the site shows it, everywhere: claim page, lists, search results, feeds, JSON-LD.
 * A direct claim's quote when the quote is the statement (its sentence adds no more than who said it
 * and when), else the whole reported sentence, quote included: a quote of a few words ("at a certain
 * stage,", "24 hours") means nothing alone. `quoted`: show it in quotation marks.
 */
export function statementParts(c: Pick<Claim, "kind" | "quote" | "text">): { text: string; quoted: boolean } {
  let p = parts.get(c);
  if (!p) parts.set(c, (p = splitStatement(c)));
  return p;
}

function splitStatement(c: Pick<Claim, "kind" | "quote" | "text">): { text: string; quoted: boolean } {
  const text = c.text.replace(/\s+/g, " ").trim();
  if (c.kind !== "direct" || !c.quote) return { text, quoted: false };
  const quote = c.quote.replace(/\s+/g, " ").replace(/[\s,;:]+$/, "").trim();
  return words(text) - words(quote) <= ATTRIBUTION_WORDS ? { text: quote, quoted: true } : { text, quoted: false };
}
/** The statement's text (see statementParts). */
export const statement = (c: Pick<Claim, "kind" | "quote" | "text">) => statementParts(c).text;
/** The statement as displayed: in curly quotes when it is the speaker's own words. */
export const shownStatement = (c: Pick<Claim, "kind" | "quote" | "text">, max = Infinity) => {
  const { text, quoted } = statementParts(c);
  const t = truncate(text, max);
  return quoted ? `“${t}”` : t;
};

export const truncate = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

/** Sort key that puts undated claims last and keeps equal dates in a stable order. */
export const byDate = (a: Pick<Claim, "date" | "id">, b: Pick<Claim, "date" | "id">) =>
  (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.id.localeCompare(b.id);

export const claimUrl = (id: string) => href(`/claims/${id}/`);
export const speakerUrl = (id: string) => href(`/speakers/${id}/`);
export const topicUrl = (id: string) => href(`/topics/${id}/`);
export const sourceUrl = (id: string) => href(`/sources/${id}/`);
export const statementUrl = (id: string) => href(`/statements/${id}/`);
/** The search page with these parameters ("?speaker=…&stance=…"), empty ones left out. */
export const searchUrl = (params: Record<string, string | undefined> = {}) => {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return href(`/search/${q ? `?${q}` : ""}`);
};

/** The search for one month ("2022-11"): from its first to its real last day (the date field
 * drops an impossible 2022-11-31, which would leave the range open). */
export const monthSearchUrl = (month: string) => {
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return searchUrl({ from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` });
};

/** A link to the original article that scrolls to the quoted words (a text fragment). */
export function textFragmentUrl(url: string, words: string): string {
  const ws = words.replace(/[“”"«»„]/g, "").trim().split(/\s+/).filter(Boolean);
  if (!ws.length) return url;
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
  const directive = ws.length <= 8 ? enc(ws.join(" ")) : `${enc(ws.slice(0, 4).join(" "))},${enc(ws.slice(-4).join(" "))}`;
  return `${url}${url.includes("#") ? "" : "#"}:~:text=${directive}`;
}

/** Other reports of a statement listed on a claim's page and in its JSON-LD: the earliest few.
 * Its statement page lists them all; a wire story carried by hundreds of outlets would
 * otherwise make every one of its claim pages list every other (quadratic in the group). */
export const VERSIONS_LISTED = 10;

/** The earliest `VERSIONS_LISTED` reports of a claim's statement other than the claim itself, and
 * whether there are more. `versions`: the statement's earliest `VERSIONS_LISTED + 2` reports (or all),
 * so a page shows no count that every new report of a wire story would change. */
export function otherVersions<T extends { id: string }>(versions: T[], claim: { id: string }): { listed: T[]; more: boolean } {
  const others = versions.filter((c) => c.id !== claim.id);
  return { listed: others.slice(0, VERSIONS_LISTED), more: others.length > VERSIONS_LISTED };
}
