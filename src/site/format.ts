// Small display helpers shared by the pages.
import type { Claim, Stance } from "../lib/schema.ts";
import { href } from "./paths.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-11-07" → "7 November 2024"; "2024-11" → "November 2024"; "2024" → "2024". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return "undated";
  const [y, m, d] = date.slice(0, 10).split("-");
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const STANCE_LABEL: Record<Stance, string> = {
  supports: "Supports",
  opposes: "Opposes",
  conditional: "Conditional",
  neutral: "Neutral",
};
export const STANCES: Stance[] = ["supports", "conditional", "neutral", "opposes"];

export const dateNote = (c: Pick<Claim, "dateBasis">) =>
  c.dateBasis === "stated" ? "date stated in the article" : c.dateBasis === "published" ? "publication date (the article gives no date for the statement)" : "date unknown";

/** The statement itself for display: the quote when it is direct, else the claim text. */
export const statement = (c: Pick<Claim, "kind" | "quote" | "text">) =>
  c.kind === "direct" && c.quote ? c.quote.replace(/[\s,;:]+$/, "") : c.text;

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

/** The earliest `VERSIONS_LISTED` reports of a claim's statement other than the claim itself. */
export function otherVersions<T extends { id: string }>(versions: T[], claim: { id: string }): { listed: T[]; total: number } {
  const listed = versions.slice(0, VERSIONS_LISTED + 1).filter((c) => c.id !== claim.id).slice(0, VERSIONS_LISTED);
  return { listed, total: versions.length - (versions.some((c) => c.id === claim.id) ? 1 : 0) };
}
