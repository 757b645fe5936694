// Splits a paragraph into plain and highlighted segments, for rendering
// claims inside their source text without ever building HTML from it.
export interface Segment {
  text: string;
  /** the claim this segment belongs to, if any */
  claimId?: string;
}

export function segments(
  paragraph: { start: number; end: number; text: string },
  ranges: Array<{ start: number; end: number; id: string }>,
): Segment[] {
  const out: Segment[] = [];
  let at = paragraph.start;
  const inside = ranges
    .filter((r) => r.end > paragraph.start && r.start < paragraph.end)
    .sort((a, b) => a.start - b.start);
  for (const r of inside) {
    const s = Math.max(r.start, at);
    const e = Math.min(r.end, paragraph.end);
    if (e <= s) continue;
    if (s > at) out.push({ text: paragraph.text.slice(at - paragraph.start, s - paragraph.start) });
    out.push({ text: paragraph.text.slice(s - paragraph.start, e - paragraph.start), claimId: r.id });
    at = e;
  }
  if (at < paragraph.end) out.push({ text: paragraph.text.slice(at - paragraph.start) });
  return out;
}
