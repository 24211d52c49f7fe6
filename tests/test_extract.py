"""Each rule family of the extraction, on sentences written for these tests (not from the dev sets)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import ActorType, Article, ArticleExtraction


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def extract(extractor: Extractor, text: str, lang: str) -> ArticleExtraction:
    return extractor(Article(id="t", text=text, lang=lang, date="2023-05"))


def facts(result: ArticleExtraction) -> set[tuple[str, str, str | None, str | None]]:
    """(subject, relation, object, speaker) by actor name, negated and hypothetical claims marked."""
    name = {a.key: a.name for a in result.actors}
    out = set()
    for c in result.claims:
        relation = ("not " if c.negated else "") + ("maybe " if c.hypothetical else "") + c.relation
        out.add((name[c.subject], relation, name.get(c.object or ""), name.get(c.attributed_to or "")))
    return out


def actor(result: ArticleExtraction, name: str):
    return next(a for a in result.actors if a.name == name)


# -- actors -------------------------------------------------------------------------------------------


def test_metonyms_adjectives_and_genitives_are_the_state(extractor: Extractor) -> None:
    result = extract(
        extractor, "Paris und Berlin beraten. Die französische Regierung lobt Frankreichs Kurs.", "de"
    )
    france = actor(result, "Frankreich")
    assert france.wikidata == "Q142" and france.type is ActorType.STATE
    assert {"Paris", "Frankreichs"} <= set(france.names)


def test_one_actor_per_person_in_an_article(extractor: Extractor) -> None:
    text = "Bundeskanzler Olaf Scholz reiste nach Kiew. Scholz traf dort Präsident Wolodymyr Selenskyj."
    result = extract(extractor, text, "de")
    people = [a for a in result.actors if a.type is ActorType.OFFICIAL]
    assert sorted(a.name for a in people) == ["Olaf Scholz", "Wolodymyr Selenskyj"]
    assert actor(result, "Olaf Scholz").wikidata == "Q61053"


def test_role_before_the_name_with_a_genitive_body(extractor: Extractor) -> None:
    text = "Die Sprecherin des Auswärtigen Amtes Maria Beispiel wies die Darstellung zurück."
    result = extract(extractor, text, "de")
    official = actor(result, "Maria Beispiel")
    assert official.type is ActorType.OFFICIAL and official.country == "Q183"
    assert ("Maria Beispiel", "spokespersonFor", "Auswärtiges Amt", None) in facts(result)


def test_role_in_apposition_and_descriptions(extractor: Extractor) -> None:
    text = (
        "Der italienische Präsident Sergio Mattarella empfing Gäste. Paolo Esempio, der Berater des "
        "italienischen Präsidenten, sprach von einem Erfolg."
    )
    result = extract(extractor, text, "de")
    assert ("Sergio Mattarella", "leaderOf", "Italien", None) in facts(result)
    assert ("Paolo Esempio", "advisorTo", "Sergio Mattarella", None) in facts(result)


def test_english_role_phrases(extractor: Extractor) -> None:
    text = "French Foreign Minister Anne Example met Kenya's president, William Ruto, in Nairobi."
    result = extract(extractor, text, "en")
    assert ("Anne Example", "memberOf", "France", None) in facts(result)
    assert actor(result, "William Ruto").type is ActorType.OFFICIAL


def test_opposition_leaders_hold_no_office(extractor: Extractor) -> None:
    result = extract(extractor, "Opposition leader Jan Example criticised Poland's government.", "en")
    assert not [f for f in facts(result) if f[1] == "leaderOf"]


# -- relations ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Türkei weist die Forderung der Europäischen Union zurück.", ("Türkei", "rejects")),
        ("Japan fordert China zur Zurückhaltung auf.", ("Japan", "demands", "China")),
        ("Polen wirft Belarus eine gezielte Provokation vor.", ("Polen", "accuses", "Belarus")),
        ("Der Kreml bestreitet jede Beteiligung an dem Anschlag.", ("Kreml", "denies")),
        ("Indien unterstützt Bangladesch beim Wiederaufbau.", ("Indien", "supports", "Bangladesch")),
    ],
)
def test_german_verbs_and_particle_verbs(extractor: Extractor, text: str, expected: tuple[str, ...]) -> None:
    found = {f[:3] if len(expected) == 3 else f[:2] for f in facts(extract(extractor, text, "de"))}
    assert expected in found, found


def test_german_nominal_relation_with_possessor(extractor: Extractor) -> None:
    result = extract(extractor, "Berlins Unterstützung für Kiew bleibt umstritten.", "de")
    assert ("Deutschland", "supports", "Ukraine", None) in facts(result)


def test_relative_clause_takes_its_antecedents(extractor: Extractor) -> None:
    text = "Es sprachen Emmanuel Macron und Olaf Scholz, die eine Waffenruhe von Russland gefordert hatten."
    found = facts(extract(extractor, text, "de"))
    assert ("Emmanuel Macron", "demands", "Russland", None) in found
    assert ("Olaf Scholz", "demands", "Russland", None) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada condemned Iran after the execution.", ("Canada", "criticizes", "Iran")),
        ("Brazil was criticised by Argentina over the tariffs.", ("Argentina", "criticizes", "Brazil")),
        ("Mexico sided with Cuba at the summit.", ("Mexico", "supports", "Cuba")),
        ("Kenya called on Sudan to stop the fighting.", ("Kenya", "demands", "Sudan")),
    ],
)
def test_english_subjects_and_objects_from_the_parse(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    found = {f[:3] for f in facts(extract(extractor, text, "en"))}
    assert expected in found, found


def test_passive_without_a_named_agent_gives_no_claim(extractor: Extractor) -> None:
    found = facts(extract(extractor, "Chile was condemned yesterday for the decision.", "en"))
    assert not [f for f in found if f[1] == "criticizes"]


def test_rejecting_an_accusation_is_a_denial(extractor: Extractor) -> None:
    found = {f[:2] for f in facts(extract(extractor, "Serbia rejected accusations of meddling.", "en"))}
    assert ("Serbia", "denies") in found and ("Serbia", "accuses") not in found


# -- attribution and modality -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Schweden unterstütze Finnland, so das Auswärtige Amt.", "de"),
        ("Dem Auswärtigen Amt zufolge unterstützt Schweden Finnland.", "de"),
        ("Laut dem Auswärtigen Amt unterstützt Schweden Finnland.", "de"),
    ],
)
def test_german_reported_speech(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Schweden", "supports", "Finnland", "Auswärtiges Amt") in facts(extract(extractor, text, lang))


def test_speaker_of_a_quote_introduced_with_a_colon(extractor: Extractor) -> None:
    text = 'Regierungssprecher Max Muster sagte:\n\n"Österreich unterstützt Slowenien in dieser Frage."'
    found = facts(extract(extractor, text, "de"))
    assert ("Österreich", "supports", "Slowenien", "Max Muster") in found


def test_english_speech_verb_attributes_the_claim(extractor: Extractor) -> None:
    text = "Spokesman John Example said that Norway supports Denmark."
    assert ("Norway", "supports", "Denmark", "John Example") in facts(extract(extractor, text, "en"))


def test_negation_and_hypothesis(extractor: Extractor) -> None:
    found = facts(
        extract(extractor, "Portugal unterstützt Spanien nicht. Irland könnte Island unterstützen.", "de")
    )
    assert ("Portugal", "not supports", "Spanien", None) in found
    assert ("Irland", "maybe supports", "Island", None) in found


def test_every_claim_has_evidence_inside_the_text(extractor: Extractor) -> None:
    text = "Estland kritisiert Russland scharf. Lettland unterstützt Litauen."
    result = extract(extractor, text, "de")
    assert result.claims
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.evidence
        assert 0 < claim.confidence < 1 and claim.extractor.startswith("kg/")


def test_first_person_in_a_quote_is_the_speaker(extractor: Extractor) -> None:
    text = '"We strongly condemn Syria for the attack," Foreign Minister Ana Example said.'
    assert ("Ana Example", "criticizes", "Syria", None) in facts(extract(extractor, text, "en"))
    text = 'Außenministerin Eva Beispiel erklärte:\n\n"Wir verurteilen Syrien für diesen Angriff."'
    assert ("Eva Beispiel", "criticizes", "Syrien", None) in facts(extract(extractor, text, "de"))
