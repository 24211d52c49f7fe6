"""Extraction: parsed articles -> actors and claims (the plain data classes of `kg.model`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg import EXTRACTOR_VERSION
from kg.extract.actors import resolve_actors
from kg.extract.attribution import SpeakerFinder
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import find_mentions
from kg.extract.relations import SentenceReader, affiliation_claims
from kg.gazetteer import Gazetteer, default_gazetteer
from kg.model import Article, ArticleExtraction, Claim
from kg.nlp import load_pipeline


class Extractor:
    """Finds actors and claims in German and English articles."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()

    def extract(self, articles: Iterable[Article]) -> Iterator[ArticleExtraction]:
        for article in articles:
            yield self(article)

    def __call__(self, article: Article) -> ArticleExtraction:
        lang = article.lang or "en"
        doc = load_pipeline(lang)(article.text)
        lexicon = load_lexicon(lang)
        found = find_mentions(doc, lang, self.gazetteer, lexicon)
        actors = resolve_actors(found)
        claims = affiliation_claims(doc, found, EXTRACTOR_VERSION)
        reader = SentenceReader(doc, found, lexicon, EXTRACTOR_VERSION)
        speakers = SpeakerFinder(doc, reader.by_token, lexicon)
        previous_end = 0
        for sent in doc.sents:
            paragraph_start = "\n" in doc.text[previous_end : sent.start_char] or sent.start_char == 0
            previous_end = sent.end_char
            quoted = speakers.quoted(sent, paragraph_start)
            claims += reader.read(sent, speakers.speaker(sent) or quoted)
            # The person named last is who "er" or "he" in the next sentence most likely is.
            people = [
                f
                for f in found
                if f.actor
                and f.kind in ("person", "description")
                and sent.start_char <= f.start < sent.end_char
            ]
            if people:
                reader.last_person = speakers.last_person = people[-1]
        return ArticleExtraction(article, actors, _dedupe(claims))


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per subject, relation, object and speaker in a sentence."""
    best: dict[tuple[object, ...], Claim] = {}
    for claim in claims:
        key = (claim.subject, claim.relation, claim.object, claim.attributed_to, claim.sentence)
        if key not in best or claim.confidence > best[key].confidence:
            best[key] = claim
    return sorted(best.values(), key=lambda c: (c.start, c.relation))


__all__ = ["Extractor"]
