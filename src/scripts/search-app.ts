// The search page's app: loads the index on first use, searches as the user
// types (debounced), keeps the state in the URL, and renders results with DOM
// APIs and textContent only.
import { makeSearcher, type Filters, type Hit, type SearchMeta } from "../site/search.ts";
import { href } from "../site/paths.ts";
import { formatDate, stanceLabel } from "../site/format.ts";

const FIELDS = ["q", "speaker", "topic", "stance", "from", "to"] as const;


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
  const more = app.querySelector<HTMLButtonElement>("#more")!;
  /** Results shown at first and added by each "show more" (the page sets it: 50). */
  const PAGE = Number(app.dataset.page) || 50;
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
  let shown: Hit[] = [];
  let shownCount = 0;

  /** One result: who, where, when, stance on what, and the whole statement with the matched words marked. */
  const item = (h: Hit, mine: number) => {
    const li = el("li");
    const a = el("a", undefined, "result");
    a.href = href(`/claims/${h.id}/`);
    const head = el("span", undefined, "result-head");
    const outlet = el("span", "", "result-outlet");
    const time = el("time", formatDate(h.date));
    if (h.date) time.dateTime = h.date;
    head.append(el("strong", h.speaker), outlet, el("span", " · "), time, el("span", " · "), el("span", stanceLabel(h.stance, h.topic), `stance stance-${h.stance}`));
    const text = el("span", "…", "result-text");
    a.append(head, text);
    li.append(a);
    void searcher.display(h.index).then((d) => {
      if (mine !== generation) return;
      if (d.outlet) outlet.textContent = ` · ${d.outlet}`;
      text.replaceChildren(...(d.quoted ? ["“", marked(d.statement, h.terms), "”"] : [marked(d.statement, h.terms)]));
    });
    return li;
  };

  /** The next page of results; `focus` moves the focus to its first one (after "show more"). */
  const showMore = (focus: boolean) => {
    const mine = generation;
    const page = shown.slice(shownCount, shownCount + PAGE);
    const items = page.map((h) => item(h, mine));
    list.append(...items);
    shownCount += page.length;
    const rest = shown.length - shownCount;
    more.hidden = rest <= 0;
    more.textContent = `Show ${Math.min(rest, PAGE)} more (${rest} not shown)`;
    if (focus) items[0]?.querySelector("a")?.focus();
  };
  more.addEventListener("click", () => showMore(true));

  const render = (hits: Hit[], undated: number, q: string) => {
    list.replaceChildren();
    shown = hits;
    shownCount = 0;
    const n = hits.length;
    const left = undated ? ` ${undated} undated statement${undated === 1 ? " is" : "s are"} left out: an undated statement is in no date range.` : "";
    status.textContent = n
      ? `${n} statement${n === 1 ? "" : "s"}${q ? ` for “${q}”` : ""}.${left}`
      : `No statements match.${left} Try fewer words, or browse the speakers and topics.`;
    showMore(false);
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
      more.hidden = true;
      status.textContent = "Type to search, or pick a speaker, topic or stance.";
      return;
    }
    const { hits, undated } = await searcher.query(q, filters);
    if (mine === generation) render(hits, undated, q);
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
