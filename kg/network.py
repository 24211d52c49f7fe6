"""The actor network as a networkx graph, read from the store with the queries in `queries/`.

Nodes are actor IRIs (label, type, country, qid); edges are keyed by relation (kind, weight =
distinct articles, claims, spells from the article dates), so parallel relations survive.
"""

from __future__ import annotations

import calendar

import networkx as nx
import pyoxigraph as ox

from kg.namespaces import ACTOR, GA, WD
from kg.resources import resource
from kg.store import Store


def query_text(name: str) -> str:
    return (resource("queries") / f"{name}.rq").read_text(encoding="utf-8")


def _value(term: ox.NamedNode | ox.Literal | None) -> str | None:
    return None if term is None else term.value


def day_spell(date: str) -> tuple[str, str] | None:
    """The whole days an article date covers: '2022-02' -> ('2022-02-01', '2022-02-28')."""
    parts = date.split("-")
    try:
        if len(parts) == 1:
            return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
        if len(parts) == 2:
            last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
            return f"{date}-01", f"{date}-{last:02d}"
        if len(parts) == 3:
            return date, date
    except ValueError:
        return None
    return None


def _qid(iri: str | None, prefix: str) -> str | None:
    return iri[len(prefix) :] if iri and iri.startswith(prefix) else None


def actor_network(store: Store) -> nx.MultiDiGraph:
    """The network of asserted relations between actors."""
    graph = nx.MultiDiGraph()
    for row in store.query(query_text("actors")):
        iri = row["actor"].value
        type_iri = row["type"].value
        actor_type = type_iri.removeprefix(str(GA)) if type_iri.startswith(str(GA)) else "Other"
        current = graph.nodes.get(iri)
        if current is not None and current["type"] != "Other":
            continue  # one row per type: a specific type wins over plain ga:Actor
        graph.add_node(
            iri,
            label=_value(row["label"]),
            type="Other" if actor_type == "Actor" else actor_type,
            country=_qid(_value(row["country"]), str(ACTOR)),
            qid=_qid(_value(row["wikidata"]), str(WD)),
        )
    for row in store.query(query_text("actor-network")):
        source, target = row["source"].value, row["target"].value
        relation = row["relation"].value.removeprefix(str(GA))
        dates = _value(row["dates"]) or ""
        spells = [s for s in (day_spell(d) for d in dates.split()) if s]
        for node in (source, target):
            if node not in graph:
                graph.add_node(node, label=node.rsplit("/", 1)[-1], type="Other", country=None, qid=None)
        graph.add_edge(
            source,
            target,
            key=relation,
            kind=relation,
            weight=int(row["weight"].value),
            claims=int(row["claims"].value),
            spells=spells,
        )
    return graph
