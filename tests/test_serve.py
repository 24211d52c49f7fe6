"""`kg serve`: a real server on 127.0.0.1 over the sample store, queried with SPARQLWrapper, rdflib's
SPARQLStore, plain HTTP and headless Chromium; answers compared with `kg query` on the same store."""

from __future__ import annotations

import base64
import contextlib
import http.client
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import ROOT, run_kg
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result
from SPARQLWrapper import CSV, JSON, JSONLD, TSV, TURTLE, XML, SPARQLWrapper

# officials.rq is left out: it takes seconds (its speaker/organisation joins), the others milliseconds.
SELECTS = ["who-supports-whom", "actor-network", "claims-by-speaker", "claims-per-outlet", "denials-by-actor"]
ASKS = {
    "ASK { ?s <https://w3id.org/geoactor/ontology#supports> ?o }": True,
    "ASK { ?s <https://w3id.org/geoactor/ontology#supports> <urn:nobody> }": False,
}
CONSTRUCT = """PREFIX ga: <https://w3id.org/geoactor/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?s ?relation ?o . ?s rdfs:label ?label }
WHERE { ?claim ga:subject ?s ; ga:relation ?relation ; ga:object ?o . OPTIONAL { ?s rdfs:label ?label } }"""
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TIMEOUT = 2  # of the server that test_slow_query… starts; the others keep the default (30 s)
MAX_RESULTS = 1000


@dataclass
class Served:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def endpoint(self) -> str:
        return self.url + "query"


@contextlib.contextmanager
def serving(store: Path, *args: str, log: Path) -> Iterator[Served]:
    """Run `kg serve` on a free port of 127.0.0.1 until the block ends."""
    with open(log, "wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", *args],
            stdout=sink,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
    try:
        deadline = time.monotonic() + 60
        url = None
        while url is None:
            text = log.read_text(encoding="utf-8", errors="replace")
            for line in text.splitlines():
                if line.startswith("kg serve: http://"):
                    url = line.split()[2]
            if process.poll() is not None:
                raise AssertionError(f"kg serve stopped: {text}")
            if time.monotonic() > deadline:
                raise AssertionError(f"kg serve did not start: {text}")
            time.sleep(0.05)
        yield Served(url, process, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            raise


@pytest.fixture(scope="module")
def served_store(sample_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sample store, so that a test may change what the server reads."""
    copy = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(sample_store, copy)
    return copy


@pytest.fixture(scope="module")
def server(served_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    log = tmp_path_factory.mktemp("serve-log") / "serve.log"
    with serving(served_store, "--max-results", str(MAX_RESULTS), log=log) as served:
        yield served


def request(
    url: str,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str | None = None,
) -> tuple[int, str, bytes]:
    """Status, content type and body, errors included."""
    try:
        with urllib.request.urlopen(
            urllib.request.Request(url, data=data, headers=headers or {}, method=method), timeout=30
        ) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def form(**fields: str) -> bytes:
    return urllib.parse.urlencode(fields).encode()


def rows(result: Result) -> list[tuple[str, ...]]:
    """Rows as sorted tuples of strings ('' for unbound), comparable across result formats."""
    names = [str(v) for v in result.vars or []]
    return sorted(tuple(str(row[name]) if row[name] is not None else "" for name in names) for row in result)


def local(query: str, store: Path) -> Result:
    return Result.parse(
        io.BytesIO(run_kg("query", query, "--store", str(store), "--format", "json").stdout.encode()),
        format="json",
    )


def query_text(name: str) -> str:
    return (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------------
# The protocol, with two client libraries
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SELECTS)
def test_select_in_every_format_matches_kg_query(server: Served, served_store: Path, name: str) -> None:
    expected = local(name, served_store)
    assert len(expected) > 0, name
    for fmt, parser in ((JSON, "json"), (XML, "xml"), (CSV, "csv"), (TSV, "tsv")):
        client = SPARQLWrapper(server.endpoint)
        client.setQuery(query_text(name))
        client.setReturnFormat(fmt)
        client.setMethod("POST" if fmt in (JSON, CSV) else "GET")
        answer = client.query()
        body = answer.response.read()
        result = Result.parse(io.BytesIO(body), format=parser)
        assert [str(v) for v in result.vars] == [str(v) for v in expected.vars], (name, fmt)
        if fmt == CSV:  # CSV keeps no term types: compare the values
            assert rows(result) == sorted(tuple(str(c) for c in row) for row in rows(expected)), name
        else:
            assert rows(result) == rows(expected), (name, fmt)


def test_sparqlstore_select_ask_construct(server: Served, served_store: Path) -> None:
    for method in ("GET", "POST", "POST_FORM"):
        graph = Graph(SPARQLStore(server.endpoint, returnFormat="json", method=method))
        for name in ("who-supports-whom", "claims-by-relation"):
            assert rows(graph.query(query_text(name))) == rows(local(name, served_store)), (method, name)
        for ask, truth in ASKS.items():
            assert graph.query(ask).askAnswer is truth, (method, ask)
    turtle = Graph(SPARQLStore(server.endpoint, returnFormat="turtle"))
    answer = turtle.query(CONSTRUCT).graph
    expected = Graph().parse(
        data=run_kg("query", CONSTRUCT, "--store", str(served_store)).stdout, format="turtle"
    )
    assert len(expected) > 50
    assert isomorphic(answer, expected)


def test_ask_and_construct_in_every_format(server: Served, served_store: Path) -> None:
    for ask, truth in ASKS.items():
        assert run_kg("query", ask, "--store", str(served_store)).stdout.strip() == str(truth).lower()
        for fmt in (JSON, XML):
            client = SPARQLWrapper(server.endpoint)
            client.setQuery(ask)
            client.setReturnFormat(fmt)
            result = Result.parse(io.BytesIO(client.query().response.read()), format=fmt.lower())
            assert result.askAnswer is truth, (ask, fmt)
    expected = Graph().parse(
        data=run_kg("query", CONSTRUCT, "--store", str(served_store)).stdout, format="turtle"
    )
    for fmt, parser in ((TURTLE, "turtle"), (JSONLD, "json-ld")):
        client = SPARQLWrapper(server.endpoint)
        client.setQuery(CONSTRUCT)
        client.setReturnFormat(fmt)
        body = client.query().response.read()
        assert isomorphic(Graph().parse(data=body, format=parser), expected), fmt
    for accept, parser in (("application/n-triples", "nt"), ("text/turtle", "turtle")):
        status, kind, body = request(
            server.endpoint + "?" + urllib.parse.urlencode({"query": CONSTRUCT}), headers={"Accept": accept}
        )
        assert status == 200 and kind.startswith(accept)
        assert isomorphic(Graph().parse(data=body, format=parser), expected), accept
    # DESCRIBE, as Turtle
    status, kind, body = request(
        server.endpoint,
        form(query="DESCRIBE <https://w3id.org/geoactor/id/actor/Q148>"),
        {"Accept": "text/turtle"},
    )
    assert (
        status == 200
        and kind.startswith("text/turtle")
        and len(Graph().parse(data=body, format="turtle")) > 3
    )


def test_request_styles_and_errors(server: Served) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ga:supports ?o }"  # ga: is predeclared, as in kg query
    get = request(
        server.endpoint + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": "text/csv"}
    )
    post_form = request(server.endpoint, form(query=query), {"Accept": "text/csv"})
    post_direct = request(
        server.url + "sparql",
        query.encode(),
        {"Accept": "text/csv", "Content-Type": "application/sparql-query"},
    )
    assert get[0] == post_form[0] == post_direct[0] == 200
    assert get[2] == post_form[2] == post_direct[2]
    assert int(get[2].split()[1]) > 0
    status, _, body = request(server.endpoint, form(query="SELECT * WHERE { ?s ?p }"))
    assert status == 400 and b"error at 1:" in body
    status, _, body = request(server.endpoint, b"query=x", {"Content-Type": "text/plain"})
    assert status == 415
    status, _, body = request(server.endpoint, form(query=query), {"Accept": "text/html"})
    assert status == 406


# --------------------------------------------------------------------------------------------------
# Safety
# --------------------------------------------------------------------------------------------------


def test_updates_refused_on_a_read_only_server(server: Served, served_store: Path) -> None:
    update = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
    for headers in ({}, {"Authorization": "Bearer anything"}):
        status, _, body = request(server.url + "update", form(update=update), headers)
        assert status == 403 and b"read-only" in body
    status, _, _ = request(server.endpoint, form(update=update))  # an update is no query
    assert status == 400
    assert run_kg("query", "ASK { <urn:a> ?p ?o }", "--store", str(served_store)).stdout.strip() == "false"


def test_updates_need_the_token(served_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(served_store, store)
    with serving(store, "--allow-update", "--token", "s3cret", log=tmp_path / "serve.log") as server:
        update = form(update="INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
        assert request(server.url + "update", update)[0] == 401
        assert request(server.url + "update", update, {"Authorization": "Bearer wrong"})[0] == 403
        assert request(server.url + "update", update, {"Authorization": "Basic czNjcmV0"})[0] == 401
        ask = form(query="ASK { <urn:a> <urn:b> <urn:c> }")
        assert (
            json.loads(request(server.endpoint, ask, {"Accept": "application/json"})[2])["boolean"] is False
        )
        status, _, body = request(server.url + "update", update, {"Authorization": "Bearer s3cret"})
        assert status in (200, 204), body
        assert json.loads(request(server.endpoint, ask, {"Accept": "application/json"})[2])["boolean"] is True
        # Readers still open the store while the server writes to it; writers wait.
        assert (
            run_kg("query", "ASK { <urn:a> <urn:b> <urn:c> }", "--store", str(store)).stdout.strip() == "true"
        )
        # LOAD fetches from the network: refused like SERVICE.
        load = form(update="LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <urn:x>")
        status, _, body = request(server.url + "update", load, {"Authorization": "Bearer s3cret"})
        assert status == 403 and b"LOAD" in body
    result = run_kg("serve", "--store", str(store), "--allow-update", check=False)
    assert result.returncode == 1 and "--token" in result.stderr and "Traceback" not in result.stderr


def test_service_is_refused(server: Served) -> None:
    calls = [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?a ?b '>' FILTER(?a < 1) SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    ]
    for query in calls:
        status, _, body = request(server.endpoint, form(query=query))
        assert status == 403, query
        assert b"SERVICE" in body and b"--allow-service" in body
    # The word alone is not a call.
    harmless = 'SELECT ?service WHERE { ?service rdfs:label ?l FILTER(CONTAINS(?l, "SERVICE")) } # SERVICE'
    assert request(server.endpoint, form(query=harmless))[0] == 200


def test_slow_query_is_cut_off_while_others_are_served(served_store: Path, tmp_path: Path) -> None:
    with serving(served_store, "--timeout", str(TIMEOUT), log=tmp_path / "serve.log") as server:
        slow_query_meanwhile(server)


def slow_query_meanwhile(server: Served) -> None:
    outcome: dict[str, tuple[tuple[int, str, bytes], float]] = {}

    def slow(accept: str) -> None:
        started = time.monotonic()
        answer = request(server.endpoint, form(query=SLOW), {"Accept": accept})
        outcome[accept] = (answer, time.monotonic() - started)

    # JSON breaks when the engine stops mid-stream; CSV has no syntax to break.
    threads = [threading.Thread(target=slow, args=(accept,)) for accept in ("application/json", "text/csv")]
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    quick = []
    while any(thread.is_alive() for thread in threads) and len(quick) < 5:
        started = time.monotonic()
        status, _, body = request(
            server.endpoint, form(query="ASK { ?s ?p ?o }"), {"Accept": "application/json"}
        )
        quick.append((status, json.loads(body)["boolean"], time.monotonic() - started))
    for thread in threads:
        thread.join(timeout=60)
    assert quick and all(s == 200 and b is True and seconds < TIMEOUT for s, b, seconds in quick), quick
    for accept, ((status, kind, body), seconds) in outcome.items():
        assert status == 503 and kind.startswith("text/plain"), (accept, status, body)
        assert b"time-out" in body and b"cancelled" in body, accept
        assert TIMEOUT - 0.5 < seconds < TIMEOUT + 10, accept
    assert len(outcome) == 2


def test_result_limit(server: Served) -> None:
    for accept in ("application/sparql-results+json", "text/csv", "text/tab-separated-values"):
        status, _, body = request(
            server.endpoint, form(query="SELECT * WHERE { ?s ?p ?o }"), {"Accept": accept}
        )
        assert status == 413 and f"more than {MAX_RESULTS}".encode() in body, accept
        status, _, _ = request(
            server.endpoint,
            form(query=f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_RESULTS}"),
            {"Accept": accept},
        )
        assert status == 200, accept
    status, _, body = request(
        server.endpoint, form(query="CONSTRUCT WHERE { ?s ?p ?o }"), {"Accept": "text/turtle"}
    )
    assert status == 413


def test_no_file_system_paths(server: Served) -> None:
    host, port = urllib.parse.urlsplit(server.url).netloc.split(":")
    outside = [
        "/../../../../etc/passwd",
        "/static/../serve.py",
        "/static/../../kg/serve.py",
        "/static/%2e%2e/%2e%2e/pyproject.toml",
        "/static/..%2f..%2fpyproject.toml",
        "/static//etc/passwd",
        "/static/",
        "/web/index.html",
        "/store",
        "/query/../../../etc/passwd",
        "//etc/passwd",
        "/static/cytoscape.min.js/../../../../etc/passwd",
    ]
    for path in outside:
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        connection.close()
        assert response.status in (400, 404), path
        assert b"root:" not in body and b"[project]" not in body and b"import" not in body, path
    status, kind, body = request(server.url + "static/cytoscape.min.js")
    assert status == 200 and kind.startswith("text/javascript") and len(body) > 100_000
    status, kind, _ = request(server.url + "static/cytoscape.LICENSE")
    assert status == 200 and kind.startswith("text/plain")
    status, kind, body = request(server.url)
    assert status == 200 and kind.startswith("text/html") and b"cytoscape.min.js" in body
    # Another name for this loopback server is refused (DNS rebinding).
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("GET", "/api/examples", headers={"Host": "attacker.example:80"})
    assert connection.getresponse().status == 403
    connection.close()
    examples = json.loads(request(server.url + "api/examples")[2])
    assert sorted(e["name"] for e in examples) == sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


def test_store_changes_reach_a_running_server(server: Served, served_store: Path) -> None:
    """A read-only server sees a snapshot; a write to the store (kg build) starts a fresh engine."""
    ask = form(query="ASK { <urn:new> <urn:p> <urn:o> }")
    assert json.loads(request(server.endpoint, ask, {"Accept": "application/json"})[2])["boolean"] is False
    store = ox.Store(str(served_store))
    store.update("INSERT DATA { GRAPH <urn:g> { <urn:new> <urn:p> <urn:o> } }")
    store.flush()
    del store
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        answer = json.loads(request(server.endpoint, ask, {"Accept": "application/json"})[2])["boolean"]
        if answer:
            break
        time.sleep(0.3)
    assert answer is True


# --------------------------------------------------------------------------------------------------
# The page, in headless Chromium
# --------------------------------------------------------------------------------------------------


class Browser:
    """Headless Chromium driven over the Chrome DevTools Protocol (websocket-client)."""

    def __init__(self, binary: str, profile: Path) -> None:
        self.process = subprocess.Popen(
            [
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--window-size=1400,900",
                "--remote-debugging-port=0",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        active = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (active.is_file() and len(active.read_text().split()) >= 2):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError("chromium did not start")
            time.sleep(0.1)
        port = active.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
            pages = [t for t in json.load(response) if t["type"] == "page"]
        import websocket

        self.socket = websocket.create_connection(
            pages[0]["webSocketDebuggerUrl"], timeout=60, suppress_origin=True
        )
        self.next_id = 0

    def call(self, method: str, **params: object) -> dict:
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message["result"]

    def js(self, expression: str) -> object:
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait(self, expression: str, timeout: float = 30) -> object:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"waited in vain for {expression}")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing (.ci/run installs it)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    chromium = Browser(binary, tmp_path / "profile")
    try:
        yield chromium
    finally:
        chromium.close()


def test_page_runs_an_example_and_draws_the_network(
    server: Served, served_store: Path, browser: Browser, tmp_path: Path
) -> None:
    browser.call("Page.enable")
    browser.call("Page.navigate", url=server.url)
    browser.wait("window.kg && kg.started === true && kg.examples.length > 0")
    # The query tab: choose an example, run it, read the table.
    browser.js(
        "const s = document.getElementById('examples'); s.value = 'who-supports-whom';"
        "s.dispatchEvent(new Event('change')); document.getElementById('run').click(); true"
    )
    result = browser.wait("kg.result && (kg.result.rows !== undefined || kg.result.error) && kg.result")
    expected = local("who-supports-whom", served_store)
    assert result == {"vars": [str(v) for v in expected.vars], "rows": len(expected)}, result  # type: ignore[comparison-overlap]
    table = browser.js(
        "[...document.querySelectorAll('#result-table tbody tr')]"
        ".map(r => [...r.cells].map(c => c.textContent))"
    )
    assert len(table) == len(expected)  # type: ignore[arg-type]
    labels = {(row[1], row[3]) for row in table}  # type: ignore[union-attr]
    assert ("China", "Russland") in labels or ("China", "Russia") in labels, labels

    # The network tab: drawn, filtered, an edge's claims.
    browser.js("document.querySelector('[data-tab=network]').click(); true")
    browser.wait("kg.network.ready === true", timeout=60)
    network = local("actor-network", served_store)
    assert browser.js("kg.network.edges") == len(network)
    assert browser.js("kg.network.visibleEdges") == len(network)
    painted = browser.js(
        """(() => { let n = 0;
        for (const c of document.querySelectorAll('#cy canvas')) {
          if (!c.width || !c.height) continue;
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        } return n; })()"""
    )
    assert painted > 2000, painted  # type: ignore[operator]
    supports = sum(1 for row in network if str(row["relation"]).endswith("#supports"))
    browser.js(
        "for (const i of document.querySelectorAll('#relations input')) i.checked = i.value === 'supports';"
        "document.getElementById('date-from').dispatchEvent(new Event('change')); true"
    )
    assert browser.js("kg.network.visibleEdges") == supports
    browser.js(
        "const f = document.getElementById('date-from'); f.value = '2030-01-01';"
        "f.dispatchEvent(new Event('change')); true"
    )
    assert browser.js("kg.network.visibleEdges") == 0
    browser.js(
        "document.getElementById('reset-dates').click();"
        "document.getElementById('all-relations').click(); true"
    )
    assert browser.js("kg.network.visibleEdges") == len(network)
    browser.wait("kg.network.ready")
    # Click China -> Russia (supports): its claims, with evidence, appear beside the network.
    browser.js(
        "kg.network.claims = undefined;"
        "kg.network.cy.edges().filter(e => e.data('relation') === 'supports' &&"
        " e.data('source').endsWith('/Q148') && e.data('target').endsWith('/Q159'))[0].emit('tap'); true"
    )
    assert browser.wait("kg.network.claims", timeout=30) >= 1  # type: ignore[operator]
    evidence = browser.js("[...document.querySelectorAll('#claims blockquote')].map(b => b.textContent)")
    assert any("Russ" in text for text in evidence), evidence  # type: ignore[union-attr]
    time.sleep(0.3)
    shot = base64.b64decode(browser.call("Page.captureScreenshot", format="png")["data"])
    assert shot.startswith(b"\x89PNG") and len(shot) > 20_000
    (tmp_path / "network-view.png").write_bytes(shot)
    target = ROOT / "docs" / "network-view.png"
    if os.environ.get("KG_UPDATE_SCREENSHOTS") or not target.exists():
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(shot)
