"""`kg push` into a real Oxigraph server (the `oxigraph` package from PyPI), read-write in a temp dir."""

from __future__ import annotations

import contextlib
import http.client
import io
import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import run_kg
from rdflib.query import Result
from SPARQLWrapper import JSON, SPARQLWrapper
from test_serve import rows, serving

QUERIES = [
    "who-supports-whom",
    "actor-network",
    "claims-per-outlet",
    "single-source-claims",
    "article-overview",
]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """`oxigraph serve` (read-write, union default graph as a team would set it) on a free port."""
    binary = shutil.which("oxigraph") or str(Path(__import__("sys").executable).parent / "oxigraph")
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "serve",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("oxigraph serve did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


def remote(url: str, query: str) -> Result:
    client = SPARQLWrapper(f"{url}/query")
    client.setQuery(query)
    client.setReturnFormat(JSON)
    return Result.parse(io.BytesIO(client.query().response.read()), format="json")


def number(url: str, query: str) -> int:
    return int(next(iter(remote(url, query)))[0])


def local(query: str, store: Path) -> Result:
    output = run_kg("query", query, "--store", str(store), "--format", "json").stdout
    return Result.parse(io.BytesIO(output.encode()), format="json")


def push(store: Path, progress: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return run_kg("push", "--store", str(store), "--progress-file", str(progress), *args, check=check)


def test_push_twice_changes_nothing_and_answers_match(sample_store: Path, tmp_path: Path) -> None:
    store = ox.Store.read_only(str(sample_store))
    quads, graphs = len(store), len(list(store.named_graphs()))
    del store
    with oxigraph_server(tmp_path / "remote") as url:
        target = ("--endpoint", f"{url}/update", "--graph-store", f"{url}/store")
        first = push(sample_store, tmp_path / "progress.json", *target)
        assert f"pushed {graphs} graphs" in first.stderr and "graph-store" in first.stderr
        assert number(url, COUNT) == quads and number(url, GRAPHS) == graphs
        again = push(sample_store, tmp_path / "progress.json", *target)
        assert "pushed 0 graphs" in again.stderr and f"{graphs} unchanged" in again.stderr
        forced = push(sample_store, tmp_path / "progress.json", *target, "--force")
        assert f"pushed {graphs} graphs" in forced.stderr
        assert number(url, COUNT) == quads
        # Without the Graph Store Protocol, in batches of SPARQL updates: still the same graph.
        update = push(
            sample_store, tmp_path / "other.json", "--endpoint", f"{url}/update", "--batch-size", "300"
        )
        assert f"pushed {graphs} graphs" in update.stderr and "update" in update.stderr
        assert number(url, COUNT) == quads and number(url, GRAPHS) == graphs
        for name in QUERIES:
            expected = local(name, sample_store)
            assert len(expected) > 0, name
            assert rows(remote(url, (Path("queries") / f"{name}.rq").read_text())) == rows(expected), name


class Flaky(BaseHTTPRequestHandler):
    """A proxy before Oxigraph that fails one request on purpose, or has no Graph Store Protocol."""

    upstream = ""
    fail_at: int | None = None  # the nth request (1-based) answers 500, once
    no_graph_store = False
    seen: list[str]  # methods, in order

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _forward(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.seen.append(self.command)
        if (self.fail_at is not None and len(self.seen) == self.fail_at) or (
            self.no_graph_store and self.command == "PUT"
        ):
            status = 405 if self.command == "PUT" and self.no_graph_store else 500
            type(self).fail_at = None  # once
            self.send_response(status)
            self.send_header("Content-Length", "4")
            self.end_headers()
            self.wfile.write(b"nope")
            return
        target = urllib.parse.urlsplit(self.upstream)
        connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        connection.request(self.command, self.path, body, headers)
        response = connection.getresponse()
        answer = response.read()
        self.send_response(response.status)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)
        connection.close()

    do_PUT = do_POST = _forward


@contextlib.contextmanager
def flaky(upstream: str, **settings: object) -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    handler = type("Handler", (Flaky,), {"upstream": upstream, "seen": seen, **settings})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def test_push_resumes_after_a_failure(sample_store: Path, tmp_path: Path) -> None:
    store = ox.Store.read_only(str(sample_store))
    quads, graphs = len(store), len(list(store.named_graphs()))
    del store
    progress = tmp_path / "progress.json"
    with oxigraph_server(tmp_path / "remote") as url, flaky(url, fail_at=6) as (proxy, seen):
        target = ("--endpoint", f"{proxy}/update", "--graph-store", f"{proxy}/store")
        failed = push(sample_store, progress, *target, check=False)
        assert failed.returncode == 1, failed.stderr
        assert failed.stderr.startswith("kg: error: PUT ") and "HTTP 500" in failed.stderr
        assert "5 of" in failed.stderr and "run the same command again" in failed.stderr
        assert len(json.loads(progress.read_text())["graphs"]) == 5
        assert number(url, GRAPHS) == 5
        seen.clear()
        resumed = push(sample_store, progress, *target)
        assert f"pushed {graphs - 5} graphs" in resumed.stderr and "5 unchanged" in resumed.stderr
        assert seen == ["PUT"] * (graphs - 5)
        assert number(url, COUNT) == quads


def test_push_falls_back_to_update_without_graph_store(sample_store: Path, tmp_path: Path) -> None:
    store = ox.Store.read_only(str(sample_store))
    quads, graphs = len(store), len(list(store.named_graphs()))
    del store
    with oxigraph_server(tmp_path / "remote") as url, flaky(url, no_graph_store=True) as (proxy, seen):
        result = push(
            sample_store,
            tmp_path / "progress.json",
            "--endpoint",
            f"{proxy}/update",
            "--graph-store",
            f"{proxy}/store",
            "--batch-size",
            "1000",
        )
        assert "does not take Graph Store Protocol" in result.stderr and "update" in result.stderr
        assert seen[0] == "PUT" and set(seen[1:]) == {"POST"} and 1 < len(seen) - 1 < graphs
        assert number(url, COUNT) == quads and number(url, GRAPHS) == graphs


def test_push_into_kg_serve_with_a_token(sample_store: Path, tmp_path: Path) -> None:
    target_store = tmp_path / "shared"
    ox.Store(str(target_store)).flush()
    with serving(target_store, "--allow-update", "--token", "t0ken", log=tmp_path / "serve.log") as server:
        endpoint = ("--endpoint", server.url + "update")
        refused = push(sample_store, tmp_path / "p.json", *endpoint, check=False)
        assert refused.returncode == 1 and "HTTP 401" in refused.stderr and "Traceback" not in refused.stderr
        push(sample_store, tmp_path / "p.json", *endpoint, "--token", "t0ken")
        expected = local("who-supports-whom", sample_store)
        answer = Result.parse(
            io.BytesIO(
                run_kg(
                    "query", "who-supports-whom", "--store", str(target_store), "--format", "json"
                ).stdout.encode()
            ),
            format="json",
        )
        assert rows(answer) == rows(expected)


@pytest.mark.parametrize("bad", ["http://127.0.0.1:9/update", "not a url"])
def test_push_to_nowhere_is_one_line(sample_store: Path, tmp_path: Path, bad: str) -> None:
    result = push(sample_store, tmp_path / "p.json", "--endpoint", bad, "--timeout", "2", check=False)
    last = result.stderr.strip().splitlines()[-1]
    assert result.returncode == 1 and last.startswith("kg: error:") and "Traceback" not in result.stderr
