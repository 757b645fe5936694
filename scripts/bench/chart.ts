// The bench's chart: build and search cost against corpus size, as an SVG the
// README shows. Two panels side by side, log-scaled corpus size on x:
// - build seconds: full build, bare Astro build of as many pages, the in-place
//   rebuild after one added article;
// - search: first-search download (KB, gzip) and per-query p95 (ms).
// Every label is the bench's own text; values are numbers, so nothing needs escaping
// but the labels are escaped all the same.

export interface ChartRow {
  articles: number;
  buildSeconds: number;
  bareAstroSeconds: number;
  incremental: { seconds: number };
  search: { firstSearchGzipBytes: { max: number }; fast: { p95: number } };
}

interface Series {
  label: string;
  color: string;
  points: Array<[number, number]>;
  dashed?: boolean;
}

const W = 360;
const H = 240;
const PAD = { left: 48, right: 28, top: 28, bottom: 40 };
const esc = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** One panel at (x0, 0): axes, a line and dots per series, a legend. */
function panel(x0: number, title: string, unit: string, series: Series[]): string {
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const [lo, hi] = [Math.log10(Math.min(...xs)), Math.log10(Math.max(...xs))];
  const top = Math.max(...ys) * 1.1 || 1;
  const sx = (x: number) => x0 + PAD.left + ((hi === lo ? 0.5 : (Math.log10(x) - lo) / (hi - lo)) * (W - PAD.left - PAD.right));
  const sy = (y: number) => H - PAD.bottom - (y / top) * (H - PAD.top - PAD.bottom);
  const out: string[] = [];
  out.push(`<text x="${x0 + PAD.left}" y="16" font-weight="bold">${esc(title)} <tspan font-weight="normal">(${esc(unit)})</tspan></text>`);
  out.push(`<line x1="${x0 + PAD.left}" y1="${H - PAD.bottom}" x2="${x0 + W - PAD.right}" y2="${H - PAD.bottom}" stroke="#444"/>`);
  out.push(`<line x1="${x0 + PAD.left}" y1="${PAD.top}" x2="${x0 + PAD.left}" y2="${H - PAD.bottom}" stroke="#444"/>`);
  for (const f of [0, 0.5, 1]) {
    const y = top * f;
    out.push(`<text x="${x0 + PAD.left - 4}" y="${sy(y) + 4}" text-anchor="end">${fmt(y)}</text>`);
  }
  for (const x of [...new Set(xs)]) out.push(`<text x="${sx(x)}" y="${H - PAD.bottom + 14}" text-anchor="middle">${x.toLocaleString("en-US")}</text>`);
  out.push(`<text x="${x0 + PAD.left + (W - PAD.left - PAD.right) / 2}" y="${H - 6}" text-anchor="middle">articles (log scale)</text>`);
  series.forEach((s, i) => {
    const d = s.points.map(([x, y], k) => `${k ? "L" : "M"}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(" ");
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ""}/>`);
    for (const [x, y] of s.points) out.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3" fill="${s.color}"/>`);
    out.push(`<text x="${x0 + PAD.left + 8}" y="${PAD.top + 14 + 14 * i}" fill="${s.color}">${esc(s.label)}</text>`);
  });
  return out.join("\n");
}

/** The chart for bench rows (sorted by size), as an SVG document. */
export function benchChart(rows: ChartRow[]): string {
  const r = [...rows].sort((a, b) => a.articles - b.articles);
  const pts = (f: (row: ChartRow) => number): Array<[number, number]> => r.map((row) => [row.articles, f(row)]);
  const build = panel(0, "Build", "seconds", [
    { label: "full build", color: "#1f5fa8", points: pts((x) => x.buildSeconds) },
    { label: "bare Astro, as many pages", color: "#777", points: pts((x) => x.bareAstroSeconds), dashed: true },
    { label: "+1 article, rebuilt in place", color: "#2a8a3e", points: pts((x) => x.incremental.seconds) },
  ]);
  const search = panel(W, "Search", "KB · ms", [
    { label: "first search, KB gzip (max)", color: "#a8461f", points: pts((x) => x.search.firstSearchGzipBytes.max / 1024) },
    { label: "query p95, ms", color: "#6a3fa0", points: pts((x) => x.search.fast.p95) },
  ]);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H}" viewBox="0 0 ${2 * W} ${H}" font-family="sans-serif" font-size="11" role="img">`,
    `<title>Build and search cost against corpus size (npm run bench)</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    build,
    search,
    `</svg>`,
    "",
  ].join("\n");
}
