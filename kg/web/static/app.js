// kg's page: a SPARQL editor over /query and the actor network (cytoscape.js, shipped beside this file).
// Everything it shows comes from the SPARQL endpoint; data are put into the page as text, never as HTML.
// State for tests and curious users: window.kg.
"use strict";

const kg = (window.kg = { examples: [], prefixes: {}, result: null, network: { ready: false } });

const RESULTS_JSON = "application/sparql-results+json";
const TYPE_COLOURS = {
  State: "#4e79a7",
  Official: "#f28e2b",
  GovernmentBody: "#e15759",
  InternationalOrganization: "#76b7b2",
  MediaOutlet: "#59a14f",
  Group: "#b07aa1",
  Other: "#9c9c9c",
};
const RELATION_COLOURS = {
  supports: "#2ca02c", cooperates: "#17becf", agrees: "#98df8a", aids: "#1f77b4", meets: "#aec7e8",
  criticizes: "#ff7f0e", accuses: "#d62728", denies: "#9467bd", rejects: "#c5b0d5", demands: "#8c564b",
  warns: "#e377c2", threatens: "#7f0000", sanctions: "#bcbd22", attacks: "#000000", announces: "#7f7f7f",
  spokespersonFor: "#c49c94", leaderOf: "#dbdb8d", memberOf: "#9edae5", advisorTo: "#f7b6d2",
};
const SPARE_COLOURS = ["#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354"];
const GA = "https://w3id.org/geoactor/ontology#";

const $ = (id) => document.getElementById(id);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

// ---------------------------------------------------------------------------------------------------
// The endpoint
// ---------------------------------------------------------------------------------------------------

async function sparql(query, accept = RESULTS_JSON) {
  const response = await fetch("/query", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
    body: new URLSearchParams({ query }),
  });
  const type = (response.headers.get("Content-Type") || "").split(";")[0];
  if (!response.ok) throw new Error(`${response.status}: ${(await response.text()).trim()}`);
  if (type === RESULTS_JSON || type === "application/json") return { type, data: await response.json() };
  return { type, text: await response.text() };
}

function shortIri(iri) {
  for (const [prefix, namespace] of Object.entries(kg.prefixes)) {
    if (iri.startsWith(namespace) && !iri.slice(namespace.length).includes("/")) {
      return `${prefix}:${iri.slice(namespace.length)}`;
    }
  }
  return iri;
}

function termCell(term) {
  const cell = el("td");
  if (!term) return cell;
  if (term.type === "uri") {
    const external = /^https?:\/\//.test(term.value) && !term.value.startsWith("https://w3id.org/geoactor/");
    const node = external
      ? el("a", { href: term.value, target: "_blank", rel: "noopener noreferrer", class: "iri", text: shortIri(term.value) })
      : el("span", { class: "iri", title: term.value, text: shortIri(term.value) });
    cell.append(node);
  } else if (term.type === "bnode") {
    cell.textContent = `_:${term.value}`;
  } else {
    cell.append(document.createTextNode(term.value));
    if (term["xml:lang"]) cell.append(el("span", { class: "lang", text: ` @${term["xml:lang"]}` }));
    else if (term.datatype && !term.datatype.endsWith("#string")) {
      cell.append(el("span", { class: "dt", text: ` ${shortIri(term.datatype)}` }));
    }
  }
  return cell;
}

// ---------------------------------------------------------------------------------------------------
// Query tab
// ---------------------------------------------------------------------------------------------------

function showTable(vars, rows) {
  const table = el("table", { id: "result-table" });
  table.append(el("thead", {}, el("tr", {}, ...vars.map((name) => el("th", { text: name })))));
  const body = el("tbody");
  for (const row of rows) body.append(el("tr", {}, ...vars.map((name) => termCell(row[name]))));
  table.append(body);
  $("results").replaceChildren(table);
}

function parseNTriples(text) {
  // Enough N-Triples for a table: IRIs, blank nodes and literals as written by Oxigraph.
  const term = /<([^>]*)>|(_:\S+)|("(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^<[^>]*>)?)/g;
  const rows = [];
  for (const line of text.split("\n")) {
    const terms = [...line.matchAll(term)].map((m) =>
      m[1] !== undefined ? { type: "uri", value: m[1] } : m[2] ? { type: "bnode", value: m[2].slice(2) } : literal(m[3]),
    );
    if (terms.length === 3) rows.push({ subject: terms[0], predicate: terms[1], object: terms[2] });
  }
  return rows;
}

function literal(text) {
  const match = /^"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?$/.exec(text);
  const value = JSON.parse(`"${match[1].replace(/\\U([0-9A-Fa-f]{8})/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))}"`);
  return { type: "literal", value, "xml:lang": match[2], datatype: match[3] };
}

async function runQuery() {
  const query = $("editor").value;
  const status = $("status");
  status.textContent = "running…";
  status.classList.remove("error");
  const started = performance.now();
  try {
    const answer = await sparql(query, `${RESULTS_JSON}, application/n-triples;q=0.9`);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (answer.data && "boolean" in answer.data) {
      kg.result = { boolean: answer.data.boolean, rows: 0 };
      $("results").replaceChildren(el("p", { id: "result-boolean", text: `ASK: ${answer.data.boolean}` }));
      status.textContent = `${answer.data.boolean} (${seconds} s)`;
    } else if (answer.data) {
      const { vars } = answer.data.head;
      const rows = answer.data.results.bindings;
      kg.result = { vars, rows: rows.length };
      showTable(vars, rows);
      status.textContent = `${rows.length} row${rows.length === 1 ? "" : "s"} (${seconds} s)`;
    } else {
      const rows = parseNTriples(answer.text);
      kg.result = { vars: ["subject", "predicate", "object"], rows: rows.length };
      showTable(kg.result.vars, rows);
      status.textContent = `${rows.length} triple${rows.length === 1 ? "" : "s"} (${seconds} s)`;
    }
  } catch (error) {
    kg.result = { error: error.message };
    status.textContent = "failed";
    status.classList.add("error");
    $("results").replaceChildren(el("p", { class: "error", id: "result-error", text: error.message }));
  }
  return kg.result;
}

function chooseExample(name) {
  const example = kg.examples.find((e) => e.name === name);
  if (!example) return false;
  $("examples").value = name;
  $("editor").value = example.text;
  $("example-title").textContent = example.title;
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Network tab
// ---------------------------------------------------------------------------------------------------

const localName = (iri) => (iri.startsWith(GA) ? iri.slice(GA.length) : iri.split(/[/#]/).pop());
const safeIri = (iri) => !/[<>"{}|\\^`\s]/.test(iri);

function relationColour(relation, index) {
  return RELATION_COLOURS[relation] || SPARE_COLOURS[index % SPARE_COLOURS.length];
}

// An article date (YYYY, YYYY-MM or YYYY-MM-DD) as the days it covers, compared as strings.
function dateSpan(date) {
  if (/^\d{4}$/.test(date)) return [`${date}-01-01`, `${date}-12-31`];
  if (/^\d{4}-\d{2}$/.test(date)) return [`${date}-01`, `${date}-31`];
  return [date.slice(0, 10), date.slice(0, 10)];
}

async function loadNetwork() {
  const net = kg.network;
  if (net.loading || net.ready) return;
  net.loading = true;
  $("network-status").textContent = "loading the network…";
  try {
    const text = (name) => kg.examples.find((e) => e.name === name).text;
    const [actors, edges] = await Promise.all([sparql(text("actors")), sparql(text("actor-network"))]);
    const nodes = new Map();
    for (const row of actors.data.results.bindings) {
      const iri = row.actor.value;
      const type = localName(row.type.value);
      const known = nodes.get(iri);
      if (known && known.type !== "Other") continue; // one row per class: keep the specific one
      nodes.set(iri, {
        id: iri,
        label: row.label ? row.label.value : localName(iri),
        type: type === "Actor" || !TYPE_COLOURS[type] ? "Other" : type,
        country: row.country ? localName(row.country.value) : "",
      });
    }
    const relations = new Set();
    const elements = [];
    edges.data.results.bindings.forEach((row, index) => {
      const relation = localName(row.relation.value);
      relations.add(relation);
      for (const end of [row.source.value, row.target.value]) {
        if (!nodes.has(end)) nodes.set(end, { id: end, label: localName(end), type: "Other", country: "" });
      }
      elements.push({
        group: "edges",
        data: {
          id: `e${index}`,
          source: row.source.value,
          target: row.target.value,
          relation,
          relationIri: row.relation.value,
          weight: Number(row.weight.value),
          claims: Number(row.claims.value),
          dates: row.dates ? row.dates.value.split(" ").filter(Boolean) : [],
        },
      });
    });
    const sortedRelations = [...relations].sort();
    net.colours = Object.fromEntries(sortedRelations.map((r, i) => [r, relationColour(r, i)]));
    for (const edge of elements) edge.data.colour = net.colours[edge.data.relation];
    for (const node of nodes.values()) {
      elements.push({ group: "nodes", data: { ...node, colour: TYPE_COLOURS[node.type] } });
    }
    buildFilters(sortedRelations, elements);
    drawNetwork(elements);
  } catch (error) {
    net.error = error.message;
    $("network-status").textContent = `failed: ${error.message}`;
    $("network-status").classList.add("error");
  } finally {
    net.loading = false;
  }
}

function buildFilters(relations, elements) {
  const box = $("relations");
  box.replaceChildren();
  for (const relation of relations) {
    const input = el("input", { type: "checkbox", value: relation, checked: "" });
    input.addEventListener("change", applyFilters);
    box.append(el("label", {}, input, el("span", { class: "swatch", style: `background:${kg.network.colours[relation]}` }), relation));
  }
  const starts = elements.flatMap((e) => e.data.dates || []).map((d) => dateSpan(d)[0]).sort();
  kg.network.firstDate = starts[0] || null;
  kg.network.lastDate = starts[starts.length - 1] || null;
  $("legend").replaceChildren(
    ...Object.entries(TYPE_COLOURS).map(([type, colour]) =>
      el("label", {}, el("span", { class: "dot", style: `background:${colour}` }), type),
    ),
  );
}

function drawNetwork(elements) {
  const net = kg.network;
  net.cy = cytoscape({
    container: $("cy"),
    elements,
    wheelSensitivity: 0.3,
    style: [
      {
        selector: "node",
        style: {
          "background-color": "data(colour)",
          label: "data(label)",
          "font-size": 10,
          "text-valign": "bottom",
          "text-margin-y": 3,
          width: 18,
          height: 18,
          "text-wrap": "ellipsis",
          "text-max-width": 120,
        },
      },
      {
        selector: "edge",
        style: {
          "line-color": "data(colour)",
          "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle",
          "curve-style": "bezier",
          width: "mapData(weight, 1, 5, 1.5, 6)",
          opacity: 0.85,
        },
      },
      { selector: ".hidden", style: { display: "none" } },
      { selector: ".faded", style: { opacity: 0.12 } },
      { selector: "edge:selected", style: { width: 7, opacity: 1, "overlay-opacity": 0.15 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#1f2328" } },
    ],
  });
  net.cy.on("tap", "edge", (event) => showClaims(event.target));
  net.cy.on("tap", "node", (event) => highlight(event.target));
  net.cy.on("tap", (event) => {
    if (event.target === net.cy) net.cy.elements().removeClass("faded");
  });
  applyFilters();
}

function applyFilters() {
  const net = kg.network;
  if (!net.cy) return;
  const chosen = new Set([...document.querySelectorAll("#relations input:checked")].map((i) => i.value));
  const from = $("date-from").value;
  const to = $("date-to").value;
  const cy = net.cy;
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const { relation, dates } = edge.data();
      let visible = chosen.has(relation);
      if (visible && (from || to)) {
        visible = dates.some((date) => {
          const [start, end] = dateSpan(date);
          return (!to || start <= to) && (!from || end >= from);
        });
      }
      edge.toggleClass("hidden", !visible);
    });
    cy.nodes().forEach((node) => {
      node.toggleClass("hidden", node.connectedEdges().filter((e) => !e.hasClass("hidden")).length === 0);
    });
  });
  const shown = cy.elements().not(".hidden");
  net.visibleNodes = shown.nodes().length;
  net.visibleEdges = shown.edges().length;
  $("network-status").textContent = `${net.visibleNodes} actors, ${net.visibleEdges} relations shown`;
  const layout = shown.layout({ name: "cose", animate: false, randomize: false, padding: 30, nodeRepulsion: () => 9000 });
  layout.one("layoutstop", () => {
    net.nodes = cy.nodes().length;
    net.edges = cy.edges().length;
    net.ready = true;
  });
  layout.run();
}

function highlight(node) {
  const cy = kg.network.cy;
  const neighbourhood = node.closedNeighborhood();
  cy.elements().addClass("faded");
  neighbourhood.removeClass("faded");
}

async function showClaims(edge) {
  const { source, target, relation, relationIri } = edge.data();
  const panel = $("claims");
  const label = (id) => edge.cy().getElementById(id).data("label");
  edge.cy().elements().unselect();
  edge.select();
  panel.replaceChildren(
    el("h3", { text: `${label(source)} — ${relation} → ${label(target)}` }),
    el("p", { class: "muted", text: "loading the claims…" }),
  );
  if (![source, target, relationIri].every(safeIri)) return;
  const query = `
SELECT ?claim ?evidence ?confidence ?speaker ?article ?title ?date ?url ?outlet WHERE {
  ?claim a ga:Claim ; ga:relation <${relationIri}> ; ga:subject <${source}> ; ga:object <${target}> ;
         ga:negated false ; ga:hypothetical false ; prov:wasDerivedFrom ?article .
  OPTIONAL { ?claim ga:evidence ?evidence }
  OPTIONAL { ?claim ga:confidence ?confidence }
  OPTIONAL { SELECT ?claim (MIN(STR(?name)) AS ?speaker) WHERE { ?claim ga:attributedTo ?who . ?who rdfs:label ?name } GROUP BY ?claim }
  OPTIONAL { SELECT ?article (MIN(STR(?t)) AS ?title) WHERE { ?article dcterms:title ?t } GROUP BY ?article }
  OPTIONAL { ?article dcterms:issued ?date }
  OPTIONAL { ?article dcterms:source ?url }
  OPTIONAL { SELECT ?article (MIN(STR(?o)) AS ?outlet) WHERE { ?article dcterms:publisher ?p . ?p rdfs:label ?o } GROUP BY ?article }
} ORDER BY ?date ?claim`;
  try {
    const answer = await sparql(query);
    const seen = new Set();
    const items = [];
    for (const row of answer.data.results.bindings) {
      if (seen.has(row.claim.value)) continue;
      seen.add(row.claim.value);
      const value = (name) => (row[name] ? row[name].value : "");
      const article = value("url")
        ? el("a", { href: value("url"), target: "_blank", rel: "noopener noreferrer", text: value("title") || value("url") })
        : el("span", { title: value("article"), text: value("title") || shortIri(value("article")) });
      const meta = [value("date"), value("outlet"), value("speaker") && `said by ${value("speaker")}`, value("confidence") && `confidence ${value("confidence")}`]
        .filter(Boolean)
        .join(" · ");
      items.push(
        el("div", { class: "claim" },
          el("blockquote", { text: value("evidence") ? `“${value("evidence")}”` : "(no evidence text)" }),
          el("div", { class: "meta" }, article, document.createTextNode(meta ? ` — ${meta}` : "")),
        ),
      );
    }
    kg.network.claims = items.length;
    panel.replaceChildren(
      el("h3", { text: `${label(source)} — ${relation} → ${label(target)}` }),
      el("p", { class: "muted", text: `${items.length} claim${items.length === 1 ? "" : "s"}, ${edge.data("weight")} article${edge.data("weight") === 1 ? "" : "s"}` }),
      ...items,
    );
  } catch (error) {
    panel.replaceChildren(el("p", { class: "error", text: error.message }));
  }
}

// ---------------------------------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------------------------------

function showTab(name) {
  for (const tab of document.querySelectorAll(".tab")) tab.setAttribute("aria-selected", String(tab.dataset.tab === name));
  $("query-tab").hidden = name !== "query";
  $("network-tab").hidden = name !== "network";
  if (name === "network") {
    if (!kg.network.cy) loadNetwork();
    else kg.network.cy.resize();
  }
  if (location.hash !== `#${name}`) history.replaceState(null, "", `${location.pathname}${location.search}#${name}`);
}

async function start() {
  const [info, examples] = await Promise.all([fetch("/api/info").then((r) => r.json()), fetch("/api/examples").then((r) => r.json())]);
  kg.prefixes = info.prefixes;
  kg.examples = examples;
  $("info").textContent = `store ${info.store} · ${info.read_only ? "read-only" : "read-write"} · time-out ${info.timeout} s · at most ${info.max_results} results · kg ${info.version}`;
  $("endpoint").textContent = new URL("/query", location.href).href;
  for (const example of examples) $("examples").append(el("option", { value: example.name, text: `${example.name} — ${example.title}` }));
  $("examples").addEventListener("change", (event) => chooseExample(event.target.value));
  $("run").addEventListener("click", runQuery);
  $("editor").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runQuery();
    }
  });
  for (const tab of document.querySelectorAll(".tab")) tab.addEventListener("click", () => showTab(tab.dataset.tab));
  for (const input of [$("date-from"), $("date-to")]) input.addEventListener("change", applyFilters);
  $("reset-dates").addEventListener("click", () => {
    $("date-from").value = "";
    $("date-to").value = "";
    applyFilters();
  });
  const setAll = (checked) => () => {
    for (const input of document.querySelectorAll("#relations input")) input.checked = checked;
    applyFilters();
  };
  $("all-relations").addEventListener("click", setAll(true));
  $("no-relations").addEventListener("click", setAll(false));

  const params = new URLSearchParams(location.search);
  if (params.get("example")) chooseExample(params.get("example"));
  kg.started = true;
  if (params.has("run")) await runQuery();
  showTab(location.hash === "#network" ? "network" : "query");
}

window.addEventListener("DOMContentLoaded", () => {
  start().catch((error) => {
    kg.error = error.message;
    $("status").textContent = `the page could not start: ${error.message}`;
  });
});
