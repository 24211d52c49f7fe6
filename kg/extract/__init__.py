"""Extraction: parsed articles -> actors and claims (the plain data classes of `kg.model`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg import EXTRACTOR_VERSION
from kg.extract.actors import resolve_actors
from kg.extract.attribution import SpeakerFinder
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import Found, doc_text, find_mentions
from kg.extract.relations import affiliation_claims, backing_claims, sentence_reader
from kg.gazetteer import Gazetteer, default_gazetteer
from kg.model import Actor, ActorType, Article, ArticleExtraction, Claim
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
        claims = affiliation_claims(doc, found, EXTRACTOR_VERSION) + backing_claims(
            doc, found, EXTRACTOR_VERSION
        )
        reader = sentence_reader(doc, found, lexicon, EXTRACTOR_VERSION)
        speakers = SpeakerFinder(doc, reader.by_token, lexicon)
        # Speakers first, for all sentences: "Dies bekräftigte X" names the speaker of the sentence before.
        sentences = list(doc.sents)
        text = doc_text(doc)
        said: list[Found | None] = []
        people: list[Found | None] = []
        previous_end = 0
        for sent in sentences:
            leading = len(sent.text) - len(sent.text.lstrip())  # the sentencizer may keep "\n\n" in front
            paragraph_start = "\n" in text[previous_end : sent.start_char + leading] or sent.start_char == 0
            previous_end = sent.start_char + len(sent.text.rstrip())  # a paragraph break may close it
            said.append(speakers.of(sent, paragraph_start))
            people.append(reader.topic_person(sent))
            speakers.last_person = people[-1] or speakers.last_person
        speakers.give_back(sentences, said)
        for sent, speaker, person in zip(sentences, said, people, strict=True):
            claims += reader.read(sent, speaker)
            reader.last_person = person or reader.last_person
        claims = _between_sides(claims, actors)
        claims = _dedupe(claims)
        claims = _once_per_article(claims)
        actors = _taking_part(actors, claims, found)
        return ArticleExtraction(article, actors, claims)


# Media outlets are listed only when they take part in a claim: an agency credited as the source of
# a report ("the Associated Press reported") is no actor of the story.
_NAMED_FOR_THEMSELVES = set(ActorType) - {ActorType.MEDIA_OUTLET, ActorType.GROUP}


def _once_per_article(claims: list[Claim]) -> list[Claim]:
    """A relation repeated in an article (a headline and its lead) is one claim: the first, with the
    speaker of a repetition that names one. Different speakers saying the same stay separate claims."""
    groups: dict[tuple[object, ...], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.subject, claim.relation, claim.object, claim.negated), []).append(claim)
    keep: set[int] = set()
    for group in groups.values():
        speakers = list(dict.fromkeys(c.attributed_to for c in group if c.attributed_to is not None))
        if not speakers:
            keep.add(id(group[0]))
        for speaker in speakers:
            first = next(c for c in group if c.attributed_to == speaker)
            keep.add(id(first))
    return [c for c in claims if id(c) in keep]


# Siding with one's own state is no relation between actors: "Das Verteidigungsministerium werde Chinas
# Integrität verteidigen".
_SIDING = frozenset({"supports", "aids", "cooperates"})


def _between_sides(claims: list[Claim], actors: list[Actor]) -> list[Claim]:
    """Claims less those of a state's own body or official siding with that state; a denial by one of
    them names no target in their own state ("Es gebe keine Beweise für eine Beteiligung Irans")."""
    by_key = {a.key: a for a in actors}

    def own_state(claim: Claim) -> bool:
        subject, obj = by_key.get(claim.subject), by_key.get(claim.object or "")
        return (
            subject is not None
            and obj is not None
            and subject.type in {ActorType.GOVERNMENT_BODY, ActorType.OFFICIAL}
            and obj.type is ActorType.STATE
            and subject.country is not None
            and subject.country == obj.wikidata
        )

    kept = []
    for claim in claims:
        if own_state(claim) and claim.relation in _SIDING:
            continue
        if own_state(claim) and claim.relation == "denies":
            claim.object = None
        kept.append(claim)
    return kept


def _taking_part(actors: list[Actor], claims: list[Claim], found: list[Found]) -> list[Actor]:
    """The actors to list: those in a claim, and states, officials, bodies and organisations named for
    themselves. Outlets and groups are listed only when they take part, and so is an actor named only
    inside a compound ("Kreml" in "Kremlchef", "Selenski" in "Selenski-Regime")."""
    used = {key for c in claims for key in (c.subject, c.object, c.attributed_to) if key}
    named = {f.actor for f in found if f.actor and not (f.modifier and f.kind != "adjective")}
    return [a for a in actors if a.key in used or (a.type in _NAMED_FOR_THEMSELVES and a.key in named)]


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per subject, relation, object and speaker in a sentence."""
    best: dict[tuple[object, ...], Claim] = {}
    for claim in claims:
        key = (claim.subject, claim.relation, claim.object, claim.attributed_to, claim.sentence)
        if key not in best or claim.confidence > best[key].confidence:
            best[key] = claim
    return sorted(best.values(), key=lambda c: (c.start, c.relation))


__all__ = ["Extractor"]
