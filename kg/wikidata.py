"""Wikidata over SPARQL: a polite client with an on-disk cache, and the queries kg sends.

The client speaks the SPARQL 1.1 protocol through SPARQLWrapper to the Wikidata Query Service
(`https://query.wikidata.org/sparql`) or any endpoint holding Wikidata-shaped data (the tests use an
Oxigraph server). It follows the Wikimedia rules for clients:

- a descriptive User-Agent with contact information (`KG_CONTACT` sets the contact);
- one request at a time, many items per request (`VALUES`, `BATCH_SIZE` items a query);
- retries with exponential backoff on HTTP 429 and 5xx, honouring `Retry-After` (a wait longer than
  `max_wait` is an error, not a sleep); a time-out on every request; JSON results only;
- an on-disk cache, one file per (endpoint, query text), so that a second run needs no network and
  `offline=True` answers from the cache alone.

Every query declares its prefixes (Oxigraph and other engines do not know WDQS's implicit ones) and
none uses `SERVICE wikibase:label`: labels come from `rdfs:label`, `skos:altLabel` and
`schema:description` (with `http://schema.org/`, as Wikidata writes it) filtered by language.

What the queries return is kept as rdflib triples in Wikidata's own vocabulary, in a `Mirror` graph:
`wd:Q159 wdt:P463 wd:Q1065`, `wd:Q7747 p:P39 ?s . ?s ps:P39 wd:Q218295 ; pq:P580 …`.
"""

from __future__ import annotations

import email.utils
import hashlib
import http.client
import json
import logging
import os
import socket
import time
import urllib.error
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg import __version__
from kg.namespaces import PQ, PS, WD, WDT, WIKIBASE, WIKIDATA_PREFIXES, P

log = logging.getLogger("kg.wikidata")

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
PROJECT_URL = "https://w3id.org/geoactor"
DEFAULT_CONTACT = "kg-maintainers@example.org"
DEFAULT_LANGUAGES: tuple[str, ...] = ("de", "en", "fr", "ru", "zh", "uk")
BATCH_SIZE = 50

GENID = "http://www.wikidata.org/.well-known/genid/"  # "unknown value" in WDQS RDF

# Direct ("truthy") claims fetched for every linked item.
PROPERTIES: tuple[str, ...] = (
    "P31", "P279", "P17", "P27", "P36", "P297", "P298", "P463", "P571", "P576", "P625",
    "P6", "P35", "P488", "P749", "P1001", "P39",
)  # fmt: skip
# Properties also fetched as statements (p:/ps:) with their start and end qualifiers (pq:P580/P582),
# so that an office can be resolved at an article's date. Deprecated statements are left out.
STATEMENT_PROPERTIES: tuple[str, ...] = ("P39", "P35", "P6")
QUALIFIERS: tuple[str, ...] = ("P580", "P582")
# What is fetched for the items that linked items point to (classes, offices, organisations, people):
# their labels and these claims.
REFERENCE_PROPERTIES: tuple[str, ...] = ("P31", "P279", "P17", "P1001")

# Oxigraph, unlike WDQS, has no implicit prefixes: every query declares them.
SPARQL_PREFIXES = "".join(
    f"PREFIX {prefix}: <{namespace}>\n"
    for prefix, namespace in {**WIKIDATA_PREFIXES, "rdfs": str(RDFS), "skos": str(SKOS)}.items()
)

_RETRY_STATUS = {429, 500, 502, 503, 504}
_GET_LIMIT = 6000  # longer URLs are sent as POST (WDQS caches GET requests, so GET where possible)


class WikidataError(Exception):
    """The endpoint cannot answer; the message is one line for the user."""


class NotCached(WikidataError):
    """Offline, and the answer to this query is not in the cache."""


def user_agent(contact: str | None = None) -> str:
    """`kg/0.2.0 (https://w3id.org/geoactor; contact) SPARQLWrapper/2.0.0`, as Wikimedia asks."""
    from SPARQLWrapper import __version__ as wrapper_version

    contact = contact or os.environ.get("KG_CONTACT") or DEFAULT_CONTACT
    return f"kg/{__version__} ({PROJECT_URL}; {contact}) SPARQLWrapper/{wrapper_version}"


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/kg/wikidata`, by default `~/.cache/kg/wikidata`."""
    cache_home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache_home) / "kg" / "wikidata"


class Cache:
    """Answers of an endpoint on disk: one JSON file per (endpoint, query text), named by its hash."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def path(self, endpoint: str, query: str) -> Path:
        digest = hashlib.sha256(f"{endpoint}\n{query}".encode()).hexdigest()
        return self.root / digest[:2] / f"{digest}.json"

    def get(self, endpoint: str, query: str) -> dict[str, Any] | None:
        path = self.path(endpoint, query)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # absent or unreadable: ask again
        if entry.get("endpoint") != endpoint or entry.get("query") != query:
            return None
        return entry.get("result")

    def put(self, endpoint: str, query: str, result: dict[str, Any]) -> None:
        path = self.path(endpoint, query)
        entry = {
            "endpoint": endpoint,
            "query": query,
            "fetched": datetime.now(UTC).isoformat(timespec="seconds"),
            "result": result,
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f"{path.name}.{os.getpid()}.part")
            partial.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
            os.replace(partial, path)
        except OSError as error:
            log.warning("cannot write the Wikidata cache %s: %s", self.root, error)


@dataclass
class Client:
    """A SPARQL endpoint asked politely: see the module docstring."""

    endpoint: str = DEFAULT_ENDPOINT
    cache: Cache | None = None
    offline: bool = False
    contact: str | None = None
    timeout: float = 60.0
    retries: int = 4
    backoff: float = 2.0
    max_wait: float = 300.0
    sleep: Callable[[float], None] = time.sleep
    requests: int = field(default=0, init=False)
    cache_hits: int = field(default=0, init=False)

    @property
    def agent(self) -> str:
        return user_agent(self.contact)

    def select(self, query: str) -> list[dict[str, Any]]:
        """The bindings of a SELECT query (SPARQL 1.1 JSON results), from the cache when it has them."""
        text = SPARQL_PREFIXES + query
        if self.cache is not None:
            cached = self.cache.get(self.endpoint, text)
            if cached is not None:
                self.cache_hits += 1
                return cached["results"]["bindings"]
        if self.offline:
            raise NotCached(f"offline, and not in the cache: a query to {self.endpoint}")
        result = self._fetch(text)
        if self.cache is not None:
            self.cache.put(self.endpoint, text, result)
        return result["results"]["bindings"]

    def _fetch(self, query: str) -> dict[str, Any]:
        attempts = self.retries + 1
        for attempt in range(attempts):
            try:
                self.requests += 1
                return self._request(query)
            except _Retry as retry:
                if attempt == attempts - 1:
                    raise WikidataError(
                        f"{self.endpoint}: no answer after {attempts} attempts ({retry.reason})"
                    ) from None
                wait = retry.after if retry.after is not None else self.backoff * 2**attempt
                if wait > self.max_wait:
                    raise WikidataError(
                        f"{self.endpoint}: {retry.reason}; the endpoint asks to wait {wait:.0f} s, more than "
                        f"{self.max_wait:.0f} s: try again later"
                    ) from None
                log.warning(
                    "%s: %s; retrying in %.1f s (attempt %d of %d)",
                    self.endpoint,
                    retry.reason,
                    wait,
                    attempt + 2,
                    attempts,
                )
                self.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _request(self, query: str) -> dict[str, Any]:
        from SPARQLWrapper import JSON, POST, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import (
            EndPointInternalError,
            EndPointNotFound,
            QueryBadFormed,
            SPARQLWrapperException,
        )

        wrapper = SPARQLWrapper(self.endpoint, agent=self.agent)
        wrapper.setQuery(query)
        wrapper.setReturnFormat(JSON)
        wrapper.setOnlyConneg(True)  # the Accept header only: no format=json parameters
        wrapper.setTimeout(max(1, round(self.timeout)))
        if len(self.endpoint) + len(quote(query)) > _GET_LIMIT:
            wrapper.setMethod(POST)
        try:
            response = wrapper.query().response
            content_type = response.headers.get("Content-Type", "")
            body = response.read()
        except urllib.error.HTTPError as error:
            if error.code in _RETRY_STATUS:
                raise _Retry(f"HTTP {error.code}", _retry_after(error.headers)) from None
            raise WikidataError(f"{self.endpoint}: HTTP {error.code} {error.reason}") from None
        except EndPointInternalError:
            raise _Retry("HTTP 500", None) from None
        except QueryBadFormed as error:
            raise WikidataError(
                f"{self.endpoint} rejected a query (HTTP 400): {_first_line(error)}"
            ) from None
        except EndPointNotFound:
            raise WikidataError(f"{self.endpoint}: no SPARQL endpoint there (HTTP 404)") from None
        except SPARQLWrapperException as error:
            raise WikidataError(f"{self.endpoint}: {_first_line(error)}") from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, ConnectionRefusedError | socket.gaierror | FileNotFoundError):
                raise WikidataError(f"cannot reach {self.endpoint}: {_describe(reason)}") from None
            raise _Retry(_describe(reason), None) from None
        except (TimeoutError, ConnectionError, http.client.HTTPException) as error:
            raise _Retry(_describe(error), None) from None
        if "json" not in content_type:
            raise WikidataError(f"{self.endpoint}: answered {content_type or 'no content type'}, not JSON")
        try:
            result = json.loads(body)
            if not isinstance(result["results"]["bindings"], list):
                raise TypeError("bindings")
        except (ValueError, KeyError, TypeError):
            # e.g. HTTP 200 with a truncated body, as when a server gives up mid-answer
            raise _Retry("incomplete or invalid JSON in the answer", None) from None
        return result


class _Retry(Exception):
    def __init__(self, reason: str, after: float | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.after = after


def _retry_after(headers: Any) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    value = headers.get("Retry-After") if headers is not None else None
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _describe(error: object) -> str:
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, socket.gaierror):
        return "unknown host"
    if isinstance(error, TimeoutError):
        return "timed out"
    return " ".join(str(error).split()) or type(error).__name__


def _first_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text[:300]


# ---- batches ----------------------------------------------------------------------------------------


def batches(keys: Iterable[str], size: int = BATCH_SIZE) -> Iterator[list[str]]:
    """Sorted keys in batches of about `size`, cut where a key's hash says so (content-defined).

    Adding or removing a key changes only the batch it falls into, so the cache still answers the
    other batches' queries after new articles are built.
    """
    batch: list[str] = []
    for key in sorted(set(keys)):
        batch.append(key)
        if zlib.crc32(key.encode()) % size == 0 or len(batch) >= 2 * size:
            yield batch
            batch = []
    if batch:
        yield batch


# ---- terms ------------------------------------------------------------------------------------------


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a valid SPARQL string literal


def _literal(text: str, lang: str) -> str:
    return f"{_string(text)}@{lang}"


def _items(qids: Iterable[str]) -> str:
    return " ".join(f"wd:{qid}" for qid in qids)


def term(binding: dict[str, Any] | None) -> URIRef | Literal | None:
    """An rdflib term from a SPARQL JSON binding; None for blank nodes and "unknown value"."""
    if binding is None:
        return None
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return None if value.startswith(GENID) else URIRef(value)
    if kind in ("literal", "typed-literal"):
        if binding.get("xml:lang"):
            return Literal(value, lang=binding["xml:lang"])
        if binding.get("datatype"):
            return Literal(value, datatype=URIRef(binding["datatype"]))
        return Literal(value)
    return None


def qid(node: object) -> str | None:
    """'Q159' for wd:Q159, else None."""
    text = str(node)
    if isinstance(node, URIRef) and text.startswith(str(WD)):
        local = text[len(WD) :]
        if local[:1] == "Q" and local[1:].isdigit():
            return local
    return None


# ---- queries ----------------------------------------------------------------------------------------


def label_lookup_query(names: Sequence[tuple[str, str]]) -> str:
    """Items whose label or alias is one of the (name, language) pairs."""
    values = " ".join(_literal(name, lang) for name, lang in names)
    return (
        "SELECT ?name ?item WHERE {\n"
        f"  VALUES ?name {{ {values} }}\n"
        "  { ?item rdfs:label ?name } UNION { ?item skos:altLabel ?name }\n"
        '  FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q"))\n'
        "}"
    )


def labels_query(qids: Sequence[str], languages: Sequence[str], *, aliases: bool = True) -> str:
    """Labels, and with `aliases` also aliases and descriptions, in the given languages."""
    props = "rdfs:label skos:altLabel schema:description" if aliases else "rdfs:label"
    langs = ", ".join(_string(lang) for lang in languages)
    return (
        "SELECT ?item ?prop ?text WHERE {\n"
        f"  VALUES ?item {{ {_items(qids)} }}\n"
        f"  VALUES ?prop {{ {props} }}\n"
        "  ?item ?prop ?text .\n"
        f"  FILTER(LANG(?text) IN ({langs}))\n"
        "}"
    )


def claims_query(qids: Sequence[str], properties: Sequence[str]) -> str:
    """Direct ("truthy", best-rank) claims of the items."""
    props = " ".join(f"wdt:{prop}" for prop in properties)
    return (
        "SELECT ?item ?prop ?value WHERE {\n"
        f"  VALUES ?item {{ {_items(qids)} }}\n"
        f"  VALUES ?prop {{ {props} }}\n"
        "  ?item ?prop ?value .\n"
        "}"
    )


def statements_query(qids: Sequence[str], properties: Sequence[str]) -> str:
    """Statements of the items with rank and start/end qualifiers; deprecated ones left out."""
    pairs = " ".join(f"(p:{prop} ps:{prop})" for prop in properties)
    return (
        "SELECT ?item ?prop ?statement ?value ?rank ?start ?end WHERE {\n"
        f"  VALUES ?item {{ {_items(qids)} }}\n"
        f"  VALUES (?prop ?ps) {{ {pairs} }}\n"
        "  ?item ?prop ?statement .\n"
        "  ?statement ?ps ?value .\n"
        "  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }\n"
        "  OPTIONAL { ?statement wikibase:rank ?rank }\n"
        f"  OPTIONAL {{ ?statement pq:{QUALIFIERS[0]} ?start }}\n"
        f"  OPTIONAL {{ ?statement pq:{QUALIFIERS[1]} ?end }}\n"
        "}"
    )


# ---- fetching ---------------------------------------------------------------------------------------


@dataclass
class Mirror:
    """What kg has fetched from Wikidata in one run, as triples in Wikidata's vocabulary."""

    client: Client
    languages: Sequence[str] = DEFAULT_LANGUAGES
    graph: Graph = field(default_factory=Graph)
    full: set[str] = field(default_factory=set)  # items fetched with everything kg keeps
    referenced: set[str] = field(default_factory=set)  # items fetched with labels and a few claims
    missing: set[str] = field(default_factory=set)  # items that could not be fetched (offline)
    missing_names: set[tuple[str, str]] = field(default_factory=set)

    def find(self, names: Iterable[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
        """QIDs of the items whose rdfs:label or skos:altLabel is the name in the language."""
        found: dict[tuple[str, str], set[str]] = {}
        keys = {json.dumps(pair, ensure_ascii=False): pair for pair in names}
        for batch in batches(keys):
            pairs = [keys[key] for key in batch]
            try:
                rows = self.client.select(label_lookup_query(pairs))
            except NotCached:
                self.missing_names.update(pairs)
                continue
            for row in rows:
                name, item = term(row.get("name")), qid(term(row.get("item")))
                if isinstance(name, Literal) and item:
                    found.setdefault((str(name), name.language or ""), set()).add(item)
        return found

    def fetch(self, qids: Iterable[str], *, full: bool = True) -> None:
        """Fetch items not fetched yet: with `full`, labels, aliases, descriptions, PROPERTIES and
        the statements of STATEMENT_PROPERTIES; else labels and REFERENCE_PROPERTIES."""
        done = self.full if full else self.full | self.referenced
        todo = {q for q in qids if q not in done and q not in self.missing}
        for batch in batches(todo):
            try:
                if full:
                    rows = [
                        *self._labels(batch, aliases=True),
                        *self._claims(batch, PROPERTIES),
                    ]
                    statements = self.client.select(statements_query(batch, STATEMENT_PROPERTIES))
                else:
                    rows = [*self._labels(batch, aliases=False), *self._claims(batch, REFERENCE_PROPERTIES)]
                    statements = []
            except NotCached:
                self.missing.update(batch)
                continue
            for triple in rows:
                self.graph.add(triple)
            self._add_statements(statements)
            (self.full if full else self.referenced).update(batch)

    def _labels(self, batch: list[str], *, aliases: bool) -> Iterator[tuple[URIRef, URIRef, Literal]]:
        for row in self.client.select(labels_query(batch, self.languages, aliases=aliases)):
            item, prop, text = term(row.get("item")), term(row.get("prop")), term(row.get("text"))
            if isinstance(item, URIRef) and isinstance(prop, URIRef) and isinstance(text, Literal):
                yield item, prop, text

    def _claims(self, batch: list[str], properties: Sequence[str]) -> Iterator[tuple[URIRef, URIRef, Any]]:
        for row in self.client.select(claims_query(batch, properties)):
            item, prop, value = term(row.get("item")), term(row.get("prop")), term(row.get("value"))
            if isinstance(item, URIRef) and isinstance(prop, URIRef) and value is not None:
                yield item, prop, value

    def _add_statements(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            item, prop, node = term(row.get("item")), term(row.get("prop")), term(row.get("statement"))
            value = term(row.get("value"))
            if not (isinstance(item, URIRef) and isinstance(prop, URIRef) and isinstance(node, URIRef)):
                continue
            if value is None:
                continue
            self.graph.add((item, prop, node))
            self.graph.add((node, PS[str(prop)[len(P) :]], value))
            for name, qualifier in (("rank", WIKIBASE.rank), ("start", PQ.P580), ("end", PQ.P582)):
                found = term(row.get(name))
                if found is not None:
                    self.graph.add((node, qualifier, found))

    def superclasses(self, classes: Iterable[str], depth: int = 4) -> None:
        """Fetch classes and their superclasses (P279), `depth` levels up."""
        frontier = set(classes)
        seen: set[str] = set()
        for _ in range(depth):
            self.fetch(frontier - seen, full=False)
            seen |= frontier
            frontier = {
                parent
                for child in frontier
                for parent in (qid(o) for o in self.graph.objects(WD[child], WDT.P279))
                if parent and parent not in seen
            }
            if not frontier:
                break

    # ---- reading the mirror, for ranking and for the store -----------------------------------------

    def values(self, item: str, prop: str) -> set[str]:
        """QIDs that wdt:`prop` of the item points to."""
        return {q for q in (qid(o) for o in self.graph.objects(WD[item], WDT[prop])) if q}

    def literals(self, item: str, prop: str) -> set[str]:
        return {str(o) for o in self.graph.objects(WD[item], WDT[prop]) if isinstance(o, Literal)}

    def labels(self, item: str, prop: URIRef = RDFS.label) -> dict[str, set[str]]:
        """Labels (or aliases with SKOS.altLabel) of the item by language."""
        out: dict[str, set[str]] = {}
        for text in self.graph.objects(WD[item], prop):
            if isinstance(text, Literal):
                out.setdefault(text.language or "", set()).add(str(text))
        return out

    def ancestors(self, qids: Iterable[str]) -> set[str]:
        """The items and their superclasses (P279), as far as fetched."""
        found: set[str] = set()
        frontier = set(qids)
        while frontier:
            found |= frontier
            frontier = {parent for child in frontier for parent in self.values(child, "P279")} - found
        return found

    def classes(self, item: str) -> set[str]:
        """The item's P31 classes and their superclasses, as far as fetched."""
        return self.ancestors(self.values(item, "P31"))

    def statements(self, item: str, prop: str) -> list[tuple[str, str | None, str | None]]:
        """(value QID, start, end) of the item's `prop` statements; dates as in Wikidata."""
        out = []
        for node in self.graph.objects(WD[item], P[prop]):
            start = next((str(o) for o in self.graph.objects(node, PQ.P580)), None)
            end = next((str(o) for o in self.graph.objects(node, PQ.P582)), None)
            for value in self.graph.objects(node, PS[prop]):
                if qid(value):
                    out.append((qid(value) or "", start, end))
        return out

    def item_graph(self, identifier: str, items: Iterable[str], references: Iterable[str]) -> Graph:
        """The named graph kg stores: everything fetched about `items`, and labels plus
        REFERENCE_PROPERTIES of `references`."""
        graph = Graph(identifier=URIRef(identifier))
        for prefix, namespace in WIKIDATA_PREFIXES.items():
            graph.bind(prefix, namespace)
        reference_props = {WDT[prop] for prop in REFERENCE_PROPERTIES} | {RDFS.label}
        wanted = set(items)
        for item in sorted(wanted):
            for _, prop, value in self.graph.triples((WD[item], None, None)):
                graph.add((WD[item], prop, value))
                if str(prop).startswith(str(P)) and not str(prop).startswith(str(WDT)):
                    for triple in self.graph.triples((value, None, None)):  # the statement node
                        graph.add(triple)
        for item in sorted(set(references) - wanted):
            for _, prop, value in self.graph.triples((WD[item], None, None)):
                if prop in reference_props:
                    graph.add((WD[item], prop, value))
        return graph

    def references(self, items: Iterable[str]) -> set[str]:
        """Items that the claims and statements of `items` point to."""
        found: set[str] = set()
        for item in items:
            for _, prop, value in self.graph.triples((WD[item], None, None)):
                if str(prop).startswith(str(WDT)) and qid(value):
                    found.add(qid(value) or "")
                elif str(prop).startswith(str(P)):
                    found.update(
                        q for q in (qid(o) for _, _, o in self.graph.triples((value, None, None))) if q
                    )
        return found - set(items)


__all__ = [
    "DEFAULT_ENDPOINT",
    "DEFAULT_LANGUAGES",
    "Cache",
    "Client",
    "Mirror",
    "NotCached",
    "WikidataError",
    "default_cache_dir",
    "user_agent",
]
