"""Throughput of `kg extract` against the raw spaCy pipeline, measured in the same run.

The machine is shared and noisy, so the figure that counts is the ratio: kg's words per second over the
bare spaCy pipeline's words per second on the same articles, both warmed up and timed in turn.

    python bench/extract_speed.py [INPUT …] [--repeat 3]

INPUT defaults to the bundled samples; pass the stripped dev sets (`score.py --strip`) to measure those.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from kg.extract import Extractor
from kg.model import Article
from kg.nlp import load_pipeline
from kg.reader import is_supported, read_articles

ROOT = Path(__file__).resolve().parents[1]


def timed(work: Callable[[], object], repeat: int) -> float:
    """Best wall time of `repeat` runs (the least disturbed by other load)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("inputs", nargs="*", default=[str(ROOT / "data" / "samples")])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles: list[Article] = [a for a in read_articles(args.inputs) if is_supported(a)]
    extractor = Extractor()
    print(f"{'lang':4} {'articles':>8} {'words':>7} {'spaCy w/s':>10} {'kg w/s':>10} {'kg/spaCy':>8}")
    for lang in ("de", "en"):
        batch = [a for a in articles if a.lang == lang]
        if not batch:
            continue
        words = sum(len(a.text.split()) for a in batch)
        nlp = load_pipeline(lang)
        list(extractor.extract(batch[:1]))  # warm up: models, gazetteer index, lexicon
        spacy_time = timed(lambda: list(nlp.pipe(a.text for a in batch)), args.repeat)  # noqa: B023
        kg_time = timed(lambda: list(extractor.extract(batch)), args.repeat)  # noqa: B023
        spacy_wps, kg_wps = words / spacy_time, words / kg_time
        print(
            f"{lang:4} {len(batch):8d} {words:7d} {spacy_wps:10.0f} {kg_wps:10.0f} {kg_wps / spacy_wps:8.2f}"
        )
    print(f"(best of {args.repeat} runs: other load on the machine only ever slows a run down)")


if __name__ == "__main__":
    main()
