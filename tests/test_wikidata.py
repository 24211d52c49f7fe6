"""Wikidata linking and enrichment against real SPARQL servers.

An Oxigraph server (`oxigraph serve-read-only`, from the `oxigraph` package of the test extra) serves
the hand-written, Wikidata-shaped fixture `tests/fixtures/wikidata.ttl` on 127.0.0.1; `kg enrich`
runs against it in a subprocess, on copies of the session's sample store. The client's retries are
checked against a tiny scripted HTTP server (429 then 200 …), also real, not a mock of the HTTP layer.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.gazetteer import default_gazetteer
from kg.link import LINKS_GRAPH, WIKIDATA_GRAPH, StoredActor, link_online
from kg.model import ActorType
from kg.store import Store
from kg.wikidata import (
    DEFAULT_LANGUAGES,
    PROPERTIES,
    STATEMENT_PROPERTIES,
    Cache,
    Client,
    Mirror,
    WikidataError,
    batches,
    user_agent,
)

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "wikidata.ttl"
SAMPLES = ROOT / "data" / "samples"
KGA = "https://w3id.org/geoactor/id/actor/"
GA = "https://w3id.org/geoactor/ontology#"
SEED_ARTICLE = "https://w3id.org/geoactor/id/article/rt-de-2022-02-china-russland"
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
P = Namespace("http://www.wikidata.org/prop/")
SCHEMA = Namespace("http://schema.org/")
WIKIBASE = Namespace("http://wikiba.se/ontology#")
WD_QUERIES = [
    "actors-with-wikidata-facts",
    "claims-by-officials-of-nato-members",
    "heads-of-state-at-article-date",
    "offices-held-at-article-date",
]


def run_kg(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    if check and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---- the Oxigraph server ----------------------------------------------------------------------------


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("the `oxigraph` server is not installed: pip install -e '.[test]'")
    return found


class OxigraphServer:
    """`oxigraph serve-read-only` on a free port of 127.0.0.1, started and stopped by the tests."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}/query"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> OxigraphServer:
        self.process = subprocess.Popen(
            [
                oxigraph_binary(),
                "serve-read-only",
                "--location",
                str(self.location),
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"oxigraph serve-read-only exited: {self.process.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                with urllib.request.urlopen(f"{self.endpoint}?query=ASK%7B%7D", timeout=2) as answer:
                    if answer.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        pytest.fail(f"oxigraph serve-read-only did not answer on {self.endpoint}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="session")
def wikidata_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture loaded with `oxigraph load` into a database directory."""
    location = tmp_path_factory.mktemp("wikidata-db") / "db"
    subprocess.run(
        [oxigraph_binary(), "load", "--location", str(location), "--file", str(FIXTURE)],
        check=True,
        capture_output=True,
    )
    return location


@pytest.fixture(scope="session")
def endpoint(wikidata_db: Path) -> Iterator[str]:
    server = OxigraphServer(wikidata_db).start()
    yield server.endpoint
    server.stop()


def copy_store(sample_store: Path, target: Path) -> Path:
    shutil.copytree(sample_store, target)
    return target


@pytest.fixture(scope="session")
def enriched(
    sample_store: Path, endpoint: str, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, object]:
    """The samples built and enriched against the fixture server: store, cache and the run."""
    base = tmp_path_factory.mktemp("enriched")
    store, cache = copy_store(sample_store, base / "store"), base / "cache"
    result = run_kg("enrich", "--store", str(store), "--endpoint", endpoint, "--cache", str(cache))
    return {"store": store, "cache": cache, "result": result}


def select(store: Path, query: str, *params: str) -> list[dict[str, str]]:
    args = ["query", query, "--store", str(store), "--format", "json"]
    for param in params:
        args += ["--param", param]
    data = json.loads(run_kg(*args).stdout)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def graph_of(store: Path, name: str) -> Graph:
    """One named graph of the store, read back through `kg query` (CONSTRUCT gives Turtle)."""
    turtle = run_kg(
        "query", f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}", "--store", str(store)
    )
    return Graph().parse(data=turtle.stdout, format="turtle")


def links_of(store: Path) -> dict[str, str]:
    return {
        str(s).removeprefix(KGA): str(o).removeprefix(str(WD)) for s, _, o in graph_of(store, LINKS_GRAPH)
    }


def dump(store: Path) -> list[str]:
    return sorted(run_kg("export", "--format", "nquads", "--store", str(store)).stdout.splitlines())


# ---- enrich against the fixture server --------------------------------------------------------------


def test_enrich_links_every_state_and_organisation(enriched: dict[str, object]) -> None:
    store = enriched["store"]
    assert isinstance(store, Path)
    rows = select(
        store,
        f"""SELECT DISTINCT ?actor ?type ?item ?label WHERE {{
              ?actor a ?type . FILTER(?type IN (ga:State, ga:InternationalOrganization))
              OPTIONAL {{ ?actor skos:exactMatch ?item .
                          OPTIONAL {{ GRAPH <{WIKIDATA_GRAPH}> {{ ?item rdfs:label ?label }} }} }} }}""",
    )
    actors = {row["actor"] for row in rows}
    assert len(actors) >= 20, actors  # 16 states and 5 organisations in the samples
    for actor in actors:
        mine = [row for row in rows if row["actor"] == actor]
        assert all(row.get("item", "").startswith(str(WD) + "Q") for row in mine), (actor, mine)
        assert any("label" in row for row in mine), f"{actor}: no Wikidata labels in the Wikidata graph"


def fixture_facts(items: set[str], languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Graph:
    """What `kg enrich` must store about each linked item, read from the fixture itself."""
    source = Graph().parse(FIXTURE)
    expected = Graph()
    direct = {WDT[prop] for prop in PROPERTIES}
    statements = {P[prop] for prop in STATEMENT_PROPERTIES}
    for item in items:
        for _, prop, value in source.triples((WD[item], None, None)):
            if prop in (RDFS.label, SKOS.altLabel, SCHEMA.description):
                if isinstance(value, Literal) and value.language in languages:
                    expected.add((WD[item], prop, value))
            elif prop in direct:
                expected.add((WD[item], prop, value))
            elif prop in statements and (value, WIKIBASE.rank, WIKIBASE.DeprecatedRank) not in source:
                expected.add((WD[item], prop, value))
                for triple in source.triples((value, None, None)):
                    expected.add(triple)
    return expected


def test_enrich_stores_the_fixtures_statements_in_wikidatas_vocabulary(enriched: dict[str, object]) -> None:
    store = enriched["store"]
    assert isinstance(store, Path)
    stored = graph_of(store, WIKIDATA_GRAPH)
    linked = set(links_of(store).values()) | {
        row["item"].removeprefix(str(WD))
        for row in select(store, "SELECT DISTINCT ?item { ?a skos:exactMatch ?item }")
    }
    assert {"Q159", "Q7184", "Q7747", "Q99990001", "Q99990301"} <= linked
    expected = fixture_facts(linked)
    missing = set(expected) - set(stored)
    assert not missing, sorted(missing)[:5]
    # Nothing more about the linked items than what was asked for: no es/ja labels, no deprecated office.
    about_linked = {
        t for t in stored if t[0] in {WD[q] for q in linked} or str(t[0]).startswith(str(WD) + "statement/")
    }
    assert about_linked == set(expected), sorted(about_linked - set(expected))[:5]
    assert (WD.Q30, WDT.P463, WD.Q7184) in stored
    assert (WD.Q7747, P.P39, URIRef(f"{WD}statement/Q7747-P39-deprecated")) not in stored
    # Items the linked ones point to get their labels: offices, classes, capitals, NATO.
    for item, label in (
        ("Q218295", "President of Russia"),
        ("Q649", "Moscow"),
        ("Q3624078", "sovereign state"),
    ):
        assert (WD[item], RDFS.label, Literal(label, lang="en")) in stored
    # … and not the candidates that lost: the Kremlin building, the Pentagon, other John Kirbys.
    for loser in ("Q99990002", "Q99990302", "Q99990303", "Q99990006"):
        assert not list(stored.triples((WD[loser], None, None))), loser


def test_enrich_links_officials_bodies_and_outlets_by_type_country_and_date(
    enriched: dict[str, object],
) -> None:
    store = enriched["store"]
    assert isinstance(store, Path)
    links = links_of(store)
    expected = {
        "kremlin": "Q99990001",  # the Presidential Administration, not the Moscow Kremlin (Q99990002)
        "john-kirby": "Q99990301",  # the spokesperson, not the musician nor the Australian
        "igor-konashenkov": "Q99990304",  # a gazetteer entry (the project's facts) without QID: looked up
        "yuriy-ushakov": "Q99990306",  # a gazetteer entry (Phoenix dictionary) without QID: looked up
        "jake-sullivan": "Q99990305",
        "kerry": "Q99990308",  # John Kerry, not County Kerry
        "sergey-lavrov": "Q99990307",
        "islamic-state": "Q99990005",  # a gazetteer group without QID: looked up
        "u-s-department-of-state": "Q789915",  # the publisher, from the gazetteer
    }
    assert {key: links.get(key) for key in expected} == expected
    # Officials the gazetteer lists are linked offline by `kg build`: their IRIs are their QIDs already.
    for qid in ("Q7747", "Q15031", "Q76"):
        assert bool(Store(store, read_only=True).query(f"ASK {{ kga:{qid} skos:exactMatch wd:{qid} }}")), qid
        assert qid not in links
    assert "white-house" not in links  # only the building answers to "Weißes Haus": no link
    assert "kirby" not in links  # "KIRBY" is no label; "Kirby" the family name is not a person
    assert all(re.fullmatch(r"Q[1-9][0-9]*", qid) for qid in links.values())
    # The article graphs are not touched: their actors keep what `kg build` gave them.
    in_articles = select(
        store,
        f"SELECT ?a ?item {{ GRAPH ?g {{ ?a skos:exactMatch ?item }} FILTER(?g != <{LINKS_GRAPH}>) }}",
    )
    assert not {row["a"].removeprefix(KGA) for row in in_articles} & set(expected) - {
        "u-s-department-of-state"
    }


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own, in Dataset and the TriG parser
def test_enriched_store_conforms_to_the_shapes(enriched: dict[str, object]) -> None:
    """At most one skos:exactMatch per actor, a Wikidata item IRI, over all graphs together."""
    from pyshacl import validate

    store = enriched["store"]
    assert isinstance(store, Path)
    trig = run_kg("export", "--format", "trig", "--store", str(store)).stdout
    dataset = Dataset()
    dataset.parse(data=trig, format="trig")
    union = Graph()
    for s, p, o, _ in dataset.quads():
        union.add((s, p, o))
    conforms, _, report = validate(
        union, shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"), inference="none"
    )
    assert conforms, report


def test_wdqs_style_queries_return_the_expected_rows(enriched: dict[str, object]) -> None:
    store = enriched["store"]
    assert isinstance(store, Path)
    nato = select(store, "claims-by-officials-of-nato-members")
    assert any(
        r["official"] == f"{KGA}john-kirby"
        and r["state"] == f"{WD}Q30"
        and r["role"] == "speaker"
        and r["relation"] == f"{GA}supports"
        and "China" in r["subjectLabel"]
        and "Russ" in r.get("objectLabel", "")
        for r in nato
    ), nato
    assert {r["state"] for r in nato} <= {
        f"{WD}{q}" for q in ("Q30", "Q16", "Q142", "Q183", "Q31", "Q38", "Q43")
    }
    assert not [r for r in nato if r["official"] in (f"{KGA}Q7747", f"{KGA}igor-konashenkov")]

    heads = select(store, "heads-of-state-at-article-date")
    seed = {
        (r["state"], r["leader"])
        for r in heads
        if r["article"] == SEED_ARTICLE and r["office"] == "head of state"
    }
    assert {(f"{WD}Q159", f"{WD}Q7747"), (f"{WD}Q148", f"{WD}Q15031"), (f"{WD}Q30", f"{WD}Q6279")} <= seed, (
        seed
    )
    assert len({leader for state, leader in seed if state == f"{WD}Q30"}) == 1  # Biden alone in 2022-02
    january_2017 = {
        r["leader"]
        for r in heads
        if r["date"] == "2017-01" and r["state"] == f"{WD}Q30" and r["office"] == "head of state"
    }
    assert january_2017 == {f"{WD}Q76", f"{WD}Q22686"}  # Obama and Trump, at the month's precision
    in_2015 = {r["leader"] for r in heads if r["date"].startswith("2015") and r["state"] == f"{WD}Q30"}
    assert in_2015 == {f"{WD}Q76"}

    offices = select(store, "offices-held-at-article-date")
    kirby = {(r["date"], r["position"]) for r in offices if r["actor"] == f"{KGA}john-kirby"}
    assert ("2022-02", f"{WD}Q99990204") in kirby and ("2022-02", f"{WD}Q99990205") not in kirby
    assert any(date.startswith("2015") and position == f"{WD}Q99990205" for date, position in kirby), kirby
    putin = {r["position"] for r in offices if r["actor"] == f"{KGA}Q7747"}
    assert putin == {f"{WD}Q218295"}  # not prime minister (2008-2012), not the deprecated statement

    facts = select(store, "actors-with-wikidata-facts")
    russia = [r for r in facts if r["actor"] == f"{KGA}Q159"]
    assert russia and russia[0]["iso2"] == "RU" and russia[0]["iso3"] == "RUS"
    assert russia[0]["capitalLabel"] == "Moscow" and "United Nations" in russia[0]["memberOf"]
    kremlin = [r for r in facts if r["actor"] == f"{KGA}kremlin"]
    assert kremlin and kremlin[0]["itemLabel"] == "Presidential Administration of Russia"
    assert "government agency" in kremlin[0]["classes"]
    assert any(r["actor"] == f"{KGA}Q7184" and "military alliance" in r["classes"] for r in facts)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_wdqs_style_queries_give_the_same_rows_in_another_engine(
    enriched: dict[str, object], tmp_path: Path
) -> None:
    store = enriched["store"]
    assert isinstance(store, Path)
    dump_file = tmp_path / "enriched.trig"
    run_kg("export", "--format", "trig", "-o", str(dump_file), "--store", str(store))
    dataset = Dataset(default_union=True)
    dataset.parse(dump_file, format="trig")

    def value(text: str | None) -> object:
        if text and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", text):
            return datetime.fromisoformat(text)  # rdflib writes Z as +00:00
        if text and ", " in text:
            return tuple(sorted(text.split(", ")))  # GROUP_CONCAT: order up to the engine
        return text

    for name in WD_QUERIES:
        text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        data = json.loads(run_kg("query", name, "--store", str(store), "--format", "json").stdout)
        variables = data["head"]["vars"]
        ours = Counter(
            tuple(value(b.get(v, {}).get("value")) for v in variables) for b in data["results"]["bindings"]
        )
        theirs = Counter(
            tuple(value(None if row[v] is None else str(row[v])) for v in variables)
            for row in dataset.query(text)
        )
        assert ours, f"{name}: no rows on the enriched samples"
        assert ours == theirs, f"{name}: only Oxigraph {list((ours - theirs).elements())[:2]}"


def test_enrich_again_replaces_its_graphs_and_building_keeps_the_links(
    enriched: dict[str, object], endpoint: str, tmp_path: Path
) -> None:
    source = enriched["store"]
    assert isinstance(source, Path)
    store = copy_store(source, tmp_path / "store")
    before = dump(store)
    links = links_of(store)
    run_kg("build", str(SAMPLES / "rt-de-2022-02-china-russland.txt"), "--store", str(store))
    assert links_of(store) == links  # rebuilding an article leaves the links graph alone
    run_kg("enrich", "--store", str(store), "--endpoint", endpoint, "--cache", str(enriched["cache"]))
    assert dump(store) == before  # enriching again replaces, adds nothing twice


# ---- ranking ----------------------------------------------------------------------------------------


def actor(
    name: str, actor_type: ActorType, lang: str = "en", country: str | None = None, date: str | None = None
) -> StoredActor:
    return StoredActor(
        f"{KGA}test-{abs(hash((name, actor_type, country, date)))}",
        types={actor_type},
        names={lang: [name]},
        countries={country} if country else set(),
        dates={date} if date else set(),
    )


@pytest.fixture
def link(endpoint: str) -> Callable[[StoredActor], tuple[str | None, list[str]]]:
    def run(one: StoredActor) -> tuple[str | None, list[str]]:
        mirror = Mirror(Client(endpoint, cache=None))
        best, ranked = link_online([one], mirror, default_gazetteer())[one]
        return best, [c.qid for c in ranked]

    return run


def test_ranking_takes_the_institution_not_the_building(
    link: Callable[[StoredActor], tuple[str | None, list[str]]],
) -> None:
    best, ranked = link(actor("Pentagon", ActorType.GOVERNMENT_BODY, "de", "Q30", "2022-02"))
    assert best == "Q11209" and "Q99990003" not in ranked  # the building is no government body
    best, ranked = link(actor("Kreml", ActorType.GOVERNMENT_BODY, "de", "Q159", "2022-02"))
    assert best == "Q99990001" and "Q99990002" not in ranked
    best, ranked = link(actor("Kremlin", ActorType.GOVERNMENT_BODY, "en"))  # by type alone, too
    assert best == "Q99990001"
    assert link(actor("White House", ActorType.GOVERNMENT_BODY, "en", "Q30")) == (None, [])


def test_ranking_of_homonyms_by_office_country_and_date(
    link: Callable[[StoredActor], tuple[str | None, list[str]]],
) -> None:
    assert link(actor("John Kirby", ActorType.OFFICIAL, "en", "Q30", "2015-10"))[0] == "Q99990301"
    assert link(actor("John Kirby", ActorType.OFFICIAL, "de", "Q30", "2022-02"))[0] == "Q99990301"
    assert link(actor("John Kirby", ActorType.PERSON, "en", "Q408"))[0] == "Q99990303"  # the Australian
    best, ranked = link(actor("Thomas Müller", ActorType.PERSON, "de", "Q183"))
    assert best is None and sorted(ranked) == ["Q99990309", "Q99990310"]  # a tie: no link
    # One word: type and label alone are not enough; the country or an office at the date is.
    assert link(actor("Kerry", ActorType.OFFICIAL))[0] is None
    assert link(actor("Kerry", ActorType.OFFICIAL, "en", "Q30"))[0] == "Q99990308"
    assert link(actor("Kerry", ActorType.OFFICIAL, "en", None, "2016-05"))[0] == "Q99990308"
    assert link(actor("Kerry", ActorType.OFFICIAL, "en", None, "2020-05"))[0] is None


# ---- errors, cache, offline ------------------------------------------------------------------------


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if not line.startswith("kg: WARNING")]
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_unreachable_endpoint_is_one_line_and_leaves_the_store_unchanged(
    sample_store: Path, tmp_path: Path
) -> None:
    store = copy_store(sample_store, tmp_path / "store")
    before = dump(store)
    started = time.monotonic()
    result = run_kg(
        "enrich", "--store", str(store), "--endpoint", f"http://127.0.0.1:{free_port()}/query",
        "--cache", str(tmp_path / "cache"), check=False,
    )  # fmt: skip
    line = one_line_error(result)
    assert "cannot reach" in line and "unchanged" in line
    assert time.monotonic() - started < 30  # a refused connection is not retried for minutes
    assert dump(store) == before


class Script:
    """A real HTTP server answering each request as its script says; records what it received."""

    def __init__(
        self, answer: Callable[[int, BaseHTTPRequestHandler], tuple[int, dict[str, str], bytes]]
    ) -> None:
        self.answer = answer
        self.requests: list[tuple[float, dict[str, str], str]] = []
        script = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                script.requests.append((time.monotonic(), dict(self.headers), self.path + body))
                self.body = body
                status, headers, payload = script.answer(len(script.requests), self)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _reply

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Script:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def gaps(self) -> list[float]:
        return [b[0] - a[0] for a, b in zip(self.requests, self.requests[1:], strict=False)]


RESULT = json.dumps(
    {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "ok"}}]}}
)
JSON_TYPE = {"Content-Type": "application/sparql-results+json"}


def test_retry_after_in_seconds_is_honoured_and_the_client_identifies_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KG_CONTACT", "analyst@example.org")

    def answer(n: int, _: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        return (429, {"Retry-After": "1"}, b"slow down") if n == 1 else (200, JSON_TYPE, RESULT.encode())

    with Script(answer) as server:
        rows = Client(server.endpoint, cache=None, backoff=0.01).select("SELECT ?x { ?s ?p ?x }")
    assert rows == [{"x": {"type": "literal", "value": "ok"}}]
    assert len(server.requests) == 2 and 1.0 <= server.gaps()[0] < 5
    headers = server.requests[0][1]
    assert re.fullmatch(
        r"kg/\S+ \(https://w3id\.org/geoactor; analyst@example\.org\) SPARQLWrapper/\S+",
        headers["User-Agent"],
    ), headers["User-Agent"]
    assert "application/sparql-results+json" in headers["Accept"]
    assert "PREFIX wd:" in urllib.parse.unquote_plus(server.requests[0][2])


def test_retry_after_as_a_date_and_exponential_backoff() -> None:
    def answer(n: int, _: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        if n == 1:
            when = format_datetime(datetime.now(UTC) + timedelta(seconds=2), usegmt=True)
            return 503, {"Retry-After": when}, b"busy"
        if n in (2, 3):
            return 502, {}, b"bad gateway"  # no Retry-After: backoff 0.2 s, then 0.4 s
        if n == 4:
            return 200, JSON_TYPE, RESULT.encode()[:30]  # HTTP 200 with truncated JSON: retried too
        return 200, JSON_TYPE, RESULT.encode()

    with Script(answer) as server:
        Client(server.endpoint, cache=None, backoff=0.2).select("SELECT ?x { ?s ?p ?x }")
    gaps = server.gaps()
    assert len(server.requests) == 5
    assert gaps[0] >= 0.9 and 0.2 <= gaps[1] < 2 and 0.4 <= gaps[2] < 2 and gaps[3] >= 0.8


def test_too_long_a_wait_or_too_many_failures_is_an_error() -> None:
    with (
        Script(lambda n, _: (429, {"Retry-After": "3600"}, b"banned")) as server,
        pytest.raises(WikidataError, match="3600") as error,
    ):
        Client(server.endpoint, cache=None).select("SELECT ?x { ?s ?p ?x }")
    assert len(server.requests) == 1 and "\n" not in str(error.value)
    with (
        Script(lambda n, _: (500, {}, b"internal")) as server,
        pytest.raises(WikidataError, match="3 attempts"),
    ):
        Client(server.endpoint, cache=None, retries=2, backoff=0.01).select("SELECT ?x { ?s ?p ?x }")
    assert len(server.requests) == 3


def test_undeclared_prefixes_are_rejected_by_oxigraph(endpoint: str) -> None:
    """Why every query kg sends declares its prefixes: WDQS's implicit ones do not exist elsewhere."""
    client = Client(endpoint, cache=None)
    assert client.select("SELECT ?l { wd:Q159 rdfs:label ?l }")  # kg declares wd: and rdfs:
    with pytest.raises(WikidataError, match="HTTP 400"):
        client.select("SELECT ?l { bd:Q159 rdfs:label ?l }")


def test_failure_part_way_writes_nothing(sample_store: Path, endpoint: str, tmp_path: Path) -> None:
    """The first queries are answered (by the real fixture server), then the endpoint fails."""

    def answer(n: int, request: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        if n > 3:
            return 503, {}, b"down"
        query = request.path.partition("?")[2]
        body: str = getattr(request, "body", "")
        forward = urllib.request.Request(
            f"{endpoint}?{query}" if query else endpoint,
            data=body.encode() if body else None,
            headers={
                "Accept": JSON_TYPE["Content-Type"],
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        with urllib.request.urlopen(forward) as upstream:
            return 200, JSON_TYPE, upstream.read()

    store = copy_store(sample_store, tmp_path / "store")
    before = dump(store)
    with Script(answer) as server:
        args = ["--endpoint", server.endpoint, "--cache", str(tmp_path / "cache"), "--retries", "1"]
        result = run_kg("enrich", "--store", str(store), *args, check=False)
    assert len(server.requests) > 3
    assert "no answer after 2 attempts" in one_line_error(result)
    assert dump(store) == before


def test_second_run_needs_no_network(sample_store: Path, wikidata_db: Path, tmp_path: Path) -> None:
    server = OxigraphServer(wikidata_db).start()
    try:
        first = copy_store(sample_store, tmp_path / "first")
        run_kg(
            "enrich", "--store", str(first), "--endpoint", server.endpoint, "--cache", str(tmp_path / "cache")
        )
    finally:
        server.stop()
    second = copy_store(sample_store, tmp_path / "second")
    result = run_kg(
        "enrich", "--store", str(second), "--endpoint", server.endpoint, "--cache", str(tmp_path / "cache")
    )
    assert "(0 requests," in result.stderr, result.stderr
    assert dump(second) == dump(first)


def test_offline_uses_cache_and_gazetteer_and_reports_what_it_lacks(
    enriched: dict[str, object], sample_store: Path, endpoint: str, tmp_path: Path
) -> None:
    cold = copy_store(sample_store, tmp_path / "cold")
    result = run_kg(
        "enrich",
        "--offline",
        "--store",
        str(cold),
        "--endpoint",
        endpoint,
        "--cache",
        str(tmp_path / "empty"),
    )
    assert "(0 requests," in result.stderr
    report = [line for line in result.stderr.splitlines() if line.startswith("kg: offline:")]
    assert len(report) == 1 and "not in the cache" in report[0], result.stderr
    assert re.search(r"label lookups of [1-9]\d* names, facts of [1-9]\d* items \(Q", report[0]), report[0]
    # States and organisations are linked by `kg build` from the gazetteer, with no network at all.
    unlinked = select(
        cold,
        "SELECT ?actor { ?actor a ?type . FILTER(?type IN (ga:State, ga:InternationalOrganization)) "
        "FILTER NOT EXISTS { ?actor skos:exactMatch ?item } }",
    )
    assert not unlinked
    # From the gazetteer alone: the publishers; no link that needs the endpoint.
    assert links_of(cold).get("u-s-department-of-state") == "Q789915"
    assert "kremlin" not in links_of(cold) and "john-kirby" not in links_of(cold)

    warm = copy_store(sample_store, tmp_path / "warm")
    result = run_kg(
        "enrich", "--offline", "--store", str(warm), "--endpoint", endpoint, "--cache", str(enriched["cache"])
    )
    assert "kg: offline:" not in result.stderr and "(0 requests," in result.stderr
    enriched_store = enriched["store"]
    assert isinstance(enriched_store, Path)
    assert dump(warm) == dump(enriched_store)


def test_enrich_without_a_store_or_with_bad_languages_is_one_line(tmp_path: Path) -> None:
    line = one_line_error(run_kg("enrich", "--store", str(tmp_path / "none"), "--offline", check=False))
    assert "run `kg build` first" in line
    tmp_store = tmp_path / "store"
    tmp_store.mkdir()
    line = one_line_error(run_kg("enrich", "--store", str(tmp_store), "--languages", "de, e n", check=False))
    assert "--languages" in line


# ---- units ------------------------------------------------------------------------------------------


def test_user_agent_names_kg_its_contact_and_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_CONTACT", raising=False)
    assert re.fullmatch(
        r"kg/\S+ \(https://w3id\.org/geoactor; kg-maintainers@example\.org\) SPARQLWrapper/\S+", user_agent()
    )
    assert "(https://w3id.org/geoactor; me@example.org)" in user_agent("me@example.org")


def test_batches_change_only_where_a_key_is_added() -> None:
    keys = [f"Q{n}" for n in range(1, 400)]
    before = list(batches(keys))
    after = list(batches([*keys, "Q2222"]))
    assert sorted(k for b in before for k in b) == sorted(keys)
    assert all(1 <= len(b) <= 100 for b in before) and len(before) > 3
    changed = [b for b in after if b not in before]
    assert len(changed) == 1 and "Q2222" in changed[0]


def test_cache_ignores_other_endpoints_and_broken_files(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put("http://a/sparql", "SELECT 1", {"results": {"bindings": []}})
    assert cache.get("http://a/sparql", "SELECT 1") == {"results": {"bindings": []}}
    assert cache.get("http://b/sparql", "SELECT 1") is None
    cache.path("http://a/sparql", "SELECT 1").write_text("{not json", encoding="utf-8")
    assert cache.get("http://a/sparql", "SELECT 1") is None
