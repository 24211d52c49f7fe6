"""`kg push`: copy the store into a shared triplestore, named graph by named graph.

Each article's named graph goes over as a whole, so pushing is idempotent: the remote graph is replaced,
never added to. Two ways, both standard:

- SPARQL 1.1 Graph Store HTTP Protocol (`--graph-store URL`): one `PUT URL?graph=IRI` per graph with
  the graph as Turtle (written as N-Triples, which every Turtle parser reads). If the first PUT shows
  that the server has no such protocol there (404, 405, 415, 501), kg falls back to SPARQL Update.
- SPARQL 1.1 Update (`--endpoint URL`): `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }` for a
  batch of graphs up to `--batch-size` triples per request, form-encoded (`update=`), which every store
  takes (Virtuoso hangs on `application/sparql-update` bodies). One request is one transaction in
  Oxigraph, Fuseki and Virtuoso.

A progress file per target (endpoint and graph-store URL) records the content hash of every graph the
target has acknowledged. It is written after each request, so an interrupted push continues where it
stopped, and a graph whose content has not changed since it was pushed is skipped.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

from kg.store import Store, StoreError

log = logging.getLogger(__name__)

NO_GRAPH_STORE = {404, 405, 406, 415, 501}  # the server has no Graph Store Protocol at that URL
RETRY_STATUSES = {429, 502, 503, 504}
RETRIES = 2
_FORM = "application/x-www-form-urlencoded"


class PushError(StoreError):
    """The remote store refused or could not be reached; the message says how far the push got."""


@dataclass(frozen=True)
class Target:
    endpoint: str
    graph_store: str | None = None
    auth: str | None = None  # "user:password": HTTP Basic, or Digest when the server asks for it
    token: str | None = None  # Bearer token (kg serve --allow-update --token)
    timeout: float = 120.0

    def key(self) -> str:
        return hashlib.sha256(f"{self.endpoint}\n{self.graph_store or ''}".encode()).hexdigest()[:20]


@dataclass
class Report:
    pushed: int = 0
    skipped: int = 0
    pruned: int = 0
    triples: int = 0
    requests: int = 0
    method: str = "update"
    progress_file: Path | None = None
    stale: list[str] = field(default_factory=list)  # pushed once, gone from the local store


def default_progress_file(target: Target) -> Path:
    """`$XDG_STATE_HOME/kg/push/<hash of the target>.json` (by default under ~/.local/state)."""
    state_home = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(state_home) / "kg" / "push" / f"{target.key()}.json"


class Progress:
    """What the target holds, as far as kg knows: graph IRI -> content hash."""

    def __init__(self, path: Path, target: Target) -> None:
        self.path = path
        self.target = target
        self.graphs: dict[str, str] = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("endpoint") == target.endpoint and data.get("graph_store") == target.graph_store:
                self.graphs = {str(k): str(v) for k, v in data.get("graphs", {}).items()}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, AttributeError) as error:
            log.warning("ignoring the unreadable progress file %s (%s): sending everything", path, error)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        target = self.target
        data = {"endpoint": target.endpoint, "graph_store": target.graph_store, "graphs": self.graphs}
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, indent=0, sort_keys=True), encoding="utf-8")
        os.replace(temporary, self.path)


class Client:
    """HTTP to the target: authentication, a time-out and a few retries on passing failures."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self.requests = 0
        handlers: list[urllib.request.BaseHandler] = []
        self.headers = {"User-Agent": "kg-push"}
        if target.auth:
            user, sep, password = target.auth.partition(":")
            if not sep:
                raise PushError("--auth: expected USER:PASSWORD")
            passwords = urllib.request.HTTPPasswordMgrWithPriorAuth()
            for url in filter(None, (target.endpoint, target.graph_store)):
                passwords.add_password(None, url, user, password, is_authenticated=True)
            handlers += [
                urllib.request.HTTPBasicAuthHandler(passwords),
                urllib.request.HTTPDigestAuthHandler(passwords),
            ]
        if target.token:
            self.headers["Authorization"] = f"Bearer {target.token}"
        self.opener = urllib.request.build_opener(*handlers)

    def send(self, method: str, url: str, body: bytes | None, content_type: str | None) -> int:
        """Send one request; return its status (2xx), raise urllib.error.HTTPError for the others."""
        headers = dict(self.headers)
        if content_type:
            headers["Content-Type"] = content_type
        for attempt in range(RETRIES + 1):
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            self.requests += 1
            try:
                with self.opener.open(request, timeout=self.target.timeout) as response:
                    response.read()
                    return int(response.status)
            except urllib.error.HTTPError as error:
                if error.code not in RETRY_STATUSES or attempt == RETRIES:
                    raise
                log.warning("%s answered %s; trying again", _display(url), error.code)
            except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
                if attempt == RETRIES:
                    raise
                log.warning("%s: %s; trying again", _display(url), getattr(error, "reason", error))
            time.sleep(1.0 * (attempt + 1))
        raise AssertionError("unreachable")


def _display(url: str) -> str:
    """The URL without user info, for messages."""
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        host = parts.hostname or ""
        parts = parts._replace(netloc=f"{host}:{parts.port}" if parts.port else host)
    return urlunsplit(parts)


def _graph_url(graph_store: str, graph: str) -> str:
    separator = "&" if urlsplit(graph_store).query else "?"
    return f"{graph_store}{separator}{urlencode({'graph': graph})}"


def _message(error: Exception) -> str:
    if isinstance(error, urllib.error.HTTPError):
        try:
            body = error.read(2000).decode("utf-8", "replace")
        except Exception:
            body = ""
        text = " ".join(body.split())[:300]
        return f"HTTP {error.code} {error.reason}" + (f": {text}" if text else "")
    reason = getattr(error, "reason", None) or error
    return " ".join(str(reason).split()) or type(error).__name__


def _update_text(batch: list[tuple[str, bytes]]) -> str:
    operations = []
    for graph, ntriples in batch:
        operations.append(f"DROP SILENT GRAPH <{graph}>")
        if ntriples:
            operations.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples.decode('utf-8')}}} }}")
    return " ;\n".join(operations)


def push(
    store: Store,
    target: Target,
    *,
    batch_size: int = 5000,
    force: bool = False,
    prune: bool = False,
    progress_file: Path | None = None,
    on_graph: Callable[[int], None] | None = None,
) -> Report:
    """Send every named graph of `store` that the target does not hold yet in this version."""
    report = Report(
        progress_file=progress_file or default_progress_file(target),
        method="graph-store" if target.graph_store else "update",
    )
    progress = Progress(report.progress_file, target)
    client = Client(target)
    names = store.named_graphs()
    local = set(names)

    def pending() -> Iterator[tuple[str, bytes, str]]:
        for name in names:
            ntriples = store.graph_ntriples(name)
            digest = hashlib.sha256(ntriples).hexdigest()
            if not force and progress.graphs.get(name) == digest:
                report.skipped += 1
                if on_graph:
                    on_graph(1)
                continue
            yield name, ntriples, digest

    def fail(error: Exception, what: str) -> PushError:
        done = report.pushed + report.skipped
        return PushError(
            f"{what}: {_message(error)}; {done} of {len(names)} graphs are there "
            f"(progress in {report.progress_file}); run the same command again to continue"
        )

    todo = pending()
    use_gsp = target.graph_store is not None
    batch: list[tuple[str, bytes, str]] = []
    batch_triples = 0

    def flush_batch() -> None:
        nonlocal batch_triples
        batch_triples = 0
        if not batch:
            return
        text = _update_text([(name, ntriples) for name, ntriples, _ in batch])
        try:
            client.send("POST", target.endpoint, urlencode({"update": text}).encode(), _FORM)
        except Exception as error:
            raise fail(error, f"SPARQL update at {_display(target.endpoint)}") from error
        for name, ntriples, digest in batch:
            progress.graphs[name] = digest
            report.pushed += 1
            report.triples += ntriples.count(b"\n")
        progress.save()
        if on_graph:
            on_graph(len(batch))
        batch.clear()

    for name, ntriples, digest in todo:
        if use_gsp:
            assert target.graph_store is not None
            url = _graph_url(target.graph_store, name)
            try:
                client.send("PUT", url, ntriples, "text/turtle; charset=utf-8")
            except urllib.error.HTTPError as error:
                if report.pushed == 0 and error.code in NO_GRAPH_STORE:
                    log.warning(
                        "%s does not take Graph Store Protocol PUTs (HTTP %s); using SPARQL update at %s",
                        _display(target.graph_store),
                        error.code,
                        _display(target.endpoint),
                    )
                    use_gsp, report.method = False, "update"
                else:
                    raise fail(error, f"PUT {_display(url)}") from error
            except Exception as error:
                raise fail(error, f"PUT {_display(url)}") from error
            else:
                progress.graphs[name] = digest
                report.pushed += 1
                report.triples += ntriples.count(b"\n")
                progress.save()
                if on_graph:
                    on_graph(1)
                continue
        batch.append((name, ntriples, digest))
        batch_triples += ntriples.count(b"\n")
        if batch_triples >= batch_size:
            flush_batch()
    flush_batch()

    report.stale = sorted(set(progress.graphs) - local)
    if prune and report.stale:
        text = " ;\n".join(f"DROP SILENT GRAPH <{name}>" for name in report.stale)
        try:
            client.send("POST", target.endpoint, urlencode({"update": text}).encode(), _FORM)
        except Exception as error:
            what = f"dropping {len(report.stale)} graphs at {_display(target.endpoint)}"
            raise fail(error, what) from error
        for name in report.stale:
            del progress.graphs[name]
        report.pruned, report.stale = len(report.stale), []
        progress.save()
    report.requests = client.requests
    return report
