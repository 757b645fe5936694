// The site's one vocabulary for the schema's enumerations: the values come from
// src/lib/schema.ts (as types, so the browser bundle does not take in zod; a
// unit test checks these lists hold exactly the schema's values), and their
// labels and display order live here and nowhere else.
import type { Claim, Stance } from "../lib/schema.ts";

export type SpeakerKind = NonNullable<Claim["speaker"]["kind"]>;

/** Every stance, in display order: from supporting to opposing. */
export const STANCES = ["supports", "conditional", "neutral", "opposes"] as const satisfies readonly Stance[];

export const STANCE_LABEL: Record<Stance, string> = {
  supports: "Supports",
  conditional: "Conditional",
  neutral: "Neutral",
  opposes: "Opposes",
};

/** Every kind of speaker, in the order the speakers page lists them, with its heading. */
export const SPEAKER_KINDS = ["person", "role", "organization", "group"] as const satisfies readonly SpeakerKind[];

export const SPEAKER_KIND_HEADING: Record<SpeakerKind, string> = {
  person: "People",
  role: "Unnamed officials",
  organization: "Organisations",
  group: "Groups",
};

/** Speakers that are bodies rather than persons (schema.org Organization, "(organisation)" on pages). */
export const isBody = (kind: SpeakerKind | string | null | undefined) => kind === "organization" || kind === "group";
