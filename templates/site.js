// The site's own script, and the site works without it: search in the browser with Pagefind's
// static index (pagefind/, next to this file), so no server is asked anything; on the register,
// register.js (next to this file) filters and sorts the table in place.
const results = document.getElementById("sokresultat");
if (results) search(results);
if (document.getElementById("registerfilter")) import("./register.js");

async function search(list) {
  const status = document.getElementById("sokstatus");
  const field = document.getElementById("sokord");
  const query = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  field.value = query;
  if (!query) return;
  status.textContent = "Söker …";
  // Relative to this script, so the site works under any sub-path.
  const root = new URL("./", import.meta.url);
  const pagefind = await import(new URL("pagefind/pagefind.js", root).href);
  const found = await pagefind.search(query);
  const pages = await Promise.all(found.results.slice(0, 30).map((r) => r.data()));
  status.textContent = pages.length === 0 ? `Inga träffar för ”${query}”.` : `${pages.length} ${pages.length === 1 ? "träff" : "träffar"} för ”${query}”.`;
  for (const page of pages) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    // Pagefind puts the path of its own folder's parent in front: the URL is right under any sub-path.
    link.href = new URL(page.url, location.href).href;
    link.textContent = page.meta?.title ?? page.url;
    const excerpt = document.createElement("p");
    appendExcerpt(excerpt, page.excerpt);
    item.append(link, excerpt);
    list.append(item);
  }
}

// Pagefind's excerpt is escaped text with <mark> around hits: keep the text and the marks only.
function appendExcerpt(target, html) {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  for (const node of body.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent);
    }
  }
}
