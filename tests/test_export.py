"""Tests for the graph file writers in kg.export: GEXF 1.3, GraphML and Gephi spreadsheet CSV."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import subprocess
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.export import write_csv, write_gexf, write_graphml

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_DIR = ROOT.parent / "shared" / "data" / "gexf-1.3-schema"
JS_DIR = ROOT / "tests" / "js"
GEXF = "{http://gexf.net/1.3}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
MODIFIED = date(2024, 5, 1)

ACTOR = "https://w3id.org/geoactor/id/actor/"
RUSSIA, CHINA, NATO = ACTOR + "Q159", ACTOR + "Q148", ACTOR + "Q7184"
KIRBY, DOD = ACTOR + "john-kirby", ACTOR + "Q11209"
DOD_LABEL_RAW = 'Department of Defense\x0b<DoD> & "Pentagon"'
DOD_LABEL = 'Department of Defense <DoD> & "Pentagon"'  # \x0b separates words: it becomes a space

NODES = {
    RUSSIA: {"label": "Russia", "type": "State", "country": "Q159", "qid": "Q159"},
    CHINA: {"label": "China", "type": "State", "country": "Q148", "qid": "Q148"},
    KIRBY: {"label": "John Kirby", "type": "Official", "country": "Q30", "qid": None},
    NATO: {"label": "NATO", "type": "InternationalOrganization", "country": None, "qid": "Q7184"},
    DOD: {"label": DOD_LABEL_RAW, "type": "GovernmentBody", "country": "Q30", "qid": "Q11209"},
}
FEB_2022 = ("2022-02-01", "2022-02-28")  # an article dated "2022-02"
OCT_1_2016 = ("2016-10-01", "2016-10-01")
BOTH_TIMESET = "<[2016-10-01,2016-10-01];[2022-02-01,2022-02-28]>"  # Gephi's interval syntax
FEB_TIMESET = "<[2022-02-01,2022-02-28]>"
# (source, target, key = kind, weight, claims, spells)
EDGES = [
    (RUSSIA, CHINA, "supports", 3, 5, [FEB_2022, OCT_1_2016, ("2022-02-04", "2022-02-04")]),
    (RUSSIA, CHINA, "criticizes", 1, 1, [OCT_1_2016]),  # parallel to "supports"
    (KIRBY, RUSSIA, "criticizes", 2, 2, [FEB_2022]),
    (KIRBY, DOD, "spokespersonFor", 4, 4, []),
    (CHINA, NATO, "criticizes", 1, 2, [FEB_2022]),
    (DOD, NATO, "cooperates", None, None, None),
]


def actor_graph(seed: int | None = None) -> nx.MultiDiGraph:
    """The test network; `seed` shuffles the insertion order (the output must not depend on it)."""
    nodes, edges = list(NODES.items()), list(EDGES)
    if seed is not None:
        random.Random(seed).shuffle(nodes)
        random.Random(seed).shuffle(edges)
    graph = nx.MultiDiGraph()
    for node, attrs in nodes:
        graph.add_node(node, **attrs)
    for source, target, kind, weight, claims, spells in edges:
        graph.add_edge(source, target, key=kind, kind=kind, weight=weight, claims=claims, spells=spells)
    return graph


def expected_node(node: str) -> dict:
    """A node's attributes as they should come back: label cleaned, None left out."""
    attrs = dict(NODES[node], label=DOD_LABEL if node == DOD else NODES[node]["label"])
    return {key: value for key, value in attrs.items() if value is not None}


def expected_edges() -> dict[tuple[str, str, str], dict]:
    """(source, target, kind) -> the edge's attributes as they should come back, None left out."""
    out = {}
    for source, target, kind, weight, claims, _ in EDGES:
        attrs = {"kind": kind, "label": kind, "weight": weight, "claims": claims}
        out[(source, target, kind)] = {key: value for key, value in attrs.items() if value is not None}
    return out


def write(graph: nx.MultiDiGraph, tmp_path: Path, name: str = "actors.gexf") -> Path:
    path = tmp_path / name
    write_gexf(graph, path, modified=MODIFIED)
    return path


def rng_validate(path: Path) -> None:
    """Validate against the official GEXF 1.3 RelaxNG schema (and the XSD, which takes xsi: as is)."""
    if not (SCHEMA_DIR / "gexf.rng").is_file():
        pytest.skip(f"GEXF 1.3 schema not found in {SCHEMA_DIR}")
    doc = etree.parse(str(path))
    if (SCHEMA_DIR / "gexf.xsd").is_file():  # usable here: kg writes no viz elements, which it rejects
        xsd = etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "gexf.xsd")))
        assert xsd.validate(doc), xsd.error_log
    # RelaxNG, unlike XSD, has no built-in pass for xsi:schemaLocation, and the GEXF grammar does not
    # declare it; it is a hint for XSD processors, so it is the one thing removed before validating.
    root = doc.getroot()
    xsi_attributes = [name for name in root.attrib if name.startswith(XSI)]
    assert xsi_attributes == [f"{XSI}schemaLocation"]
    for name in xsi_attributes:
        del root.attrib[name]
    rng = etree.RelaxNG(etree.parse(str(SCHEMA_DIR / "gexf.rng")))
    assert rng.validate(doc), rng.error_log


def spells_of(element: etree._Element) -> list[tuple[str, str]]:
    return [(s.get("start"), s.get("end")) for s in element.iterfind(f"{GEXF}spells/{GEXF}spell")]


# ------------------------------------------------------------------------------------------- GEXF


def test_gexf_is_valid_gexf_1_3(tmp_path: Path) -> None:
    path = write(actor_graph(), tmp_path)
    rng_validate(path)

    root = etree.parse(str(path)).getroot()
    assert root.tag == f"{GEXF}gexf"
    assert root.get("version") == "1.3"
    assert root.get(f"{XSI}schemaLocation") == "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
    meta = root.find(f"{GEXF}meta")
    assert meta.get("lastmodifieddate") == "2024-05-01"
    assert meta.findtext(f"{GEXF}creator") == "kg"
    assert meta.findtext(f"{GEXF}description")
    graph = root.find(f"{GEXF}graph")
    assert graph.attrib == {"defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date"}
    declared = {
        (a.getparent().get("class"), a.get("id"), a.get("title"), a.get("type"))
        for a in graph.iterfind(f"{GEXF}attributes/{GEXF}attribute")
    }
    assert declared == {
        ("node", "type", "type", "string"),
        ("node", "country", "country", "string"),
        ("node", "qid", "qid", "string"),
        ("edge", "claims", "claims", "integer"),
    }


def test_gexf_nodes_edges_and_spells(tmp_path: Path) -> None:
    root = etree.parse(str(write(actor_graph(), tmp_path))).getroot()
    nodes = {n.get("id"): n for n in root.iter(f"{GEXF}node")}
    assert set(nodes) == set(NODES)
    assert nodes[DOD].get("label") == DOD_LABEL
    values = {a.get("for"): a.get("value") for a in nodes[NATO].iter(f"{GEXF}attvalue")}
    assert values == {"type": "InternationalOrganization", "qid": "Q7184"}  # country None: no attvalue

    edges = {(e.get("source"), e.get("target"), e.get("kind")): e for e in root.iter(f"{GEXF}edge")}
    assert len(edges) == len(EDGES)
    assert len({e.get("id") for e in edges.values()}) == len(EDGES)
    supports = edges[(RUSSIA, CHINA, "supports")]
    assert (supports.get("label"), supports.get("weight")) == ("supports", "3")
    # The 2022-02-04 article falls inside February: merged away.
    assert spells_of(supports) == [OCT_1_2016, FEB_2022]
    assert spells_of(edges[(KIRBY, DOD, "spokespersonFor")]) == []
    cooperates = edges[(DOD, NATO, "cooperates")]
    assert cooperates.get("weight") is None and cooperates.find(f"{GEXF}attvalues") is None
    # A node's spells: the union of its edges' spells.
    assert spells_of(nodes[RUSSIA]) == [OCT_1_2016, FEB_2022]
    assert spells_of(nodes[NATO]) == [FEB_2022]
    assert spells_of(nodes[DOD]) == []


def test_gexf_is_deterministic(tmp_path: Path) -> None:
    first = write(actor_graph(), tmp_path, "a.gexf").read_bytes()
    assert write(actor_graph(seed=7), tmp_path, "b.gexf").read_bytes() == first
    out = io.BytesIO()
    write_gexf(actor_graph(seed=3), out, modified=MODIFIED)
    assert out.getvalue() == first


def test_gexf_static_when_everything_is_none(tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label=None, type=None, country=None, qid=None)
    graph.add_node("b")
    graph.add_edge("a", "b", key="denies", kind=None, weight=None, claims=None, spells=None)
    graph.add_edge("a", "b", key="meets", kind=None, weight=None, claims=None, spells=[])
    path = write(graph, tmp_path)
    assert path.stat().st_size > 0
    rng_validate(path)
    root = etree.parse(str(path)).getroot()
    assert root.find(f"{GEXF}graph").attrib == {"defaultedgetype": "directed", "mode": "static"}
    assert root.find(f".//{GEXF}spells") is None and root.find(f".//{GEXF}attvalue") is None
    # Without `kind` the key names the relation, so the parallel edges still differ.
    assert sorted(e.get("kind") for e in root.iter(f"{GEXF}edge")) == ["denies", "meets"]


def test_gexf_empty_graph(tmp_path: Path) -> None:
    path = write(nx.MultiDiGraph(), tmp_path)
    rng_validate(path)


def test_forbidden_characters_never_written(tmp_path: Path) -> None:
    dirty = "A\x00B\x01\x08C\x0bD\x0cE\x1fF\x7fG\x85H\ud800I\ufffeJ\uffffK\tL\nM"
    graph = nx.MultiDiGraph()
    graph.add_node("n\x01ode", label=dirty, type=dirty, country=dirty, qid=dirty)
    graph.add_node("other")
    graph.add_edge("n\x01ode", "other", key="warns", kind="warns\x02", weight=1, claims=1, spells=[])
    path = write(graph, tmp_path)
    write_graphml(graph, tmp_path / "a.graphml")
    nodes_csv, edges_csv = write_csv(graph, tmp_path / "csv")
    for written in (path, tmp_path / "a.graphml", nodes_csv, edges_csv):
        text = written.read_text(encoding="utf-8")
        assert not any(ord(c) < 0x20 and c not in "\t\n\r" for c in text), written
        assert not any(0x7F <= ord(c) <= 0x9F or c in "\ufffe\uffff" for c in text), written
    rng_validate(path)
    node = etree.parse(str(path)).getroot().find(f".//{GEXF}node[@id='node']")
    # The label is an xsd:token: whitespace collapsed; attribute values keep TAB/LF (as &#9;/&#10;).
    assert node.get("label") == "ABC D E FG HIJK L M"
    assert node.find(f".//{GEXF}attvalue[@for='type']").get("value") == "ABC D E FG HIJK\tL\nM"


def test_gexf_skips_spells_that_are_not_dates(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", key="warns", spells=[("2022-02", None), None, ("2022-03-01", None)])
    root = etree.parse(str(write(graph, tmp_path))).getroot()
    assert spells_of(root.find(f".//{GEXF}edge")) == [("2022-03-01", "2022-03-01")]
    assert "dropped 2 spell(s)" in caplog.text


def test_gexf_in_graphology(tmp_path: Path) -> None:
    """graphology-gexf, the reader inside Gephi Lite, keeps every attribute and both parallel edges."""
    node_bin = shutil.which("node")
    # On CI (which runs `npm ci --prefix tests/js`) a missing reader is a failure, not a skip.
    missing = pytest.fail if os.environ.get("CI") else pytest.skip
    if node_bin is None:
        missing("node is not installed")
    if not (JS_DIR / "node_modules" / "graphology-gexf").is_dir():
        missing("graphology-gexf is not installed: run `npm ci --prefix tests/js` first")
    path = write(actor_graph(), tmp_path)
    run = subprocess.run(
        [node_bin, str(JS_DIR / "read_gexf.mjs"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    parsed = json.loads(run.stdout)

    assert (parsed["type"], parsed["multi"]) == ("directed", True)
    assert parsed["attributes"]["creator"] == "kg"
    assert {n["key"]: n["attributes"] for n in parsed["nodes"]} == {n: expected_node(n) for n in NODES}
    edges = {}
    for edge in parsed["edges"]:
        assert edge["undirected"] is False
        edges[(edge["source"], edge["target"], edge["attributes"]["kind"])] = edge["attributes"]
    assert len(parsed["edges"]) == len(EDGES)
    assert edges == expected_edges()
    parallel = [e for e in parsed["edges"] if (e["source"], e["target"]) == (RUSSIA, CHINA)]
    assert sorted(e["attributes"]["kind"] for e in parallel) == ["criticizes", "supports"]


# ---------------------------------------------------------------------------------------- GraphML


def test_graphml_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "actors.graphml"
    write_graphml(actor_graph(), path)
    back = nx.read_graphml(path, force_multigraph=True)

    assert isinstance(back, nx.MultiDiGraph)
    nodes = dict(back.nodes(data=True))
    assert set(nodes) == set(NODES)
    for node in NODES:
        attrs = dict(nodes[node])
        spells = attrs.pop("spells", None)
        assert attrs == expected_node(node)
        want = {RUSSIA: BOTH_TIMESET, CHINA: BOTH_TIMESET, KIRBY: FEB_TIMESET, NATO: FEB_TIMESET}
        assert spells == want.get(node)

    edges = {}
    for source, target, key, attrs in back.edges(keys=True, data=True):
        attrs = dict(attrs)
        spells = attrs.pop("spells", None)
        edges[(source, target, attrs["kind"])] = attrs
        if attrs["kind"] == "supports":
            assert spells == BOTH_TIMESET
        if attrs["kind"] == "spokespersonFor":
            assert spells is None
        assert key.startswith("e")
    assert back.number_of_edges() == len(EDGES)
    assert edges == expected_edges()
    assert back.number_of_edges(RUSSIA, CHINA) == 2
    # Edge ids are unique in the file (networkx would otherwise repeat the relation name as id).
    ids = [e.get("id") for e in etree.parse(str(path)).iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(set(ids)) == len(ids) == len(EDGES)


def test_graphml_to_stream_and_none_graph() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label=None, type=None, country=None, qid=None)
    graph.add_edge("a", "a", key="denies", kind=None, weight=None, claims=None, spells=None)
    out = io.BytesIO()
    write_graphml(graph, out)
    back = nx.read_graphml(io.BytesIO(out.getvalue()), force_multigraph=True)
    assert dict(back.nodes(data=True)) == {"a": {}}
    assert [d for *_, d in back.edges(keys=True, data=True)] == [{"kind": "denies", "label": "denies"}]


# -------------------------------------------------------------------------------------------- CSV


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_for_gephi_spreadsheet_import(tmp_path: Path) -> None:
    nodes_path, edges_path = write_csv(actor_graph(), tmp_path / "out")
    assert (nodes_path, edges_path) == (tmp_path / "out" / "nodes.csv", tmp_path / "out" / "edges.csv")
    with nodes_path.open(encoding="utf-8") as handle:
        assert handle.readline().strip() == "Id,Label,type,country,qid,Timeset"
    with edges_path.open(encoding="utf-8") as handle:
        assert handle.readline().strip() == "Source,Target,Type,Kind,Id,Label,Weight,claims,Timeset"

    nodes = {row["Id"]: row for row in read_csv(nodes_path)}
    assert set(nodes) == set(NODES)
    for node in NODES:
        want = {key: value or "" for key, value in NODES[node].items()}
        got = nodes[node]
        assert (got["Label"], got["type"], got["country"], got["qid"]) == (
            DOD_LABEL if node == DOD else want["label"],
            want["type"],
            want["country"],
            want["qid"],
        )
    assert nodes[RUSSIA]["Timeset"] == BOTH_TIMESET
    assert nodes[DOD]["Timeset"] == ""

    rows = read_csv(edges_path)
    assert len(rows) == len(EDGES)
    assert {row["Type"] for row in rows} == {"Directed"}
    assert len({row["Id"] for row in rows}) == len(EDGES)
    edges = {(r["Source"], r["Target"], r["Kind"]): r for r in rows}
    for (source, target, kind), want in expected_edges().items():
        row = edges[(source, target, kind)]
        assert row["Label"] == kind
        assert row["Weight"] == str(want.get("weight", ""))
        assert row["claims"] == str(want.get("claims", ""))
    assert edges[(RUSSIA, CHINA, "supports")]["Timeset"] == BOTH_TIMESET
    assert edges[(RUSSIA, CHINA, "criticizes")]["Timeset"] == "<[2016-10-01,2016-10-01]>"
    assert edges[(KIRBY, DOD, "spokespersonFor")]["Timeset"] == ""


def test_csv_doubles_backslashes_for_gephi(tmp_path: Path) -> None:
    # Gephi's CSV reader takes "\" as escape character ("\n" would become a newline): write "\\".
    graph = nx.MultiDiGraph()
    graph.add_node("a", label=r"C:\new", type=None, country=None, qid=None)
    nodes_path, _ = write_csv(graph, tmp_path)
    assert read_csv(nodes_path)[0]["Label"] == r"C:\\new"
