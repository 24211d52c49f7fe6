"""Graph file writers for the actor network: GEXF 1.3, GraphML and Gephi's spreadsheet CSV.

Input is the networkx MultiDiGraph built from the store: node id = actor IRI; node attributes `label`,
`type`, `country`, `qid`; edge key = relation name; edge attributes `kind`, `weight`, `claims`, `spells`
(list of ("YYYY-MM-DD", "YYYY-MM-DD") whole-day intervals). Any value may be None.

All three writers serialise the same cleaned records (`_records`): strings without the characters XML 1.0
forbids, labels whitespace-collapsed, spells parsed, sorted and merged, edges numbered `e0`, `e1`, … in
sorted order. Same graph in, same bytes out (apart from GEXF's `lastmodifieddate`, which can be fixed).

Time as written, one interval syntax for the two non-GEXF formats (Gephi's, as in its spreadsheet docs):
- GEXF: `<spells><spell start=… end=…/></spells>` on nodes and edges, `mode="dynamic" timeformat="date"`
  when any spell exists; Gephi's timeline reads them. graphology-gexf (Gephi Lite) ignores spells.
- CSV: a `Timeset` column, `<[2016-10-01,2016-10-01];[2022-02-01,2022-02-28]>`; Gephi's spreadsheet
  import recognises the header and the interval syntax and makes it the node's/edge's time set.
- GraphML: a string attribute `spells` holding the same text; GraphML has no notion of time.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx
from lxml import etree

__all__ = ["write_csv", "write_gexf", "write_graphml"]

log = logging.getLogger(__name__)

GEXF_NS = "http://gexf.net/1.3"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
GEXF_SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

Spell = tuple[date, date]

# --------------------------------------------------------------------------------------------------
# Shared cleaning
# --------------------------------------------------------------------------------------------------

# What XML 1.0 forbids (C0 controls but TAB/LF/CR, surrogates, U+FFFE/U+FFFF) plus the C1 controls it
# discourages (section 2.2): none carries meaning in a name, lxml refuses the former, and the latter are
# mostly mojibake. The ones that separate words become a space so "a\x0bb" stays two words.
_UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACE_LIKE = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f\x85")
# GEXF labels are xsd:token: XML Schema collapses exactly these four, so NBSP & co. are kept.
_XML_SPACE_RUN = re.compile("[ \t\n\r]+")


def _clean_text(value: Any) -> str | None:
    """Return `value` as a string that XML 1.0 accepts (None stays None)."""
    if value is None:
        return None
    return _UNWANTED.sub(lambda m: " " if m.group() in _SPACE_LIKE else "", str(value))


def _clean_label(value: Any) -> str | None:
    """Clean `value` and collapse its whitespace like xsd:token does; None if nothing is left."""
    text = _clean_text(value)
    if text is None:
        return None
    return _XML_SPACE_RUN.sub(" ", text).strip() or None


def _as_int(value: Any) -> int | None:
    """Return `value` as an int if it is one (also 3.0 or "3"); None otherwise."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _as_date(value: Any) -> date | None:
    """Parse one spell bound ("YYYY-MM-DD", or a date/datetime); None if it is not a day."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            # Python 3.11 also takes "20220201" and week dates; re-serialising normalises them.
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _parse_spells(spells: Any) -> list[Spell]:
    """Turn the `spells` attribute into (start, end) days, dropping what is not a pair of days."""
    if not spells:
        return []
    parsed: list[Spell] = []
    dropped = 0
    for spell in spells:
        try:
            raw_start, raw_end = spell
        except (TypeError, ValueError):
            dropped += 1
            continue
        start, end = _as_date(raw_start), _as_date(raw_end)
        # A spell with one bound missing is still the article's day.
        start, end = start or end, end or start
        if start is None or end is None:
            dropped += 1
            continue
        parsed.append((start, end) if start <= end else (end, start))
    if dropped:
        log.warning("dropped %d spell(s) that are not (start, end) ISO dates", dropped)
    return parsed


def _merge_spells(spells: Iterable[Spell]) -> tuple[Spell, ...]:
    """Sort and merge spells that overlap or touch (whole days: 02-28 and 03-01 touch).

    Merging is required, not cosmetic: Gephi's IntervalSet rejects overlapping intervals, and an edge
    gets one spell per article, so two articles on one day would overlap.
    """
    merged: list[Spell] = []
    for start, end in sorted(spells):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


def _sink(out: str | Path | BinaryIO) -> str | BinaryIO:
    """A path as str (lxml and networkx both take that) or the binary file object as is."""
    return str(out) if isinstance(out, Path) else out


def _timeset(spells: tuple[Spell, ...]) -> str | None:
    """Gephi's interval syntax, `<[2022-02-01,2022-02-28];[…]>`; None without spells."""
    if not spells:
        return None
    return "<" + ";".join(f"[{s.isoformat()},{e.isoformat()}]" for s, e in spells) + ">"


# --------------------------------------------------------------------------------------------------
# Records shared by the writers
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Node:
    id: str
    label: str | None
    type: str | None
    country: str | None
    qid: str | None
    spells: tuple[Spell, ...]


@dataclass(frozen=True, slots=True)
class _Edge:
    id: str
    source: str
    target: str
    kind: str | None
    weight: int | None
    claims: int | None
    spells: tuple[Spell, ...]


def _edges_with_keys(graph: nx.Graph) -> Iterator[tuple[Any, Any, Any, dict[str, Any]]]:
    """(u, v, key, data) for multigraphs and simple graphs alike (key None for the latter)."""
    if graph.is_multigraph():
        yield from graph.edges(keys=True, data=True)
    else:
        for u, v, data in graph.edges(data=True):
            yield u, v, None, data


def _records(graph: nx.Graph) -> tuple[list[_Node], list[_Edge]]:
    """Clean, sort and number the graph's nodes and edges once for every writer."""
    ids: dict[Any, str] = {}
    for node in graph.nodes:
        cleaned = _clean_text(node) or ""
        if not cleaned.strip():
            raise ValueError(f"node id {node!r} is empty once cleaned of XML-forbidden characters")
        ids[node] = cleaned
    if len(set(ids.values())) != len(ids):
        raise ValueError("two node ids become equal once cleaned of XML-forbidden characters")

    raw_edges = []
    node_spells: dict[Any, list[Spell]] = {node: [] for node in graph.nodes}
    for u, v, key, data in _edges_with_keys(graph):
        kind = _clean_label(data.get("kind")) or _clean_label(key)
        spells = _parse_spells(data.get("spells"))
        node_spells[u].extend(spells)
        node_spells[v].extend(spells)
        sort_key = (ids[u], ids[v], kind or "", "" if key is None else str(key))
        raw_edges.append((sort_key, u, v, kind, data, spells))
    raw_edges.sort(key=lambda item: item[0])

    edges = [
        _Edge(
            id=f"e{i}",
            source=ids[u],
            target=ids[v],
            kind=kind,
            weight=_as_int(data.get("weight")),
            claims=_as_int(data.get("claims")),
            spells=_merge_spells(spells),
        )
        for i, (_, u, v, kind, data, spells) in enumerate(raw_edges)
    ]
    nodes = sorted(
        (
            _Node(
                id=ids[node],
                label=_clean_label(data.get("label")),
                type=_clean_text(data.get("type")),
                country=_clean_text(data.get("country")),
                qid=_clean_text(data.get("qid")),
                spells=_merge_spells(node_spells[node]),
            )
            for node, data in graph.nodes(data=True)
        ),
        key=lambda n: n.id,
    )
    return nodes, edges


# --------------------------------------------------------------------------------------------------
# GEXF 1.3
# --------------------------------------------------------------------------------------------------

# (id, GEXF type): ids double as titles because graphology-gexf names a non-numeric attribute by its id
# and Gephi by its title; this way both show the same names.
_GEXF_NODE_ATTRIBUTES = (("type", "string"), ("country", "string"), ("qid", "string"))
_GEXF_EDGE_ATTRIBUTES = (("claims", "integer"),)


def _gexf_spells(parent: etree._Element, spells: tuple[Spell, ...]) -> None:
    if spells:
        holder = etree.SubElement(parent, "spells")
        for start, end in spells:
            etree.SubElement(holder, "spell", start=start.isoformat(), end=end.isoformat())


def _gexf_attvalues(parent: etree._Element, values: Iterable[tuple[str, Any]]) -> None:
    present = [(key, value) for key, value in values if value is not None]
    if present:
        holder = etree.SubElement(parent, "attvalues")
        for key, value in present:
            etree.SubElement(holder, "attvalue", {"for": key, "value": str(value)})


def write_gexf(graph: nx.MultiDiGraph, out: str | Path | BinaryIO, *, modified: date | None = None) -> None:
    """Write the actor network as GEXF 1.3 for Gephi and Gephi Lite.

    Parallel edges of different relations survive through the edge `kind` (Gephi, graphology-gexf).
    `modified` sets `meta@lastmodifieddate` (default: today, UTC) so callers can get byte-identical files.
    """
    nodes, edges = _records(graph)
    dynamic = any(edge.spells for edge in edges)

    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", GEXF_SCHEMA_LOCATION)
    root.set("version", "1.3")

    meta = etree.SubElement(root, "meta")
    meta.set("lastmodifieddate", (modified or datetime.now(UTC).date()).isoformat())
    etree.SubElement(meta, "creator").text = "kg"
    description = _clean_text(graph.graph.get("description")) or (
        f"Network of geopolitical actors and their relations extracted from news by kg: "
        f"{len(nodes)} actors, {len(edges)} relations"
    )
    etree.SubElement(meta, "description").text = description

    graph_el = etree.SubElement(root, "graph", defaultedgetype="directed")
    if dynamic:
        # Dates are whole days; graphology-gexf ignores mode and timeformat, Gephi needs them.
        graph_el.set("mode", "dynamic")
        graph_el.set("timeformat", "date")
    else:
        graph_el.set("mode", "static")
    for cls, declared in (("node", _GEXF_NODE_ATTRIBUTES), ("edge", _GEXF_EDGE_ATTRIBUTES)):
        # Static attribute classes only: graphology-gexf does not read dynamic attribute values.
        attributes = etree.SubElement(graph_el, "attributes", {"class": cls, "mode": "static"})
        for key, gexf_type in declared:
            etree.SubElement(attributes, "attribute", id=key, title=key, type=gexf_type)

    nodes_el = etree.SubElement(graph_el, "nodes", count=str(len(nodes)))
    for node in nodes:
        node_el = etree.SubElement(nodes_el, "node", id=node.id)
        if node.label is not None:
            node_el.set("label", node.label)
        _gexf_attvalues(node_el, (("type", node.type), ("country", node.country), ("qid", node.qid)))
        _gexf_spells(node_el, node.spells)

    edges_el = etree.SubElement(graph_el, "edges", count=str(len(edges)))
    for edge in edges:
        edge_el = etree.SubElement(edges_el, "edge", id=edge.id, source=edge.source, target=edge.target)
        if edge.kind is not None:
            edge_el.set("kind", edge.kind)
            edge_el.set("label", edge.kind)
        if edge.weight is not None:
            edge_el.set("weight", str(edge.weight))
        _gexf_attvalues(edge_el, (("claims", edge.claims),))
        _gexf_spells(edge_el, edge.spells)

    etree.ElementTree(root).write(_sink(out), encoding="UTF-8", xml_declaration=True, pretty_print=True)


# --------------------------------------------------------------------------------------------------
# GraphML
# --------------------------------------------------------------------------------------------------


def _without_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def write_graphml(graph: nx.MultiDiGraph, out: str | Path | BinaryIO) -> None:
    """Write the actor network as GraphML (Gephi, yEd, Cytoscape, networkx).

    Edge ids are the unique `e0`, `e1`, … (networkx would write the relation, repeated across the file);
    the relation is in `kind` and `label`; spells are the string attribute `spells` in Gephi's interval
    syntax; None values are left out, as GraphML has no null.
    """
    nodes, edges = _records(graph)
    clean = nx.MultiDiGraph()
    for node in nodes:
        clean.add_node(
            node.id,
            **_without_none(
                {
                    "label": node.label,
                    "type": node.type,
                    "country": node.country,
                    "qid": node.qid,
                    "spells": _timeset(node.spells),
                }
            ),
        )
    for edge in edges:
        clean.add_edge(
            edge.source,
            edge.target,
            key=edge.id,
            **_without_none(
                {
                    "kind": edge.kind,
                    "label": edge.kind,
                    "weight": edge.weight,
                    "claims": edge.claims,
                    "spells": _timeset(edge.spells),
                }
            ),
        )
    # Default key ids (d0, d1, …): named_key_ids would give node and edge `label` the same key id.
    nx.write_graphml(clean, _sink(out), encoding="utf-8")


# --------------------------------------------------------------------------------------------------
# CSV for Gephi's "Import spreadsheet"
# --------------------------------------------------------------------------------------------------

NODE_COLUMNS = ("Id", "Label", "type", "country", "qid", "Timeset")
EDGE_COLUMNS = ("Source", "Target", "Type", "Kind", "Id", "Label", "Weight", "claims", "Timeset")


def _csv_cell(value: Any) -> str:
    """A cell for Gephi's CSV reader: None is empty, and `\\` is doubled because it is its escape."""
    return "" if value is None else str(value).replace("\\", "\\\\")


def write_csv(graph: nx.MultiDiGraph, directory: str | Path) -> tuple[Path, Path]:
    """Write `nodes.csv` and `edges.csv` (UTF-8) for Gephi's spreadsheet import; return their paths.

    Column names are the ones Gephi treats specially (Id, Label, Source, Target, Type, Kind, Weight,
    Timeset); `Kind` keeps parallel edges of different relations apart. Gephi reads backslash as an
    escape character, so a literal one is written as `\\\\`.
    """
    nodes, edges = _records(graph)
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    nodes_path, edges_path = folder / "nodes.csv", folder / "edges.csv"

    with nodes_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(NODE_COLUMNS)
        for node in nodes:
            row = (node.id, node.label, node.type, node.country, node.qid, _timeset(node.spells))
            writer.writerow([_csv_cell(value) for value in row])

    with edges_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EDGE_COLUMNS)
        for edge in edges:
            row = (
                edge.source,
                edge.target,
                "Directed",
                edge.kind,
                edge.id,
                edge.kind,
                edge.weight,
                edge.claims,
                _timeset(edge.spells),
            )
            writer.writerow([_csv_cell(value) for value in row])

    return nodes_path, edges_path
