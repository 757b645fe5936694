// The search page's app: loads the index on first use, searches as the user
// types (debounced), keeps the state in the URL, and renders results with DOM
// APIs and textContent only.
import { makeSearcher, type Filters, type Hit, type SearchMeta } from "../site/search.ts";
import { href } from "../site/paths.ts";

const FIELDS = ["q", "speaker", "topic", "stance", "from", "to"] as const;
const STANCE: Record<string, string> = { supports: "Supports", opposes: "Opposes", conditional: "Conditional", neutral: "Neutral" };
const LIMIT = 50;

const getJson = async <T>(path: string): Promise<T> => {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** Text with the words that matched wrapped in <mark>, built node by node. */
function marked(text: string, terms: string[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const want = new Set(terms);
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0].normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    if (!want.has(word)) continue;
    frag.append(text.slice(at, m.index), el("mark", m[0]));
    at = m.index! + m[0].length;
  }
  frag.append(text.slice(at));
  return frag;
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
  let searcher: ReturnType<typeof makeSearcher>;
  try {
    const meta = await getJson<SearchMeta>(href("/search/meta.json"));
    searcher = makeSearcher(meta, {
      postings: (k) => getJson(href(`/search/postings-${k}.json`)),
      display: (k) => getJson(href(`/search/display-${k}.json`)),
    });
  } catch {
    status.textContent = "The search index could not be loaded. Browse the speakers and topics instead.";
    return;
  }

  let generation = 0;
  let last: string | undefined;
  const render = (hits: Hit[], q: string) => {
    list.replaceChildren();
    status.textContent = hits.length
      ? `${hits.length}${hits.length === LIMIT ? "+" : ""} claim${hits.length === 1 ? "" : "s"}${q ? ` for “${q}”` : ""}`
      : "No claims match. Try fewer words, or browse the speakers and topics.";
    const mine = generation;
    for (const h of hits) {
      const li = el("li");
      const a = el("a", undefined, "result");
      a.href = href(`/claims/${h.id}/`);
      const head = el("span", undefined, "result-head");
      head.append(el("strong", h.speaker), el("span", ` · ${h.date || "undated"} · `), el("span", STANCE[h.stance] ?? h.stance, `stance stance-${h.stance}`));
      const text = el("span", "…", "result-text");
      a.append(head, text);
      li.append(a);
      list.append(li);
      void searcher.statement(h.index).then((s) => {
        if (mine === generation) text.replaceChildren(marked(s, h.terms));
      });
    }
  };

  const run = async () => {
    const values = Object.fromEntries(FIELDS.map((f) => [f, control(f)?.value.trim() ?? ""]));
    const { q = "", ...rest } = values;
    const filters: Filters = Object.fromEntries(Object.entries(rest).filter(([, v]) => v));
    const active = Object.entries(values).filter(([, v]) => v);
    // The same search again (a late keystroke timer): keep the results, and the focus in them.
    const state = new URLSearchParams(active).toString();
    if (state === last) return;
    last = state;
    history.replaceState(null, "", active.length ? `?${state}` : location.pathname);
    const mine = ++generation;
    if (!active.length) {
      list.replaceChildren();
      status.textContent = "Type to search, or pick a speaker, topic or stance.";
      return;
    }
    const hits = await searcher.search(q, filters, LIMIT);
    if (mine === generation) render(hits, q);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
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
  await run();
}
