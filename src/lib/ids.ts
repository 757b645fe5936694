// Permalink ids: derived from speaker, article and the normalised claim text,
// so they never depend on position, run order or the rest of the corpus.
import { createHash } from "node:crypto";

export const normaliseClaimText = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b']/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f"«»]/g, "")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

export function claimId(speakerId: string, article: string, text: string, nth = 0): string {
  const h = createHash("sha256")
    .update(`${article}\u0000${speakerId}\u0000${normaliseClaimText(text)}\u0000${nth}`)
    .digest("hex")
    .slice(0, 10);
  const who = speakerId.split("-").slice(-1)[0]!.slice(0, 16) || "claim";
  return `${who}-${h}`;
}
