// The header's language switch leads to the same page in the other language. The build writes
// the right link into every page (site-overrides/partials/alternate.html), but Material's instant
// navigation swaps a page's content and not its header: after each instant navigation, this puts
// the link in step with the new address. A page has the same path in both languages: `check/` in
// English is `es/check/` in Spanish (mkdocs-static-i18n's suffix layout; tests/test_site_es.py
// checks that every page has its twin). Instant navigation never crosses languages: the switch
// and every other link to the other language load a whole page.

const SPANISH = "es/";
const first = document.querySelector("a[data-lang-switch]");

if (first && window.document$?.subscribe) {
  // The site root, from the first page's link (relative to the page that wrote it).
  const root = new URL(first.dataset.root, location.href);
  window.document$.subscribe(() => {
    const link = document.querySelector("a[data-lang-switch]");
    const here = new URL(location.href);
    if (!link || !here.pathname.startsWith(root.pathname)) return;
    const path = here.pathname.slice(root.pathname.length);
    const twin = path.startsWith(SPANISH) ? path.slice(SPANISH.length) : SPANISH + path;
    link.href = new URL(twin, root).href;
  });
}
