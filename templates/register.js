// The register, nicer with JavaScript (loaded by site.js on index.html only; without it the
// pre-rendered views in register/ do the same with plain links). It puts the compact form of
// <template id="registerfilter"> in place of the box of links, filters and sorts the rows in
// place, keeps the choice in the address (?typ=…&sortera=…) so a view can be shared and reloaded,
// and says how many groups are shown in the polite live region #visas.
const template = document.getElementById("registerfilter");
const table = document.querySelector("table.register");
const linkBox = document.getElementById("vyer");
if (template && table && linkBox) enhance(template, table, linkBox);

function enhance(template, table, linkBox) {
  const form = template.content.querySelector("form").cloneNode(true);
  linkBox.replaceWith(form);
  const live = document.getElementById("visas");
  const collator = new Intl.Collator("sv");
  const bodies = [...table.tBodies];
  const rowsOf = (body) => [...body.rows].filter((row) => row.id);
  const headers = [...table.tHead.rows[0].cells].filter((th) => th.dataset.sort);
  const FILTERS = ["typ", "status", "organisation"];
  // The date column reads newest first; the others A–Ö.
  const FIRST_ORDER = { namn: "stigande", typ: "stigande", status: "stigande", beslut: "fallande" };
  const COMPARE = {
    namn: () => 0,
    typ: (a, b) => collator.compare(a.dataset.kindLabel, b.dataset.kindLabel),
    status: (a, b) => Number(a.dataset.statusRank) - Number(b.dataset.statusRank),
    beslut: (a, b) => a.dataset.decided.localeCompare(b.dataset.decided),
  };
  const field = (name) => form.elements.namedItem(name);
  const sortLabel = (key) => [...field("sortera").options].find((o) => o.value === key)?.textContent ?? key;
  let order = "stigande";
  let announceTimer;

  // Column headers become buttons; on a phone (no visible header row) the form's sort field serves.
  for (const th of headers) {
    const label = th.textContent.trim();
    const text = document.createElement("span");
    text.className = "th-text";
    text.textContent = label;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    const icon = document.createElement("span");
    icon.className = "sort-icon";
    icon.setAttribute("aria-hidden", "true");
    button.append(label, icon);
    button.addEventListener("click", () => {
      const key = th.dataset.sort;
      order = field("sortera").value === key ? (order === "stigande" ? "fallande" : "stigande") : FIRST_ORDER[key];
      field("sortera").value = key;
      update();
    });
    th.replaceChildren(text, button);
  }

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("input", (event) => {
    if (event.target.name === "sortera") order = FIRST_ORDER[event.target.value];
    update({ wait: event.target.name === "namn" });
  });
  // The form's own reset empties the fields after this event; read them after that.
  form.addEventListener("reset", () =>
    setTimeout(() => {
      order = "stigande";
      update();
    }),
  );

  // The address's choice first: unknown values fall back to "alla" by the fields themselves.
  const params = new URLSearchParams(location.search);
  for (const name of ["namn", ...FILTERS, "sortera"]) if (params.has(name)) field(name).value = params.get(name);
  if (!field("sortera").value) field("sortera").value = "namn";
  order = params.get("ordning") === "fallande" || params.get("ordning") === "stigande" ? params.get("ordning") : FIRST_ORDER[field("sortera").value];
  update({ silent: !params.toString() });

  function update({ wait = false, silent = false } = {}) {
    const query = field("namn").value.trim().toLocaleLowerCase("sv");
    const chosen = Object.fromEntries(FILTERS.map((name) => [name, field(name).value]));
    const key = field("sortera").value;
    const direction = order === "fallande" ? -1 : 1;
    const byName = (a, b) => collator.compare(a.dataset.name, b.dataset.name);
    let shown = 0;
    for (const body of bodies) {
      const rows = rowsOf(body);
      let visible = 0;
      for (const row of rows) {
        const match =
          (!query || row.dataset.name.toLocaleLowerCase("sv").includes(query)) &&
          (!chosen.typ || row.dataset.kind === chosen.typ) &&
          (!chosen.status || row.dataset.status === chosen.status) &&
          (!chosen.organisation || row.dataset.organisations.split(" ").includes(chosen.organisation));
        row.hidden = !match;
        if (match) visible++;
      }
      rows.sort((a, b) => direction * (COMPARE[key](a, b) || (key === "namn" ? byName(a, b) : 0)) || byName(a, b));
      body.append(...rows);
      body.hidden = visible === 0;
      const count = body.querySelector(".row-count");
      if (count) count.textContent = `(${visible})`;
      shown += visible;
    }
    for (const th of headers) {
      const current = th.dataset.sort === key;
      if (current) th.setAttribute("aria-sort", order === "fallande" ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
      th.querySelector(".sort-icon").textContent = current ? (order === "fallande" ? "\u00a0▼" : "\u00a0▲") : "";
    }
    remember({ namn: field("namn").value.trim(), ...chosen, sortera: key === "namn" ? "" : key, ordning: order === FIRST_ORDER[key] ? "" : order });
    const text = summary(shown, query, chosen, key);
    clearTimeout(announceTimer);
    if (silent) return;
    // While a name is being typed, say the count once the typing pauses.
    if (wait) announceTimer = setTimeout(() => (live.textContent = text), 500);
    else live.textContent = text;
  }

  function summary(shown, query, chosen, key) {
    const count = shown === 0 ? "Inga grupper visas" : `${shown} ${shown === 1 ? "grupp" : "grupper"} visas`;
    const parts = FILTERS.filter((name) => chosen[name]).map((name) => {
      const select = field(name);
      const label = select.labels[0].textContent.toLocaleLowerCase("sv");
      return `${label}: ${select.selectedOptions[0].textContent.replace(/\s*\(\d+\)$/, "")}`;
    });
    if (query) parts.unshift(`namn som innehåller ”${field("namn").value.trim()}”`);
    const reversed = order !== FIRST_ORDER[key] ? ", i omvänd ordning" : "";
    return `${count}${parts.length ? ` (${parts.join("; ")})` : ""}, sorterade efter ${sortLabel(key)}${reversed}.`;
  }

  function remember(state) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(state)) if (value) params.set(name, value);
    const search = params.toString();
    history.replaceState(null, "", search ? `?${search}` : location.pathname.split("/").pop() || "./");
  }
}
