// The only script on content pages (kept tiny): the "/" shortcut and the
// copy-link button. The search page loads its own app (src/pages/search/index.astro).

function typingInField(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

document.addEventListener("keydown", (e) => {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || typingInField(e)) return;
  const box = (document.getElementById("q") ?? document.getElementById("site-search")) as HTMLInputElement | null;
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  button.hidden = false;
  button.addEventListener("click", async () => {
    const url = new URL(button.dataset.copy ?? "", location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      button.textContent = "Link copied";
    } catch {
      button.textContent = "Copy failed: select the link above";
    }
  });
}
