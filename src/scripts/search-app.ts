// The search page's app: loads the prebuilt index on first use, searches as
// the user types (debounced), keeps the state in the URL, and renders results
// with DOM APIs and textContent only.
import type { FuseResult, RangeTuple } from "fuse.js/basic";
import { makeSearcher, type Filters, type SearchData, type SearchDoc } from "../site/search.ts";

const FIELDS = ["q", "speaker", "topic", "stance", "from", "to"] as const;
const STANCE: Record<string, string> = { supports: "Supports", opposes: "Opposes", conditional: "Conditional", neutral: "Neutral" };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** Text with the matched ranges wrapped in <mark>, built node by node. */
function marked(text: string, ranges: readonly RangeTuple[], max = 280): DocumentFragment {
  const frag = document.createDocumentFragment();
  const first = ranges[0]?.[0] ?? 0;
  const start = first > max / 2 ? text.lastIndexOf(" ", first - 40) + 1 : 0;
  const end = Math.min(text.length, start + max);
  if (start > 0) frag.append("…");
  let at = start;
  for (const [a, b] of ranges) {
    if (b < at || a >= end) continue;
    const from = Math.max(a, at);
    frag.append(text.slice(at, from));
    frag.append(el("mark", text.slice(from, Math.min(b + 1, end))));
    at = Math.min(b + 1, end);
  }
  frag.append(text.slice(at, end));
  if (end < text.length) frag.append("…");
  return frag;
}

function render(list: HTMLOListElement, status: HTMLElement, results: Array<FuseResult<SearchDoc>>, q: string) {
  list.replaceChildren();
  status.textContent = results.length
    ? `${results.length}${results.length === 50 ? "+" : ""} claim${results.length === 1 ? "" : "s"}${q ? ` for “${q}”` : ""}`
    : "No claims match. Try fewer words, or browse the speakers and topics.";
  for (const r of results) {
    const d = r.item;
    const body = d.quote || d.text;
    const key = d.quote ? "quote" : "text";
    const m = r.matches?.find((x) => x.key === key) ?? r.matches?.find((x) => x.key === "text");
    const li = el("li");
    const a = el("a", undefined, "result");
    a.href = `/claims/${d.id}/`;
    const head = el("span", undefined, "result-head");
    const who = el("strong", d.speaker);
    const speakerMatch = r.matches?.find((x) => x.key === "speaker");
    if (speakerMatch) who.replaceChildren(marked(d.speaker, speakerMatch.indices));
    head.append(who, el("span", ` · ${d.date || "undated"} · `), el("span", STANCE[d.stance] ?? d.stance, `stance stance-${d.stance}`));
    const text = el("span", undefined, "result-text");
    text.append(marked(m?.key === "text" ? d.text : body, m?.indices ?? []));
    a.append(head, text);
    li.append(a);
    list.append(li);
  }
}

export async function start(app: HTMLElement): Promise<void> {
  const form = app.querySelector("form")!;
  const list = app.querySelector<HTMLOListElement>("#results")!;
  const status = app.querySelector<HTMLElement>("#search-status")!;
  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;

  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) {
    const c = control(f);
    if (c && params.has(f)) c.value = params.get(f) ?? "";
  }
  status.textContent = "Loading the search index…";
  let data: SearchData;
  try {
    data = (await (await fetch("/search/index.json")).json()) as SearchData;
  } catch {
    status.textContent = "The search index could not be loaded. Browse the speakers and topics instead.";
    return;
  }
  const search = makeSearcher(data);

  const run = () => {
    const values = Object.fromEntries(FIELDS.map((f) => [f, control(f)?.value.trim() ?? ""]));
    const { q = "", ...rest } = values;
    const filters: Filters = Object.fromEntries(Object.entries(rest).filter(([, v]) => v));
    const active = Object.entries(values).filter(([, v]) => v);
    history.replaceState(null, "", active.length ? `?${new URLSearchParams(active)}` : location.pathname);
    if (!active.length) {
      list.replaceChildren();
      status.textContent = "Type to search, or pick a speaker, topic or stance.";
      return;
    }
    render(list, status, search(q, filters), q);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });

  // Arrow keys move between the box and the results; Enter follows a link as usual.
  app.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>("a.result")];
    if (!links.length) return;
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    const box = control("q") as HTMLInputElement;
    if (document.activeElement === box && e.key === "ArrowDown") links[0]!.focus();
    else if (i >= 0) (e.key === "ArrowDown" ? links[Math.min(i + 1, links.length - 1)]! : i === 0 ? box : links[i - 1]!).focus();
    else return;
    e.preventDefault();
  });
  run();
}
