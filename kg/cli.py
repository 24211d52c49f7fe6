"""The `kg` command: build, extract, query, export and stats."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox
from tqdm import tqdm

from kg import __version__
from kg.guard import refusal
from kg.model import Article, ArticleExtraction
from kg.namespaces import PREFIXES
from kg.nlp import ModelError
from kg.reader import InputError, is_supported, read_articles
from kg.resources import resource
from kg.store import Store, StoreError, default_store_path

log = logging.getLogger("kg")

ERRORS = (InputError, StoreError, ModelError)

store_option = click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Store directory (default: $KG_STORE, else ~/.local/share/kg/store).",
)
input_options = [
    click.argument("inputs", nargs=-1, required=True),
    click.option(
        "--skip-invalid",
        is_flag=True,
        help="Skip bad files and lines with a warning instead of stopping with an error.",
    ),
    click.option(
        "--max-article-bytes",
        type=click.IntRange(min=1),
        default=2_000_000,
        show_default=True,
        help="Largest article (a .txt file or a JSON line) that is read.",
    ),
    click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input files."),
]


def with_inputs(function: Any) -> Any:
    for option in reversed(input_options):
        function = option(function)
    return function


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors.")
@click.pass_context
def cli(context: click.Context, quiet: bool, debug: bool) -> None:
    """kg turns German and English news into a knowledge graph of geopolitical actors.

    \b
    Typical session:
      kg build data/samples            extract and load into the store
      kg query who-supports-whom       run an analyst query from queries/
      kg export --format gexf -o actors.gexf
    """
    context.obj = {"debug": debug}
    logging.basicConfig(
        level=logging.ERROR if quiet else logging.WARNING, format="kg: %(levelname)s: %(message)s"
    )
    logging.getLogger("kg").setLevel(logging.ERROR if quiet else logging.INFO)


def _articles(
    inputs: tuple[str, ...], skip_invalid: bool, max_article_bytes: int, encoding: str
) -> list[Article]:
    """All readable articles in German or English, read before any work starts."""

    def warn(error: InputError) -> None:
        log.warning("skipped %s", error)

    articles: dict[str, Article] = {}
    for article in read_articles(
        inputs,
        max_article_bytes=max_article_bytes,
        encoding=encoding,
        on_invalid=warn if skip_invalid else None,
    ):
        if not is_supported(article):
            log.warning(
                "skipped %s (%s): language %r is not supported (de, en)",
                article.id,
                article.source,
                article.lang,
            )
            continue
        if article.id in articles:
            log.warning(
                "article id %r appears again in %s; the later one is kept", article.id, article.source
            )
        articles[article.id] = article
    return list(articles.values())


def _extract(articles: list[Article]) -> Iterator[ArticleExtraction]:
    from kg.extract import Extractor  # spaCy loads only for commands that extract

    extractor = Extractor()
    for article in tqdm(articles, desc="extracting", unit="article", disable=None, leave=False):
        yield extractor(article)


@cli.command()
@with_inputs
@store_option
def build(
    inputs: tuple[str, ...],
    skip_invalid: bool,
    max_article_bytes: int,
    encoding: str,
    store_path: Path | None,
) -> None:
    """Extract actors and claims from INPUTS and load them into the store.

    INPUTS are .txt files (one article each), .jsonl files (one article a line), directories (read
    recursively) or - for JSON lines on stdin. Each article replaces its own named graph, so building an
    article again adds nothing twice. The store changes only if the whole build succeeds.
    """
    from kg.rdf import article_graph

    store = Store(store_path or default_store_path())
    articles = _articles(inputs, skip_invalid, max_article_bytes, encoding)
    if not articles:
        raise InputError("no German or English articles in the input")
    graphs, actors, claims = [], 0, 0
    for extraction in _extract(articles):
        graphs.append(article_graph(extraction))
        actors += len(extraction.actors)
        claims += len(extraction.claims)
    triples = store.replace_graphs(graphs)
    click.echo(
        f"built {len(articles)} articles: {actors} actors, {claims} claims, {triples} triples "
        f"-> {store.path}",
        err=True,
    )


@cli.command()
@with_inputs
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "ttl", "trig"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one JSON object per article (the scorer's format); ttl/trig: RDF.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout)."
)
def extract(
    inputs: tuple[str, ...],
    skip_invalid: bool,
    max_article_bytes: int,
    encoding: str,
    fmt: str,
    output: Path | None,
) -> None:
    """Extract actors and claims from INPUTS and write them out, without touching the store."""
    from kg.jsonl import to_line
    from kg.rdf import to_dataset

    articles = _articles(inputs, skip_invalid, max_article_bytes, encoding)
    sink = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        if fmt == "jsonl":
            for extraction in _extract(articles):
                sink.write(to_line(extraction) + "\n")
                sink.flush()
        else:
            dataset = to_dataset(_extract(articles))
            if fmt == "ttl":  # Turtle has no named graphs: all article graphs merged
                from rdflib import Graph

                merged = Graph()
                for prefix, namespace in PREFIXES.items():
                    merged.bind(prefix, namespace)
                for quad in dataset.quads():
                    merged.add(quad[:3])
                sink.write(merged.serialize(format="turtle"))
            else:
                sink.write(dataset.serialize(format="trig"))
    finally:
        if output:
            sink.close()


def _find_query(query: str) -> str:
    """A SPARQL text, a .rq file, or the name of a query in queries/ ('who-supports-whom')."""
    path = Path(query)
    if path.suffix == ".rq" or (len(query) < 200 and path.is_file()):
        if not path.is_file():
            named = resource("queries") / path.name
            if not named.is_file():
                raise InputError(f"{query}: no such query file")
            path = named
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"{query}: cannot read ({error})") from error
    named = resource("queries") / f"{query}.rq"
    if named.is_file():
        return named.read_text(encoding="utf-8")
    return query


def _term(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value: <iri>, prefix:name, a number, or else a string literal."""
    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    prefix, _, local = value.partition(":")
    if prefix in PREFIXES and local and " " not in value:
        return ox.NamedNode(PREFIXES[prefix] + local)
    if value.lstrip("-").isdigit():
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Literal(value)


def _short(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace) and "/" not in term.value[len(namespace) :]:
                return f"{prefix}:{term.value[len(namespace) :]}"
        return term.value
    return term.value


@cli.command()
@click.argument("query")
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
    default="table",
    show_default=True,
    help="Result format of SELECT queries (CONSTRUCT/DESCRIBE give Turtle).",
)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query variable, e.g. --param speaker='John Kirby' or --param actor=kga:Q159.",
)
def query(query: str, store_path: Path | None, fmt: str, params: tuple[str, ...]) -> None:
    """Run a SPARQL query over the store.

    QUERY is SPARQL text, a .rq file, or the name of a query in queries/ (e.g. who-supports-whom). The
    default graph is the union of all article graphs; kg's prefixes (ga:, kga:, wd:, prov: …) are
    predeclared. Queries that need the network (SERVICE) are refused.
    """
    text = _find_query(query)
    if reason := refusal(text, update=False, hint="kg query answers from the local store alone"):
        raise InputError(f"query: {reason}")
    bindings = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep or not name:
            raise InputError(f"--param {param!r}: expected NAME=VALUE")
        bindings[name.lstrip("?$")] = _term(value)
    store = Store(store_path or default_store_path(), read_only=True)
    result = store.query(text, substitutions=bindings)
    out = sys.stdout.buffer
    if isinstance(result, ox.QueryBoolean):
        click.echo("true" if bool(result) else "false")
    elif isinstance(result, ox.QueryTriples):
        ox.serialize(result, out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    elif fmt == "table":
        _print_table(result)
    else:
        formats = {
            "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV,
            "json": ox.QueryResultsFormat.JSON,
            "xml": ox.QueryResultsFormat.XML,
        }
        result.serialize(out, formats[fmt])
        out.flush()


def _print_table(result: ox.QuerySolutions) -> None:
    names = [v.value for v in result.variables]
    rows = [[_short(row[name]) for name in names] for row in result]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    widths = [min(w, 60) for w in widths]

    def line(cells: list[str]) -> str:
        return "  ".join(
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(cells, widths, strict=True)
        )

    click.echo(line(names).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in rows:
        click.echo(line(row).rstrip())
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


EXPORT_FORMATS = ("gexf", "graphml", "csv", "jsonld", "trig", "nquads")


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    required=True,
    help="gexf/graphml/csv: the actor network for Gephi and other tools; jsonld/trig/nquads: all RDF.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (for csv: a directory for nodes.csv and edges.csv). Default: stdout.",
)
@store_option
def export(fmt: str, output: Path | None, store_path: Path | None) -> None:
    """Export the graph: the actor network (GEXF 1.3, dynamic over article dates; GraphML; CSV for
    Gephi's spreadsheet import) or the whole dataset with its named graphs (JSON-LD, TriG, N-Quads)."""
    store = Store(store_path or default_store_path(), read_only=True)
    if fmt in ("jsonld", "trig", "nquads"):
        store.dump(str(output) if output else sys.stdout.buffer, fmt)
        return
    from kg import export as writers
    from kg.network import actor_network

    graph = actor_network(store)
    if fmt == "csv":
        if output is None:
            raise InputError("--format csv writes nodes.csv and edges.csv: give a directory with -o")
        output.mkdir(parents=True, exist_ok=True)
        for path in writers.write_csv(graph, output):
            click.echo(f"wrote {path}", err=True)
        return
    write = writers.write_gexf if fmt == "gexf" else writers.write_graphml
    write(graph, str(output) if output else sys.stdout.buffer)
    if output:
        click.echo(
            f"wrote {output}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations", err=True
        )


@cli.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats(store_path: Path | None, as_json: bool) -> None:
    """Counts of articles, actors by type, claims by relation and triples in the store."""
    store = Store(store_path or default_store_path(), read_only=True)
    figures: dict[str, Any] = {
        "store": str(store.path),
        "quads": len(store),
        "graphs": len(store.named_graphs()),
    }
    counts = {
        "articles": "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a ga:Article }",
        "actors": "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?x ga:mentions ?a }",
        "claims": "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a ga:Claim }",
    }
    for name, sparql in counts.items():
        figures[name] = int(next(iter(store.query(sparql)))["n"].value)
    figures["actors_by_type"] = {
        _short(row["type"]).removeprefix("ga:"): int(row["n"].value)
        for row in store.query(
            "SELECT ?type (COUNT(DISTINCT ?a) AS ?n) { ?x ga:mentions ?a . ?a a ?type } "
            "GROUP BY ?type ORDER BY DESC(?n)"
        )
    }
    figures["claims_by_relation"] = {
        _short(row["r"]).removeprefix("ga:"): int(row["n"].value)
        for row in store.query(
            "SELECT ?r (COUNT(DISTINCT ?c) AS ?n) { ?c ga:relation ?r } GROUP BY ?r ORDER BY DESC(?n)"
        )
    }
    if as_json:
        click.echo(json.dumps(figures, indent=1))
        return
    for key, value in figures.items():
        if isinstance(value, dict):
            click.echo(f"{key}:")
            for name, n in value.items():
                click.echo(f"  {name:28} {n}")
        else:
            click.echo(f"{key:30} {value}")


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--scorer",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The scorer (default: score.py in the gold file's folder or the one above it).",
)
@click.option("--per-doc", is_flag=True, help="Also print relation F1 for each document.")
@click.option("--json", "as_json", is_flag=True, help="Print the scorer's figures as JSON.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Keep the predictions (JSON lines) in this file.",
)
def evaluate(gold: Path, scorer: Path | None, per_doc: bool, as_json: bool, output: Path | None) -> None:
    """Extract from the articles of a gold set and print the scorer's figures.

    Only each article's id, lang, date, outlet, url and text reach the extractor, never the gold
    annotations; the scorer then compares the predictions with the gold file.
    """
    import subprocess
    import tempfile

    from kg.jsonl import to_line

    scorer = scorer or next(
        (p for p in (gold.parent / "score.py", gold.parent.parent / "score.py") if p.is_file()), None
    )
    if scorer is None:
        raise InputError(f"{gold}: no score.py beside it; pass --scorer")
    with tempfile.TemporaryDirectory() as work:
        articles_path = Path(work) / "articles.jsonl"
        with open(gold, encoding="utf-8") as lines, open(articles_path, "w", encoding="utf-8") as articles:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise InputError(f"{gold}:{number}: not valid JSON ({error.msg})") from error
                fields = ("id", "lang", "date", "outlet", "url", "text")
                articles.write(json.dumps({k: record.get(k) for k in fields}, ensure_ascii=False) + "\n")
        predictions = output or Path(work) / "predictions.jsonl"
        articles_read = _articles((str(articles_path),), False, 2_000_000, "utf-8")
        with open(predictions, "w", encoding="utf-8") as out:
            for extraction in _extract(articles_read):
                out.write(to_line(extraction) + "\n")
        command = [sys.executable, str(scorer), str(gold), str(predictions)]
        command += ["--per-doc"] if per_doc else []
        command += ["--json"] if as_json else []
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise InputError(f"{scorer}: {' '.join(result.stderr.split()[-12:])}")
    click.echo(result.stdout, nl=False)


@cli.command()
@store_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; others than loopback expose the graph.",
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="Port; 0 picks a free one."
)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates at /update (needs --token).")
@click.option(
    "--token", envvar="KG_SERVE_TOKEN", help="Bearer token updates must carry (or $KG_SERVE_TOKEN)."
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=30,
    show_default=True,
    help="Seconds a query may run before it is cancelled.",
)
@click.option(
    "--max-results",
    type=click.IntRange(min=1),
    default=10_000,
    show_default=True,
    help="Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one answer may have.",
)
@click.option("--allow-service", is_flag=True, help="Allow SERVICE (and LOAD) calls to other endpoints.")
@click.option("--cors", is_flag=True, help="Allow browser pages of other origins to query (e.g. YASGUI).")
def serve(
    store_path: Path | None,
    host: str,
    port: int,
    allow_update: bool,
    token: str | None,
    timeout: float,
    max_results: int,
    allow_service: bool,
    cors: bool,
) -> None:
    """Serve the store: a SPARQL 1.1 endpoint at /query and a page with a query editor and the actor
    network at /.

    Read-only unless --allow-update (with a token); SERVICE is off; every query has a time-out and a
    result limit. Runs until Ctrl+C. See "Serving and sharing" in the README.
    """
    import signal

    from kg.serve import Settings, close, make_server

    settings = Settings(
        store=store_path or default_store_path(),
        host=host,
        port=port,
        allow_update=allow_update,
        token=token,
        timeout=timeout,
        max_results=max_results,
        allow_service=allow_service,
        cors=cors,
    )
    server, app = make_server(settings)

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    url_host = f"[{host}]" if ":" in host else host
    url = f"http://{url_host}:{app.port}/"
    mode = "read-write with token" if allow_update else "read-only"
    click.echo(
        f"kg serve: {url} (page), {url}query (SPARQL endpoint); {settings.store}; {mode}, time-out "
        f"{timeout:g} s, at most {max_results} results, SERVICE {'on' if allow_service else 'off'}. "
        "Ctrl+C stops.",
        err=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("kg serve: stopped", err=True)
    finally:
        close(server, app)


@cli.command()
@store_option
@click.option("--endpoint", required=True, help="SPARQL 1.1 Update endpoint of the target store.")
@click.option("--graph-store", help="Its SPARQL 1.1 Graph Store Protocol URL (PUT per graph), if it has one.")
@click.option("--auth", metavar="USER:PASSWORD", envvar="KG_PUSH_AUTH", help="HTTP Basic/Digest login.")
@click.option("--token", envvar="KG_PUSH_TOKEN", help="Bearer token (e.g. of kg serve --allow-update).")
@click.option(
    "--batch-size", type=click.IntRange(min=1), default=5000, show_default=True, help="Triples per update."
)
@click.option("--timeout", type=click.FloatRange(min=1), default=120, show_default=True, help="Per request.")
@click.option("--force", is_flag=True, help="Send every graph, also those the target already holds.")
@click.option("--prune", is_flag=True, help="Drop graphs pushed earlier that the local store no longer has.")
@click.option(
    "--progress-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to keep what the target holds (default: ~/.local/state/kg/push/<target>.json).",
)
def push(
    store_path: Path | None,
    endpoint: str,
    graph_store: str | None,
    auth: str | None,
    token: str | None,
    batch_size: int,
    timeout: float,
    force: bool,
    prune: bool,
    progress_file: Path | None,
) -> None:
    """Copy the store's named graphs into a shared triplestore (Oxigraph, Fuseki, Virtuoso …).

    Each graph replaces its namesake on the target, so pushing twice changes nothing; graphs whose
    content the target already holds are skipped, and an interrupted push continues where it stopped.
    """
    from kg.push import Target
    from kg.push import push as push_graphs

    if auth and token:
        raise InputError("give --auth or --token, not both")
    store = Store(store_path or default_store_path(), read_only=True)
    target = Target(endpoint=endpoint, graph_store=graph_store, auth=auth, token=token, timeout=timeout)
    graphs = len(store.named_graphs())
    with tqdm(total=graphs, desc="pushing", unit="graph", disable=None, leave=False) as bar:
        report = push_graphs(
            store,
            target,
            batch_size=batch_size,
            force=force,
            prune=prune,
            progress_file=progress_file,
            on_graph=bar.update,
        )
    click.echo(
        f"pushed {report.pushed} graphs ({report.triples} triples, {report.method}), "
        f"{report.skipped} unchanged, {report.pruned} dropped -> {endpoint}",
        err=True,
    )
    if report.stale:
        click.echo(
            f"kg push: {len(report.stale)} graphs pushed earlier are gone from the local store; "
            "--prune drops them on the target",
            err=True,
        )


@cli.command()
@store_option
@click.option(
    "--endpoint",
    default="https://query.wikidata.org/sparql",
    show_default=True,
    help="SPARQL endpoint with Wikidata's data (the Wikidata Query Service, or a mirror of it).",
)
@click.option("--offline", is_flag=True, help="No network: the cache and the gazetteer only.")
@click.option(
    "--languages",
    default="de,en,fr,ru,zh,uk",
    show_default=True,
    help="Languages of the labels, aliases and descriptions fetched (comma-separated).",
)
@click.option(
    "--cache",
    "cache_path",
    type=click.Path(file_okay=False, path_type=Path),
    help="Cache directory of the endpoint's answers (default: $XDG_CACHE_HOME/kg/wikidata).",
)
@click.option(
    "--timeout", type=click.FloatRange(min=1), default=60, show_default=True, help="Seconds per request."
)
@click.option(
    "--retries",
    type=click.IntRange(min=0),
    default=4,
    show_default=True,
    help="Retries of a request on HTTP 429/5xx or a time-out, with exponential backoff.",
)
def enrich(
    store_path: Path | None,
    endpoint: str,
    offline: bool,
    languages: str,
    cache_path: Path | None,
    timeout: float,
    retries: int,
) -> None:
    """Link actors to Wikidata and add Wikidata's facts about them to the store.

    Actors that `kg build` left without a Wikidata item are looked up in the gazetteer and then by
    label and alias at the endpoint, ranked by type, country and article date. For every linked
    actor the labels, descriptions, key claims (P31, P17, P463, P39 with start/end …) are fetched in
    batches and stored in Wikidata's own vocabulary in the named graph <…/graph/wikidata>; new links
    go to <…/graph/links>. Both are replaced together, and only when everything was fetched.
    Answers are cached on disk, so a second run needs no network. Set KG_CONTACT to the contact
    (e-mail or URL) the User-Agent names.
    """
    from kg.link import LINKS_GRAPH, WIKIDATA_GRAPH
    from kg.link import enrich as run_enrich
    from kg.wikidata import Cache, Client, WikidataError, default_cache_dir

    path = store_path or default_store_path()
    if not path.is_dir():
        raise StoreError(f"{path}: no store here yet; run `kg build` first")
    langs = [lang.strip() for lang in languages.split(",") if lang.strip()]
    if not langs or not all(re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]+)*", lang) for lang in langs):
        raise InputError(f"--languages {languages!r}: expected language codes such as de,en,fr")
    client = Client(
        endpoint,
        cache=Cache(cache_path or default_cache_dir()),
        offline=offline,
        timeout=timeout,
        retries=retries,
    )
    store = Store(path)
    try:
        report = run_enrich(store, client, langs)
    except WikidataError as error:
        click.echo(f"kg: error: {error}; the store is unchanged", err=True)
        sys.exit(1)
    looked_up = len(report.from_wikidata) + len(report.ambiguous) + len(report.unmatched)
    click.echo(
        f"linked {len(report.from_gazetteer) + len(report.from_wikidata)} of "
        f"{report.actors - report.linked_before} actors without a Wikidata item "
        f"({len(report.from_gazetteer)} from the gazetteer, {len(report.from_wikidata)} of {looked_up} "
        f"looked up at the endpoint; {len(report.ambiguous)} ambiguous, {len(report.not_looked_up)} of "
        f"unknown type not looked up)",
        err=True,
    )
    click.echo(
        f"enriched {report.items} Wikidata items and {report.references} they refer to: {report.triples} "
        f"triples in <{WIKIDATA_GRAPH}> and <{LINKS_GRAPH}> -> {store.path} "
        f"({client.requests} requests, {client.cache_hits} answers from the cache)",
        err=True,
    )
    if report.missing_names or report.missing_items:
        shown = ", ".join(report.missing_items[:10]) + (" …" if len(report.missing_items) > 10 else "")
        click.echo(
            f"kg: offline: not in the cache: label lookups of {report.missing_names} names, facts of "
            f"{len(report.missing_items)} items{f' ({shown})' if shown else ''}; run `kg enrich` "
            "online to fetch them",
            err=True,
        )


def main() -> None:
    """Entry point: errors become one line on stderr and a non-zero exit, never a traceback."""
    debug = "--debug" in sys.argv
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except ERRORS as error:
        click.echo(f"kg: error: {error}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except Exception as error:
        if debug:
            raise
        message = " ".join(str(error).split())
        click.echo(
            f"kg: internal error: {type(error).__name__}: {message} (rerun with --debug for details)",
            err=True,
        )
        sys.exit(70)
