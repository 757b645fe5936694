// schema.org JSON-LD for a claim page: a Claim with its author and the
// article it appeared in.
import type { ClaimData } from "./data.ts";
import { claimUrl, statement, VERSIONS_LISTED } from "./format.ts";
import { absoluteUrl } from "./paths.ts";
import { isBody } from "./vocabulary.ts";

const newsArticle = (c: ClaimData): Record<string, unknown> => ({
  "@type": "NewsArticle",
  ...(c.source.title ? { headline: c.source.title } : {}),
  ...(c.source.url ? { url: c.source.url } : {}),
  ...(c.source.published ? { datePublished: c.source.published } : {}),
  ...(c.source.outlet ? { publisher: { "@type": "Organization", name: c.source.outlet } } : {}),
});

/** `versions`: every outlet's report of the same statement, earliest first (or just this claim).
 * The earliest few and this claim's own are listed, as on the page; the statement page has all. */
export function claimJsonLd(claim: ClaimData, site: URL | undefined, speakerKind: string | undefined, versions: ClaimData[] = [claim]): Record<string, unknown> {
  const isOrg = isBody(speakerKind);
  const listed = versions.slice(0, VERSIONS_LISTED + 1);
  if (!listed.some((v) => v.id === claim.id)) listed.push(claim);
  // one appearance per article: two claims of one article are one appearance
  const appearances = [...new Map(listed.map((v) => [v.article, v])).values()].map(newsArticle);
  return {
    "@context": "https://schema.org",
    "@type": "Claim",
    // the permalink, when the public address is known (SITE_URL)
    ...(site ? { url: absoluteUrl(claimUrl(claim.id), site) } : {}),
    text: statement(claim),
    author: { "@type": isOrg ? "Organization" : "Person", name: claim.speaker.name, ...(claim.speaker.role ? { jobTitle: claim.speaker.role } : {}) },
    ...(claim.date ? { datePublished: claim.date } : {}),
    firstAppearance: appearances[0],
    appearance: appearances.length === 1 ? appearances[0] : appearances,
  };
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const ESCAPED: Record<string, string> = Object.fromEntries(["<", ">", "&", "\u2028", "\u2029"].map((c) => [c, `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`]));

/** JSON safe inside a <script> element: no "<", ">", "&" or line separators survive unescaped. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (c) => ESCAPED[c]!);
}
