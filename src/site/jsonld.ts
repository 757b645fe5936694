// schema.org JSON-LD for a claim page: a Claim with its author and the
// article it appeared in.
import type { ClaimData } from "./data.ts";
import { claimUrl, statement } from "./format.ts";

export function claimJsonLd(claim: ClaimData, site: URL, speakerKind: string | undefined): Record<string, unknown> {
  const appearance: Record<string, unknown> = {
    "@type": "NewsArticle",
    ...(claim.source.title ? { headline: claim.source.title } : {}),
    ...(claim.source.url ? { url: claim.source.url } : {}),
    ...(claim.source.published ? { datePublished: claim.source.published } : {}),
    ...(claim.source.outlet ? { publisher: { "@type": "Organization", name: claim.source.outlet } } : {}),
  };
  const isOrg = speakerKind === "organization" || speakerKind === "group";
  return {
    "@context": "https://schema.org",
    "@type": "Claim",
    url: new URL(claimUrl(claim.id), site).href,
    text: statement(claim),
    author: { "@type": isOrg ? "Organization" : "Person", name: claim.speaker.name, ...(claim.speaker.role ? { jobTitle: claim.speaker.role } : {}) },
    ...(claim.date ? { datePublished: claim.date } : {}),
    appearance,
  };
}

/** JSON safe inside a <script> element: no "<", ">", "&" or line separators survive unescaped. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
