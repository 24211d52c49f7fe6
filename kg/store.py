"""The embedded store: an on-disk Oxigraph database holding one named graph per article.

Writes are atomic: a build replaces all its article graphs in one SPARQL update, which Oxigraph runs
as a single transaction, so a build that fails part-way leaves the store as it was. Queries see the
union of all named graphs as their default graph.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph

from kg.namespaces import PREFIXES


class StoreError(Exception):
    """A store that cannot be opened, read or written; the message is one line for the user."""


def default_store_path() -> Path:
    """`$KG_STORE`, else `$XDG_DATA_HOME/kg/store` (by default `~/.local/share/kg/store`)."""
    if os.environ.get("KG_STORE"):
        return Path(os.environ["KG_STORE"])
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "kg" / "store"


EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


class Store:
    """kg's view of an Oxigraph store on disk."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            if read_only:
                if not self.path.is_dir():
                    raise StoreError(f"{self.path}: no store here yet; run `kg build` first")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as error:
            raise StoreError(f"{self.path}: cannot open the store: {_one_line(error)}") from error

    def replace_graphs(self, graphs: Iterable[Graph]) -> int:
        """Replace each graph's named graph by its content, all in one transaction; returns triples."""
        operations: list[str] = []
        triples = 0
        for graph in graphs:
            name = f"<{graph.identifier}>"
            operations.append(f"DROP SILENT GRAPH {name}")
            if len(graph):
                body = graph.serialize(format="nt")
                operations.append(f"INSERT DATA {{ GRAPH {name} {{\n{body}}} }}")
                triples += len(graph)
        if operations:
            try:
                self._store.update(" ;\n".join(operations))
                self._store.flush()
            except (OSError, SyntaxError) as error:
                raise StoreError(f"{self.path}: write failed, nothing changed: {_one_line(error)}") from error
        return triples

    def query(
        self, sparql: str, *, substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None
    ) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SPARQL query over the union of all graphs; kg's prefixes are predeclared."""
        try:
            return self._store.query(
                sparql,
                prefixes=PREFIXES,
                use_default_graph_as_union=True,
                substitutions={ox.Variable(k): v for k, v in (substitutions or {}).items()},
            )
        except SyntaxError as error:
            raise StoreError(f"query: {_one_line(error)}") from error
        except OSError as error:
            raise StoreError(f"query failed: {_one_line(error)}") from error

    def dump(self, out: BinaryIO | str | Path, fmt: str) -> None:
        """Write the whole dataset, graph by graph, as TriG, N-Quads or JSON-LD."""
        self._store.dump(out, EXPORT_FORMATS[fmt], prefixes=PREFIXES if fmt != "nquads" else None)

    def named_graphs(self) -> list[str]:
        return sorted(graph.value for graph in self._store.named_graphs())

    def graph_ntriples(self, name: str) -> bytes:
        """One named graph as N-Triples, its lines sorted: the same graph gives the same bytes."""
        quads = self._store.quads_for_pattern(None, None, None, ox.NamedNode(name))
        text = ox.serialize((quad.triple for quad in quads), format=ox.RdfFormat.N_TRIPLES) or b""
        return b"".join(sorted(text.splitlines(keepends=True)))

    def __len__(self) -> int:
        return len(self._store)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
