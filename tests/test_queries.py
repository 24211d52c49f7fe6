"""The analyst queries in queries/: every one runs, gives SPARQL JSON, and finds what the samples say.

The samples are built once per session into a temporary store with the real `kg build`. The checks
match labels by substring instead of counting rows, so that better extraction does not break them;
an assertion that fails here names a fact of the sample texts that extraction misses.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries"
SAMPLES = ROOT / "data" / "samples"
QUERY_FILES = sorted(QUERIES.glob("*.rq"))
QUERY_NAMES = [path.stem for path in QUERY_FILES]

GA = "https://w3id.org/geoactor/ontology#"
KGA = "https://w3id.org/geoactor/id/actor/"
RUSSIA, CHINA, USA = f"{KGA}Q159", f"{KGA}Q148", f"{KGA}Q30"
SEED_ARTICLE = "https://w3id.org/geoactor/id/article/rt-de-2022-02-china-russland"
# GROUP_CONCAT columns and their separators: their order is up to the engine.
LIST_COLUMNS = {"dates": " ", "speakers": ", ", "actorNames": "; "}
# The variables kg/network.py reads from these two queries, in this order.
NETWORK_VARIABLES = {
    "actors": ["actor", "type", "label", "country", "wikidata", "articles"],
    "actor-network": ["source", "relation", "target", "weight", "claims", "dates"],
}


def kg_command() -> list[str]:
    """`python -m kg` when kg/__main__.py exists, else the installed `kg` script."""
    if (ROOT / "kg" / "__main__.py").is_file():
        return [sys.executable, "-m", "kg"]
    script = shutil.which("kg")
    if script is None:
        pytest.fail("neither kg/__main__.py nor a `kg` command is there to run")
    return [script]


def run_kg(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([*kg_command(), *args], capture_output=True, text=True, cwd=ROOT, timeout=900)
    if check and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples built once per session: the suite's shared sample store when conftest has one."""
    try:
        return Path(request.getfixturevalue("sample_store"))
    except pytest.FixtureLookupError:
        path = tmp_path_factory.mktemp("queries") / "store"
        run_kg("build", str(SAMPLES), "--store", str(path))
        return path


@functools.cache
def _select(store: Path, query: str, params: tuple[str, ...]) -> tuple[list[str], list[dict[str, str]]]:
    args = ["query", query, "--store", str(store), "--format", "json"]
    for param in params:
        args += ["--param", param]
    result = run_kg(*args)
    data = json.loads(result.stdout)
    assert isinstance(data["head"]["vars"], list)
    assert isinstance(data["results"]["bindings"], list)
    rows = [
        {name: term["value"] for name, term in binding.items()} for binding in data["results"]["bindings"]
    ]
    return data["head"]["vars"], rows


def select(store: Path, query: str, *params: str) -> list[dict[str, str]]:
    """The rows of a query as {variable: value}, unbound variables left out."""
    return _select(store, query, params)[1]


def has(row: dict[str, str], column: str, *parts: str) -> bool:
    """Whether the column's value contains one of `parts`, ignoring case."""
    value = row.get(column, "").casefold()
    return any(part.casefold() in value for part in parts)


def header(path: Path) -> list[str]:
    """The comment lines the query file starts with."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[: next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))]


# ---- every query -----------------------------------------------------------------------------------


def test_there_are_the_analyst_queries() -> None:
    expected = {
        "actors", "actor-network", "who-supports-whom", "denials-by-actor", "demands-on-nato",
        "claims-by-speaker", "actor-timeline", "central-actors", "claims-per-outlet", "officials",
        "single-source-claims", "negated-claims", "hypothetical-claims", "claims-by-relation",
        "article-overview",
    }  # fmt: skip
    assert expected <= set(QUERY_NAMES)
    for name in QUERY_NAMES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name), f"{name}.rq: not a kebab-case name"


@pytest.mark.parametrize("path", QUERY_FILES, ids=QUERY_NAMES)
def test_query_gives_sparql_json(store: Path, path: Path) -> None:
    result = run_kg("query", str(path), "--store", str(store), "--format", "json", check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    variables = data["head"]["vars"]
    assert variables and all(isinstance(v, str) for v in variables)
    for binding in data["results"]["bindings"]:
        assert set(binding) <= set(variables)
        for term in binding.values():
            assert term["type"] in ("uri", "literal", "bnode") and isinstance(term["value"], str)


@pytest.mark.parametrize("path", QUERY_FILES, ids=QUERY_NAMES)
def test_query_has_a_header_with_parameters_and_an_example(path: Path) -> None:
    lines = header(path)
    text = "\n".join(lines)
    assert len(lines) >= 3, f"{path.name}: no comment header"
    assert "Parameters" in text, f"{path.name}: the header does not name its parameters"
    examples = [line for line in lines if line.startswith("# Example: ")]
    assert examples and examples[0].startswith(f"# Example: kg query {path.stem}"), path.name


@pytest.mark.parametrize("path", QUERY_FILES, ids=QUERY_NAMES)
def test_example_in_the_header_runs(store: Path, path: Path) -> None:
    """The example command of the header works: in particular, its --param names a bindable variable."""
    example = next(line for line in header(path) if line.startswith("# Example: "))
    words = example.removeprefix("# Example: kg query ").split()
    assert words[0] == path.stem
    params = tuple(word for previous, word in itertools.pairwise(words) if previous == "--param")
    variables, _ = _select(store, path.stem, params)
    for param in params:
        assert param.partition("=")[0] in variables, f"{path.name}: ?{param} is not a result variable"


@pytest.mark.parametrize("path", QUERY_FILES, ids=QUERY_NAMES)
def test_query_is_portable_sparql(path: Path) -> None:
    """Standard SPARQL 1.1 that another engine (rdflib) parses, with every prefix declared."""
    from rdflib.plugins.sparql import prepareQuery

    text = path.read_text(encoding="utf-8")
    prepareQuery(text)
    declared = set(re.findall(r"^PREFIX\s+([A-Za-z][\w-]*)?:", text, re.MULTILINE | re.IGNORECASE))
    code = re.sub(r"<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*", " ", text)
    used = set(re.findall(r"(?<![\w?$:/-])([A-Za-z][\w-]*):(?=[A-Za-z_0-9])", code))
    assert used <= declared, f"{path.name}: undeclared prefixes {sorted(used - declared)}"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own, in Dataset and the TriG parser
def test_queries_give_the_same_rows_in_another_engine(store: Path, tmp_path: Path) -> None:
    """rdflib answers every query as Oxigraph does, on the same data (GROUP_CONCAT order aside)."""
    from rdflib import Dataset

    dump = tmp_path / "samples.trig"
    run_kg("export", "--format", "trig", "-o", str(dump), "--store", str(store))
    dataset = Dataset(default_union=True)
    dataset.parse(dump, format="trig")

    def value(name: str, term: object) -> object:
        if term is None:
            return None
        text = str(term)
        return tuple(sorted(text.split(LIST_COLUMNS[name]))) if name in LIST_COLUMNS else text

    for path in QUERY_FILES:
        variables, rows = _select(store, str(path), ())
        result = dataset.query(path.read_text(encoding="utf-8"))
        theirs = Counter(tuple(value(v, row[v]) for v in variables) for row in result)
        ours = Counter(tuple(value(v, row.get(v)) for v in variables) for row in rows)
        assert theirs == ours, (
            f"{path.name}: rdflib and Oxigraph differ; only rdflib: {list((theirs - ours).elements())[:3]}; "
            f"only Oxigraph: {list((ours - theirs).elements())[:3]}"
        )


def test_readme_lists_every_query() -> None:
    readme = (QUERIES / "README.md").read_text(encoding="utf-8")
    for name in QUERY_NAMES:
        assert f"| `{name}` |" in readme, f"queries/README.md has no row for {name}"


@pytest.mark.parametrize("name", sorted(NETWORK_VARIABLES))
def test_network_queries_keep_the_variables_kg_network_reads(store: Path, name: str) -> None:
    variables, rows = _select(store, name, ())
    assert variables == NETWORK_VARIABLES[name]
    assert rows


# ---- errors and parameters -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["text", "file"])
def test_syntax_error_is_exit_1_and_one_line(store: Path, tmp_path: Path, kind: str) -> None:
    broken = "PREFIX ga: <https://w3id.org/geoactor/ontology#>\nSELECT ?x WHERE { ?x ga:relation "
    query = broken
    if kind == "file":
        (tmp_path / "broken.rq").write_text(broken, encoding="utf-8")
        query = str(tmp_path / "broken.rq")
    result = run_kg("query", query, "--store", str(store), check=False)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_param_binds_a_variable(store: Path) -> None:
    russia = select(store, "actor-timeline")
    china = select(store, "actor-timeline", "actor=kga:Q148")
    assert russia != china
    assert all(row["actor"] == RUSSIA for row in russia)
    assert china and all(row["actor"] == CHINA for row in china)
    everyone = select(store, "claims-by-speaker")
    kirby = select(store, "claims-by-speaker", "speaker=Kirby")
    assert len(kirby) < len(everyone)
    assert all(row["speaker"] == "Kirby" and has(row, "speakerLabel", "kirby") for row in kirby)
    assert select(store, "claims-by-speaker", "speaker=kIrBy") == [
        {**row, "speaker": "kIrBy"} for row in kirby
    ]  # matched case-insensitively


def test_param_with_an_iri_in_angle_brackets(store: Path) -> None:
    assert select(store, "who-supports-whom", f"supported=<{RUSSIA}>") == select(
        store, "who-supports-whom", "supported=kga:Q159"
    )


# ---- what the samples say --------------------------------------------------------------------------


def test_who_supports_whom_china_supports_russia(store: Path) -> None:
    rows = select(store, "who-supports-whom")
    assert any(has(r, "supporterLabel", "China") and has(r, "supportedLabel", "Russ") for r in rows), rows
    for row in rows:
        assert int(row["articles"]) >= 1 and int(row["claims"]) >= int(row["articles"])


def test_denials_by_actor_the_kremlin_denies(store: Path) -> None:
    rows = select(store, "denials-by-actor")
    kremlin = [r for r in rows if has(r, "actorLabel", "Kreml")]
    assert any(r["relation"] == f"{GA}denies" for r in kremlin), rows
    assert all(r["relation"] in (f"{GA}denies", f"{GA}rejects") and r["evidence"] for r in rows)


def test_denials_by_actor_param_keeps_one_actor(store: Path) -> None:
    for actor in {row["actor"] for row in select(store, "denials-by-actor")}:
        rows = select(store, "denials-by-actor", f"actor=<{actor}>")
        assert rows and all(row["actor"] == actor for row in rows)


def test_demands_on_nato_putin_and_xi_demand(store: Path) -> None:
    rows = select(store, "demands-on-nato")
    assert any(has(r, "demanderLabel", "Putin") for r in rows), rows
    assert any(re.search(r"\bXi\b", r.get("demanderLabel", "")) for r in rows), rows
    assert all(r["evidence"] and r["article"] for r in rows)


def test_claims_by_speaker_kirby_says_china_supports_russia(store: Path) -> None:
    rows = select(store, "claims-by-speaker", "speaker=Kirby")
    assert any(
        r["relation"] == f"{GA}supports" and has(r, "subjectLabel", "China") and has(r, "objectLabel", "Russ")
        for r in rows
    ), rows


def test_claims_by_speaker_default_lists_every_attributed_claim(store: Path) -> None:
    rows = select(store, "claims-by-speaker")
    attributed = sum(int(r["attributed"]) for r in select(store, "claims-by-relation"))
    assert len({r["claim"] for r in rows}) == attributed
    labels = [r.get("speakerLabel", "") for r in rows]
    assert labels == sorted(labels)  # grouped by speaker


def test_officials_spokespersons_of_the_two_defence_ministries(store: Path) -> None:
    rows = select(store, "officials")
    spokespersons = [r for r in rows if r.get("affiliation") == f"{GA}spokespersonFor"]
    assert any(
        has(r, "officialLabel", "Kirby")
        and has(r, "organisationLabel", "Verteidigungsministerium", "Defense", "Defence", "Pentagon")
        and r.get("organisationCountry") == USA
        for r in spokespersons
    ), spokespersons
    assert any(
        has(r, "officialLabel", "Konaschenkow")
        and has(r, "organisationLabel", "ministeri")
        and r.get("organisationCountry") == RUSSIA
        for r in spokespersons
    ), spokespersons


def test_officials_have_their_country(store: Path) -> None:
    rows = select(store, "officials")
    affiliated = [r for r in rows if "affiliation" in r]
    assert affiliated
    affiliations = {f"{GA}{a}" for a in ("spokespersonFor", "leaderOf", "advisorTo", "memberOf")}
    for row in affiliated:
        assert row["affiliation"] in affiliations and row["organisation"] and int(row["articles"]) >= 1
        if "organisationCountry" in row:  # the official's own country, else the organisation's
            assert row["country"].startswith(KGA)


def test_actor_timeline_russia_in_february_2022(store: Path) -> None:
    rows = select(store, "actor-timeline")
    assert any(r.get("date") == "2022-02" for r in rows), rows
    assert any(r["article"] == SEED_ARTICLE and r["direction"] in ("in", "out") for r in rows)
    dates = [r.get("date", "") for r in rows]
    assert dates == sorted(dates)


def test_actor_timeline_lists_each_claim_once_per_direction(store: Path) -> None:
    """An optional partner must not be joined with every actor (one row per claim and direction)."""
    rows = select(store, "actor-timeline")
    per_claim = Counter(r["claim"] for r in rows)
    assert max(per_claim.values()) <= 2, per_claim.most_common(3)
    for row in rows:
        assert row["direction"] == "out" or row.get("other")


def test_claims_per_outlet_lists_the_state_department_and_rt_de(store: Path) -> None:
    rows = select(store, "claims-per-outlet")
    labels = [r["outletLabel"] for r in rows]
    assert "U.S. Department of State" in labels, labels
    assert any("RT DE" in label for label in labels), labels
    state_department = next(r for r in rows if r["outletLabel"] == "U.S. Department of State")
    assert int(state_department["articles"]) == 22
    assert sum(int(r["articles"]) for r in rows) == 23


def test_single_source_claims(store: Path) -> None:
    rows = select(store, "single-source-claims")
    assert rows
    for row in rows:
        assert row["outletLabel"] and int(row["articles"]) >= 1 and row["evidence"]


def test_central_actors_a_state_in_the_top_three(store: Path) -> None:
    rows = select(store, "central-actors")
    assert any(r.get("type") == f"{GA}State" for r in rows[:3]), rows[:3]
    degrees = [int(r["degree"]) for r in rows]
    assert degrees == sorted(degrees, reverse=True)
    for row in rows:
        assert int(row["degree"]) <= int(row["outDegree"]) + int(row["inDegree"])


def test_claims_by_relation_counts_every_claim(store: Path) -> None:
    rows = select(store, "claims-by-relation")
    stats = json.loads(run_kg("stats", "--store", str(store), "--json").stdout)
    assert sum(int(r["claims"]) for r in rows) == stats["claims"]
    for row in rows:
        parts = int(row["asserted"]) + int(row["negated"]) + int(row["hypothetical"])
        assert int(row["asserted"]) <= int(row["claims"]) <= parts
    assert any(r["relation"] == f"{GA}supports" for r in rows)


def test_negated_and_hypothetical_claims_match_the_counts(store: Path) -> None:
    counts = select(store, "claims-by-relation")
    negated = select(store, "negated-claims")
    hypothetical = select(store, "hypothetical-claims")
    assert len({r["claim"] for r in negated}) == sum(int(r["negated"]) for r in counts)
    assert len({r["claim"] for r in hypothetical}) == sum(int(r["hypothetical"]) for r in counts)
    assert all(r["hypothetical"] in ("true", "false") for r in negated)
    assert all(r["negated"] in ("true", "false") for r in hypothetical)


def test_hypothetical_claims_moscow_could_strike(store: Path) -> None:
    """'Man warnt davor, dass Moskau … "zuschlagen" könnte': an attack by Russia that may happen."""
    rows = select(store, "hypothetical-claims")
    assert any(
        r["article"] == SEED_ARTICLE
        and r["relation"] == f"{GA}attacks"
        and has(r, "subjectLabel", "Russ", "Moskau")
        for r in rows
    ), [r for r in rows if r["article"] == SEED_ARTICLE]


def test_article_overview(store: Path) -> None:
    rows = select(store, "article-overview")
    stats = json.loads(run_kg("stats", "--store", str(store), "--json").stdout)
    assert len(rows) == stats["articles"] == 23
    seed = next(r for r in rows if r["article"] == SEED_ARTICLE)
    assert seed["date"] == "2022-02" and seed["language"] == "de"
    assert int(seed["actors"]) > 0 and int(seed["claims"]) > 0
    assert "China" in seed["actorNames"] and "Russland" in seed["actorNames"]
    english = [r for r in rows if r["id"].startswith("us-state-dept-")]
    assert len(english) == 22 and all(r["outletLabel"] == "U.S. Department of State" for r in english)
    one = select(store, "article-overview", f"article=<{SEED_ARTICLE}>")
    assert one == [seed]
