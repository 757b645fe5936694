// The data exports: every claim record, as JSON and as CSV.
import type { ClaimData } from "./data.ts";
import { Article, Claim } from "../lib/schema.ts";
import { projector } from "../lib/project.ts";

const claimFields = projector(Claim);
/** The interface record (only the schema's fields), with its statement group. */
export const record = (c: ClaimData) => ({ ...claimFields(c), statementGroup: c.statementGroup });
/** The interface record of an article (without where its text is). */
export const articleRecord = projector(Article);

const CSV_COLUMNS = ["id", "article", "kind", "speaker_id", "speaker_name", "speaker_role", "date", "dateBasis", "stance", "topics", "outlet", "published", "url", "text", "quote", "span_start", "span_end", "statement_group"];

const cell = (v: unknown) => {
  const s = v == null ? "" : String(v);
  // Quote every field, and defuse spreadsheet formulas in untrusted text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
};

export function toCsv(claims: ClaimData[]): string {
  const rows = claims.map((c) =>
    [c.id, c.article, c.kind, c.speaker.id, c.speaker.name, c.speaker.role, c.date, c.dateBasis, c.stance, c.topics.join(";"), c.source.outlet, c.source.published, c.source.url, c.text, c.quote, c.span.start, c.span.end, c.statementGroup]
      .map(cell)
      .join(","),
  );
  // A UTF-8 byte order mark first, so that spreadsheets read curly quotes and accents as UTF-8.
  return `\uFEFF${[CSV_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
