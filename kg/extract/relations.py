"""Claims from sentences: a trigger (verb, noun or idiom of the lexicon), its subject and object,
who says so, and whether it is negated or hypothetical.

English reads subjects and objects off the dependency parse. German has no parser of ours yet, so it
reads clause segments: the subject is the first eligible actor of the trigger's segment (or the
antecedent of a relative pronoun, or the subject of the clause an infinitive depends on); the object
is an actor after the trigger or inside the trigger's prepositional phrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import Lexicon
from kg.extract.mentions import Found, doc_text
from kg.model import AFFILIATIONS, ActorType, Claim

SYMMETRIC = {"meets", "cooperates", "agrees", "fights"}
# Acts aimed at a place: "Invasion in die Ukraine", "demonstrated in Serbia", "troops in Belarus".
PLACE_TARGETED = {"attacks", "fights", "mobilizes", "withdraws", "protests"}
HOSTILE_ACTS = {"sanctions", "attacks", "threatens", "coerces", "mobilizes"}
# Speech acts: with no actor in their clause, the speaker of the sentence performs them.
SPEECH_ACTS = {"denies", "criticizes", "accuses", "demands", "rejects", "warns", "threatens", "supports"}
# English. What a demand, a refusal, a denial, a threat, a warning or an agreement is about is not
# asserted: "called for sanctions", "refused to deploy troops", "denied attacking", "agreed to hold talks"
# state the demand, refusal, denial or agreement only. An accusation's content is asserted in the
# accuser's words ("accused X of shelling Y": X attacks Y, attributed to the accuser).
_CONTENT_ONLY = {"demands", "rejects", "denies", "threatens", "warns", "agrees"}
_SPEECH_ACTS = {"accuses", "demands", "criticizes", "warns", "threatens", "denies", "rejects", "supports"}
# Dependencies through which a trigger is part of what another trigger is about.
_EMBEDDING = {
    "xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "compound", "nmod", "amod", "poss", "appos",
    "attr", "oprd", "dative", "nsubjpass",
}  # fmt: skip
# Relations whose addressee is the one asked or blamed to act: "demanded that France withdraw",
# "alleged that the Kremlin is behind": the subject of the complement clause is the object.
_ADDRESSED = {"demands", "accuses", "warns", "criticizes", "threatens", "rejects", "agrees"}
# A stated intention is the act of stating it (CAMEO 03x intent to cooperate, 13x threaten):
# "will provide aid", "would meet the envoy" agree to act; "will retaliate" threatens.
_FUTURE_EN = {"will", "would", "shall", "'ll", "wo"}
_COOPERATIVE = {"aids", "meets", "cooperates", "supports", "concedes", "withdraws", "agrees"}
_WILLING_EN = {"willing", "ready", "prepared", "committed", "determined", "prepare"}
_FAILING_EN = {"fail"}
_HOSTILE = {"attacks", "sanctions", "coerces", "fights"}
# Verbs that name a relation only with an actor as object ("received the envoy", not "will receive a
# response"; "backed Kyiv", not "backed the plan").
_NEEDS_ACTOR_EN = {"receive", "host", "back", "press", "push", "help", "target", "hit", "strike", "ease"}
_RECIPROCAL = ("each other", "one another")
# Light verbs lend their subject to the relation noun they take: "expressed support", "launched an
# attack", "issued a warning"; other verbs do not ("called the accusation unacceptable").
_LIGHT_EN = {
    "express", "voice", "launch", "make", "issue", "lodge", "level", "file", "hold", "give", "offer",
    "extend", "provide", "reach", "conduct", "carry", "stage", "mount", "announce", "send", "begin",
    "start", "continue", "step", "deliver", "reiterate", "renew", "repeat", "have", "pledge", "promise",
    "seek", "sign", "conclude", "impose", "deepen", "strengthen", "intensify", "escalate", "resume",
    "complete",
}  # fmt: skip
_QUOTES = set('"„“”«»')
# Quotation marks are no boundaries: a quoted word ('"zuschlagen" könnte') stays in its clause.
_BOUNDARY = {",", ";", ":", "(", ")", "–", "—"}


@dataclass(slots=True)
class Trigger:
    relation: str
    tokens: list[Token]
    nominal: bool
    agent: bool = False  # a noun naming who acts: "Unterstützer", "Kritiker"


def _lemma(token: Token) -> str:
    lemma = (token.lemma_ or token.text).lower()
    if token.tag_ == "VVFIN" and lemma == token.lower_ and lemma.endswith("e"):
        return lemma + "n"  # the lookup table lacks most subjunctives: "lehne" -> "lehnen"
    return lemma


def _segments(sent: Span) -> list[tuple[int, int]]:
    """Clause-like segments of a sentence, as token index ranges [start, end)."""
    bounds, start = [], sent.start
    for token in sent:
        if token.text in _BOUNDARY:
            if token.i > start:
                bounds.append((start, token.i))
            start = token.i + 1
    if start < sent.end:
        bounds.append((start, sent.end))
    return bounds


def _combine(triggers: list[Trigger]) -> list[Trigger]:
    """Verbs whose object is itself a relation noun: rejecting an accusation is a denial ('weist den
    Vorwurf zurück'), rejecting sanctions is criticism, announcing an expulsion is the expulsion. Other
    verbs keep their relation and the noun is what they are about ('kritisierte die Sanktionen'): see
    `SentenceReader._governed`; a noun whose actor is named with it ("Russlands Angriff") stays a claim."""
    verbs = [t for t in triggers if not t.nominal]
    drop: set[int] = set()
    for verb in verbs:
        for noun in (t for t in triggers if t.nominal):
            if not 0 < noun.tokens[0].i - verb.tokens[0].i <= 6:
                continue
            if verb.relation == "rejects" and noun.relation == "accuses":
                verb.relation = "denies"
                drop.add(id(noun))
            elif verb.relation == "rejects" and noun.relation in HOSTILE_ACTS:
                verb.relation = "criticizes"  # one rejects proposals; rejecting sanctions is disapproval
            elif verb.relation == "announces":
                # Announcing sanctions is sanctioning; announcing a summit is no meeting yet.
                drop.add(id(noun) if noun.relation in SYMMETRIC else id(verb))
    return [t for t in triggers if id(t) not in drop]


class SentenceReader:
    """Reads the claims of one article, sentence by sentence."""

    def __init__(self, doc: Doc, found: list[Found], lexicon: Lexicon, extractor: str) -> None:
        self.doc, self.lexicon, self.extractor = doc, lexicon, extractor
        self.text = doc_text(doc)
        self.mentions = [f for f in found if f.actor is not None]
        self.by_token: dict[int, Found] = {}
        for f in self.mentions:
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                current = self.by_token.get(token.i)
                if current is None or current.modifier or (current.end - current.start) < (f.end - f.start):
                    self.by_token[token.i] = f
        self.last_person: Found | None = None
        self.speaker: Found | None = None
        self.last_subject: Found | None = None  # English "it": the state or body that acted last
        self.trigger_heads: dict[int, Trigger] = {}  # English: the triggers of the sentence by head token
        self.events: dict[str, Found] = {}  # English: who did what was named before ("launch" -> North Korea)
        self.clause_triggers: list[Trigger] = []
        self.waiting_subject: Found | None = None  # a bare name before appositions, for the verb after them
        self.authors: dict[str, list[Found]] = {}  # relation -> the subjects of its claims so far

    # -- triggers ---------------------------------------------------------------------------------

    def triggers(self, sent: Span, segment: tuple[int, int]) -> list[Trigger]:
        lex, doc = self.lexicon, self.doc
        out: list[Trigger] = []
        words = doc[segment[0] : segment[1]]
        lemmas = [_lemma(t) for t in words]
        for k, token in enumerate(words):
            if token.i in self.by_token and not self.by_token[token.i].modifier:
                continue
            lemma = lemmas[k]
            if self._is_verb(token):
                if lex.other_sense(lemma, lemmas):
                    continue  # "zu zehn Jahren verurteilt" is a sentence, not a condemnation
                for verb, relation in lex.verbs.get(lemma, []) + lex.verbs.get(token.lower_, []):
                    if verb.particle is None:
                        if not self._has_particle_variant(lemma, lemmas[k + 1 :]):
                            out.append(Trigger(relation, [token], False))
                            break
                    elif verb.particle in lemmas[k + 1 :] or (
                        lex.lang == "en" and verb.particle in lemmas[k + 1 : k + 3]
                    ):
                        particle = words[k + 1 + lemmas[k + 1 :].index(verb.particle)]
                        out.append(Trigger(relation, [token, particle], False))
                        break
            elif self._is_noun(token) and (relation := lex.noun_relation(token.lower_, lemma)):
                out.append(Trigger(relation, [token], True))
            elif self._is_noun(token) and (relation := lex.agent_relation(token.lower_, lemma)):
                out.append(Trigger(relation, [token], True, agent=True))
        for words_of_idiom, relation in lex.idioms:
            # The words of an idiom stand anywhere in the clause, in any order ("schüren … Panik").
            positions = []
            for word in words_of_idiom:
                match = next((i for i in range(len(words)) if word in (lemmas[i], words[i].lower_)), None)
                if match is None:
                    break
                positions.append(match)
            else:
                tokens = sorted((words[i] for i in positions), key=lambda t: t.i)
                out = [t for t in out if not (t.nominal and t.tokens[0] in tokens)]
                if lex.lang == "en":  # the idiom is the more specific reading: "deny entry" is no denial
                    out = [t for t in out if not any(tok in tokens for tok in t.tokens)]
                if not any(t in trig.tokens for trig in out for t in tokens):
                    # English: an idiom led by a noun ("suspension of links") reads like a relation noun
                    nominal = lex.lang == "en" and tokens[0].pos_ == "NOUN"
                    if nominal:  # the phrase's head leads: "war games", not "war"
                        top = next((t for t in tokens if t.head not in tokens or t.head is t), tokens[0])
                        tokens = [top] + [t for t in tokens if t is not top]
                    out.append(Trigger(relation, tokens, nominal))
        return _combine(out)

    def _has_particle_variant(self, lemma: str, rest: list[str]) -> bool:
        """'weist ... zurück' is zurückweisen, not weisen: the particle verb wins if its particle follows."""
        return any(v.particle and v.particle in rest for v, _ in self.lexicon.verbs.get(lemma, []))

    def _is_verb(self, token: Token) -> bool:
        if token.pos_:
            return token.pos_ in {"VERB", "AUX"} or (token.pos_ == "ADJ" and self.lexicon.lang == "de")
        # No tagger: German nouns are capitalised, verbs are not (except at the start of a sentence).
        return not token.text[:1].isupper() or token.is_sent_start

    def _is_noun(self, token: Token) -> bool:
        if token.pos_:
            return token.pos_ in {"NOUN", "PROPN"}
        return token.text[:1].isupper()

    # -- sentences --------------------------------------------------------------------------------

    def read(self, sent: Span, speaker: Found | None) -> list[Claim]:
        if self.lexicon.lang == "en" and sent.doc.has_annotation("DEP"):
            return self._read_en(sent, speaker)
        self.speaker = speaker
        claims: list[Claim] = []
        segments = _segments(sent)
        previous_subjects: list[Found] = []
        self.waiting_subject = None
        for n, segment in enumerate(segments):
            self.clause_triggers = self.triggers(sent, segment)
            for trigger in self.clause_triggers:
                if self.lexicon.lang == "en" and sent.doc.has_annotation("DEP"):
                    subjects, obj = self._arguments_en(trigger, segment)
                else:
                    subjects, obj = self._arguments_de(trigger, segments, n, previous_subjects)
                for subject in subjects:
                    target = obj
                    if target is not None and target.actor == subject.actor:
                        continue
                    claims.append(self._claim(sent, segment, trigger, subject, target, speaker))
                    self.authors.setdefault(trigger.relation, []).append(subject)
            eligible = self._eligible(segment)
            demand = self._deontic(sent, segment, eligible)
            if demand is not None:
                claims.append(demand)
            # "Liu Pengyu, Sprecher der Botschaft, warnte …": a bare name, then appositions (no verb,
            # no name first), then the verb. The name waits for that verb as its subject.
            words = self.doc[segment[0] : segment[1]]
            verbless = not any(t.pos_ in {"VERB", "AUX"} for t in words)
            if verbless and eligible and self.by_token.get(segment[0]) is not None:
                self.waiting_subject = eligible[0]
            elif not verbless:
                self.waiting_subject = None
            if eligible:
                previous_subjects = [eligible[0]]
        return claims

    def _deontic(self, sent: Span, segment: tuple[int, int], eligible: list[Found]) -> Claim | None:
        """What someone must or must not do, in a speaker's words, is the speaker's demand on them:
        "Die USA dürfen auf keinen Fall Chinas Interessen beschädigen", "Russland müsse abziehen"."""
        lex, words = self.lexicon, self.doc[segment[0] : segment[1]]
        if self.speaker is None or not eligible or any(t.lower_ in lex.pronouns_we for t in words):
            return None
        lowers = {t.lower_ for t in words}
        modal = next(
            (
                t
                for t in words
                if t.lower_ in lex.deontic or (t.lower_ in lex.prohibitive and lowers & lex.negations)
            ),
            None,
        )
        addressee = eligible[0]
        if modal is None or addressee.actor == self.speaker.actor or addressee.start > modal.idx + 40:
            return None
        # "würde … tragen müssen": what someone would have to bear is a warning, not a demand.
        relation = "warns" if lowers & lex.conditional else "demands"
        claim = self._claim(sent, segment, Trigger(relation, [modal], False), self.speaker, addressee, None)
        claim.negated = claim.hypothetical = False  # "must not" is the demand itself, not its negation
        return claim

    def topic_person(self, sent: Span) -> Found | None:
        """Who "er" or "he" in the next sentence most likely is: the person this sentence is about (its
        first person that can be a subject), else the person named last."""
        people = [
            f
            for f in self.mentions
            if f.kind in ("person", "description") and sent.start_char <= f.start < sent.end_char
        ]
        subjects = [f for f in self._eligible((sent.start, sent.end)) if f in people]
        return subjects[0] if subjects else (people[-1] if people else None)

    def _eligible(self, segment: tuple[int, int]) -> list[Found]:
        """Mentions that can be a segment's subject: not inside a PP, not a genitive, not a modifier."""
        doc, lex = self.doc, self.lexicon
        out: list[Found] = []
        seen: set[int] = set()
        for i in range(*segment):
            f = self.by_token.get(i)
            if f is None or id(f) in seen:
                continue
            seen.add(id(f))
            if f.modifier or f.kind == "adjective" or self._inside_compound(f):
                continue
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            j = span.start - 1 if span is not None else i - 1
            while j >= segment[0] and doc[j].text in _QUOTES:
                j -= 1
            if j >= segment[0] and doc[j].pos_ == "NOUN" and doc[j].text[:1].isupper():
                j -= 1  # the head of an apposition: "in der Hauptstadt Abuja", "mit dem Präsidenten Putin"
            while j >= segment[0] and doc[j].pos_ in {"DET", "ADJ"} and doc[j].lower_ not in lex.prepositions:
                j -= 1
            # In a prepositional phrase, a genitive, or named as the source ("laut X"): no subject.
            before = doc[j].lower_ if j >= segment[0] else ""
            if before in lex.prepositions or before in {"des", "eines"} or before in lex.attribution_before:
                continue
            if (
                lex.lang == "de"
                and f.kind == "name"
                and f.entry is not None
                and f.text.endswith("s")
                and f.text not in f.entry.names.get("de", [])
            ):
                continue  # genitive: "Russlands", "Pekings"
            after = span.end if span is not None else i + 1
            if after < len(doc) and doc[after].lower_ in lex.attribution_after:
                continue  # "Dem Auswärtigen Amt zufolge"
            out.append(f)
        return out

    def _inside_compound(self, f: Found) -> bool:
        """'NATO' in 'NATO-Erweiterung' names the actor but is not the subject of the clause; in
        'Ecowas-Staaten', 'EU-Länder' the members act as the organisation and it is."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or not (span.start_char < f.start or span.end_char > f.end):
            return False
        tail = self.text[f.end : span.end_char].lstrip("-").lower()
        return tail not in self.lexicon.member_nouns

    def _between_pair(self, trigger: Trigger, segment: tuple[int, int]) -> tuple[Found, Found] | None:
        """'Gespräche zwischen Xi und Putin', 'talks between X and Y': the two sides of the relation."""
        head = trigger.tokens[-1]
        if head.i + 1 >= segment[1] or self.doc[head.i + 1].lower_ not in self.lexicon.symmetric_prepositions:
            return None
        sides = []
        for i in range(head.i + 2, min(segment[1], head.i + 12)):
            f = self.by_token.get(i)
            if f is not None and f not in sides and not f.modifier:
                sides.append(f)
        if len(sides) >= 2 and self._coordinated(sides[0], sides[1]):
            return sides[0], sides[1]
        return None

    def _arguments_de(
        self, trigger: Trigger, segments: list[tuple[int, int]], n: int, previous: list[Found]
    ) -> tuple[list[Found], Found | None]:
        doc, lex = self.doc, self.lexicon
        segment = segments[n]
        head = trigger.tokens[0]
        subjects: list[Found] = []
        pair = self._between_pair(trigger, segment) if trigger.nominal else None
        if pair is not None:
            return [pair[0]], pair[1]
        attributive = self._attributive(trigger, segment)
        if attributive is not None:
            return attributive
        if trigger.agent:
            return self._agent_noun(trigger, segment)
        if not trigger.nominal and self._passive(head, segment):
            # "Russland wurde von der EU kritisiert": the agent acts on the subject; without a named
            # agent ("Er wurde zu zehn Jahren verurteilt") nobody is known to act.
            agent = self._agent_in(segment)
            patient = next(
                (f for f in self._eligible(segment) if agent is None or f.actor != agent.actor), None
            )
            return ([agent], patient) if agent is not None else ([], None)
        if trigger.nominal:
            # Genitive after the noun: "Invasion Russlands"; possessor before it: "Pekings Rückendeckung",
            # "Chinas Unterstützung", "russische Invasion".
            after = self.by_token.get(head.i + 1)
            if after is None and head.i + 2 < segment[1] and doc[head.i + 1].lower_ in {"des", "der"}:
                after = self.by_token.get(head.i + 2)
            if after is None and head.i + 1 < segment[1] and doc[head.i + 1].lower_ in lex.agent_prepositions:
                after = self._mention_in_tokens(head.i + 2, min(segment[1], head.i + 5))  # "Hilfe von der EU"
            if after is not None and not after.modifier and after.type is not ActorType.OTHER:
                subjects = [after]
            received = self._received(trigger, segment, subjects)
            if received is not None:
                return received
            j = head.i - 1 if not subjects else segment[0] - 1
            while j >= segment[0] and doc[j].pos_ in {"ADJ", "DET", "PROPN", "NOUN", ""} and j >= head.i - 3:
                f = self.by_token.get(j)
                if f is not None:
                    subjects = [f]
                    break
                j -= 1
        if (
            not subjects
            and trigger.nominal
            and (self._possessed(head) or self._governed(trigger) or self._genitive(head))
        ):
            # "seine Blockadehaltung": whose it is, a pronoun tells, not the clause. "kritisierte die
            # Sanktionen": the noun is what the verb's claim is about, no claim of its own. "im Rahmen
            # des Besuchs": a circumstance of the clause, not its act.
            return [], None
        if not subjects and not trigger.nominal and self._clause_initial(head, segment):
            return [], None  # an imperative or a question states no act of anyone named
        if not subjects and not trigger.nominal and head.i == segment[0] and self.waiting_subject:
            # "Liu Pengyu, Sprecher der Botschaft, warnte die USA": what follows the verb is its object.
            subjects = [self.waiting_subject]
        if not subjects:
            eligible = self._eligible(segment)
            first_word = doc[segment[0]].lower_
            relative = (
                first_word in lex.relative_pronouns and segment[0] > 0 and doc[segment[0] - 1].text == ","
            )
            # "Wir verurteilen …", "danach ebnen wir …" (after the verb when something else comes first)
            we = next(
                (
                    i
                    for i in range(segment[0], min(head.i + 2, segment[1]))
                    if doc[i].lower_ in lex.pronouns_we
                ),
                None,
            )
            pronoun = self._pronoun_subject(segment, head)
            antecedents = self._antecedents(segment) if relative else []
            if antecedents:
                subjects = antecedents
            elif we is not None and (not eligible or doc[we].idx < eligible[0].start):
                if self.speaker is None:
                    return [], None  # "Wir verurteilen …" from a speaker not named: nobody known
                subjects = [self._we(doc[we])]  # "Wir verurteilen …" in the words of a speaker
            elif (
                pronoun is not None
                and self.last_person is not None
                and (not eligible or pronoun.idx < eligible[0].start)
            ):
                subjects = [self.last_person]  # "Er forderte die US-Regierung auf"
            elif eligible:
                subjects = [eligible[0]]
                if len(eligible) > 1 and self._coordinated(eligible[0], eligible[1]):
                    subjects.append(eligible[1])
                subjects += self._comitative(segment, subjects)
            elif first_word in lex.pronouns_person and self.last_person is not None:
                subjects = [self.last_person]
            elif previous and n > 0 and not trigger.nominal and self._infinitive(segment):
                subjects = previous  # "China hat beschlossen, sich an die Seite Russlands zu stellen"
            elif (
                self.speaker is not None
                and trigger.relation in SPEECH_ACTS
                and not trigger.nominal
                and not self._is_source(self.speaker)
            ):
                subjects = [self.speaker]  # "… entbehre jeder Grundlage, sagte Peskow"
            elif previous and n > 0 and not trigger.nominal:
                subjects = previous
        obj = self._object_after(trigger, segment, subjects)
        if obj is None and subjects and not trigger.nominal:
            obj = self._author_of_act(subjects)
        if obj is None and trigger.relation in SYMMETRIC and len(subjects) < 2:
            return [], None  # a meeting or an agreement with nobody named is no relation between actors
        if obj is None and subjects:
            obj = self._cause(trigger, segments, subjects)
        if trigger.relation in SYMMETRIC and len(subjects) == 2 and obj is None:
            subjects, obj = [subjects[0]], subjects[1]
        return subjects, obj

    def _attributive(
        self, trigger: Trigger, segment: tuple[int, int]
    ) -> tuple[list[Found], Found | None] | None:
        """A participle before a noun, with its agent: "das von Deutschland unterstützte Regime" is
        Germany supporting the regime ("von" X acts on the noun the participle describes)."""
        doc = self.doc
        head = trigger.tokens[0]
        following = doc[head.i + 1] if head.i + 1 < segment[1] else None
        # The tagger often reads such participles as finite verbs; a noun right after tells them apart.
        if trigger.nominal or not (
            head.tag_ == "ADJA"
            or (
                following is not None
                and following.pos_ in {"NOUN", "PROPN"}
                and head.lower_.endswith(("te", "ten", "tes", "ter", "tem"))
            )
        ):
            return None
        agent = None
        for i in range(head.i - 1, max(segment[0], head.i - 5) - 1, -1):
            if doc[i].lower_ in self.lexicon.agent_prepositions:
                agent = self.by_token.get(i + 1) or self.by_token.get(i + 2)
                break
        if agent is None:
            return None
        noun = next(
            (t for t in doc[head.i + 1 : min(segment[1], head.i + 4)] if t.pos_ in {"NOUN", "PROPN"}), None
        )
        described = self._mention_in_tokens(noun.i, min(segment[1], noun.i + 2)) if noun is not None else None
        return [agent], described

    def _mention_in_tokens(self, start: int, end: int) -> Found | None:
        return next((self.by_token[i] for i in range(start, end) if i in self.by_token), None)

    def _governed(self, noun: Trigger) -> bool:
        return any(not t.nominal and t.relation != "announces" for t in self.clause_triggers if t is not noun)

    def _agent_noun(self, trigger: Trigger, segment: tuple[int, int]) -> tuple[list[Found], Found | None]:
        """'Russland als Hauptunterstützer von Assad', 'Assads Verbündeter Russland': the one the noun
        calls its supporter (critic, ally …) acts on the one it belongs to."""
        doc, head = self.doc, trigger.tokens[0]
        owner = None
        k = head.i + 1
        if k < segment[1] and doc[k].lower_ in {"von", "vom", "des", "der"}:
            k += 1
        while k < segment[1] and doc[k].pos_ in {"DET", "ADJ"}:
            k += 1
        owner = self.by_token.get(k) if k < segment[1] else None
        j = head.i - 1
        while j >= segment[0] and doc[j].pos_ == "ADJ":
            j -= 1
        holder = None
        if j >= segment[0] and doc[j].lower_ in {"als", "as"}:
            holder = next(
                (
                    self.by_token[i]
                    for i in range(j - 1, max(segment[0], j - 4) - 1, -1)
                    if i in self.by_token
                ),
                None,
            )
        elif owner is not None:
            holder = self.by_token.get(head.i + 1) if owner is not self.by_token.get(head.i + 1) else None
        if owner is None and j >= segment[0] and self.by_token.get(j) is not None:
            owner = self.by_token[j]  # "Assads Verbündeter Russland"
            holder = self.by_token.get(head.i + 1)
        if holder is None or owner is None or holder.actor == owner.actor:
            return [], None
        return [holder], owner

    def _merely_called_for(self, trigger: Trigger) -> bool:
        """An act named in a demand, a threat or a warning ("warnte vor einer russischen Invasion") is
        not stated to happen."""
        return trigger.nominal and any(
            not t.nominal and t.relation in {"demands", "threatens", "warns"} for t in self.clause_triggers
        )

    def _infinitive(self, segment: tuple[int, int]) -> bool:
        """A 'zu' infinitive clause: its subject is the subject of the clause it depends on."""
        return any(t.tag_ in {"PTKZU", "VVIZU"} for t in self.doc[segment[0] : segment[1]])

    def _passive(self, head: Token, segment: tuple[int, int]) -> bool:
        """A past participle with a form of "werden" in its clause. The tagger takes some participles for
        finite verbs ("wurde … verurteilt"), so a word in -t counts too."""
        auxiliary = next(
            (t for t in self.doc[segment[0] : segment[1]] if t.lower_ in self.lexicon.passive_auxiliaries),
            None,
        )
        if auxiliary is None:
            return False
        return head.tag_ == "VVPP" or (head.tag_ in {"VVFIN", "ADJD"} and head.lower_.endswith("t"))

    def _agent_in(self, segment: tuple[int, int]) -> Found | None:
        doc = self.doc
        for i in range(segment[0], segment[1] - 1):
            if doc[i].lower_ in self.lexicon.agent_prepositions:
                f = self._mention_in_tokens(i + 1, min(segment[1], i + 4))
                if f is not None and not f.modifier:
                    return f
        return None

    def _received(
        self, trigger: Trigger, segment: tuple[int, int], subjects: list[Found]
    ) -> tuple[list[Found], Found | None] | None:
        """'Rückendeckung erhielt Mixa vom Kardinal', 'X bekam Hilfe von der EU': who gives acts on who
        receives."""
        words = self.doc[segment[0] : segment[1]]
        if not any(_lemma(t) in self.lexicon.receive_verbs for t in words):
            return None
        giver = subjects[0] if subjects else self._agent_in(segment)
        if giver is None:
            return None
        receiver = next((f for f in self._eligible(segment) if f.actor != giver.actor), None)
        return [giver], receiver

    def _is_source(self, f: Found) -> bool:
        """A mention named as the source of a report ("laut X", "nach Angaben des X", "X zufolge"):
        it vouches for the sentence but performs no act in it."""
        before = self.text[max(0, f.start - 30) : f.start].lower().split()
        after = self.text[f.end : f.end + 12].lower().split()
        markers = self.lexicon.attribution_before
        joined = " ".join(before)
        return any(joined.endswith(m) or f" {m} " in f" {joined} " for m in markers) or bool(
            after and after[0] in self.lexicon.attribution_after
        )

    def _clause_initial(self, head: Token, segment: tuple[int, int]) -> bool:
        """A verb first in its clause is an imperative or a question ("Ebnet den Weg …"): its subject
        is whoever is addressed, not the speaker."""
        doc, first = self.doc, segment[0]
        while first < head.i and doc[first].text in _QUOTES:
            first += 1
        # Only at the start of a sentence or a quotation: after a comma or a dash the clause goes on.
        opens = first == doc[first].sent.start or doc[first - 1].text in _QUOTES | {":"}
        return first == head.i and opens

    def _author_of_act(self, subjects: list[Found]) -> Found | None:
        """The target of a verb whose object is an act named before: who criticises "die Sanktionen"
        criticises whoever imposed them. A state or organisation is preferred to a person."""
        taken = {f.actor for f in subjects}
        for noun in self.clause_triggers:
            if not noun.nominal:
                continue
            authors = [f for f in self.authors.get(noun.relation, []) if f.actor not in taken]
            if authors:
                bodies = [f for f in authors if f.kind not in ("person", "description")]
                return (bodies or authors)[-1]
        return None

    def _genitive(self, noun: Token) -> bool:
        j = noun.i - 1
        while j >= 0 and self.doc[j].pos_ == "ADJ":
            j -= 1
        return j >= 0 and self.doc[j].lower_ in {"des", "eines"}

    def _comitative(self, segment: tuple[int, int], subjects: list[Found]) -> list[Found]:
        """'Schweden hat gemeinsam mit Finnland … beantragt': the partner acts too."""
        doc, taken = self.doc, {f.actor for f in subjects}
        for i in range(segment[0], segment[1] - 2):
            if f"{doc[i].lower_} {doc[i + 1].lower_}" in self.lexicon.comitatives:
                f = self._mention_in_tokens(i + 2, min(segment[1], i + 5))
                if f is not None and f.actor not in taken and not f.modifier:
                    return [f]
        return []

    def _possessed(self, noun: Token) -> bool:
        j = noun.i - 1
        while j >= 0 and (self.doc[j].pos_ == "ADJ" or self.doc[j].text in _QUOTES):
            j -= 1
        return j >= 0 and self.doc[j].tag_ == "PPOSAT"

    def _pronoun_subject(self, segment: tuple[int, int], head: Token) -> Token | None:
        """'er'/'sie' as the subject of a clause: first in it ("Er lobte Xi") or right after its verb
        ("Dann forderte er …")."""
        doc, pronouns = self.doc, self.lexicon.pronouns_person
        for i in range(segment[0], min(head.i + 2, segment[1])):
            if doc[i].lower_ in pronouns and (
                i == segment[0]
                or i == head.i + 1
                or doc[i - 1].pos_ in {"ADV", "CCONJ", "SCONJ"}
                or doc[i - 1].tag_ in {"VVFIN", "VAFIN", "VMFIN"}
            ):
                return doc[i]
        return None

    def _we(self, pronoun: Token) -> Found:
        """Who "wir"/"we" in a speaker's words is: the state or organisation an official speaks for,
        else the speaker; "ich"/"I" is the speaker."""
        speaker = self.speaker
        assert speaker is not None
        if pronoun.lower_ not in self.lexicon.pronouns_plural or speaker.kind != "person":
            return speaker
        if speaker.role in {"spokespersonFor", "advisorTo"}:
            return speaker  # a spokesperson's "we" is their office: the words stay theirs
        if speaker.role_target is not None and speaker.role_target.actor is not None:
            return speaker.role_target
        state = next(
            (
                f
                for f in self.mentions
                if f.type is ActorType.STATE and f.country and f.country == speaker.country
            ),
            None,
        )
        return state or speaker

    def _cause(
        self, trigger: Trigger, segments: list[tuple[int, int]], subjects: list[Found]
    ) -> Found | None:
        """Criticism and warnings name their target in a 'concerned about' phrase anywhere in the sentence:
        'Über Chinas Schritte … zeigt sich Washington besorgt'."""
        if trigger.relation not in {"criticizes", "warns", "accuses"}:
            return None
        taken = {f.actor for f in subjects}
        for start, end in segments:
            for i in range(start, end - 1):
                if self.doc[i].lower_ in self.lexicon.cause_prepositions:
                    for k in range(i + 1, min(end, i + 4)):
                        f = self.by_token.get(k)
                        if f is not None and f.actor not in taken:
                            return f
        return None

    def _coordinated(self, a: Found, b: Found) -> bool:
        between = self.text[a.end : b.start].strip().lower()
        return between in {"und", "and", "sowie", "&"}

    def _antecedents(self, segment: tuple[int, int]) -> list[Found]:
        """The actors a relative pronoun points back to, with a coordinated pair: 'Putin und Xi, die …'."""
        before = [
            f
            for f in self.mentions
            if f.end <= self.doc[segment[0]].idx and not f.modifier and f.kind != "adjective"
        ]
        if not before:
            return []
        last = before[-1]
        if self.doc[segment[0]].idx - last.end > 3:
            return []
        out = [last]
        for f in reversed(before[:-1]):
            text = self.text[f.end : out[-1].start]
            if " und " in f" {text} " or " and " in f" {text} ":
                out.append(f)
                break
        return list(reversed(out))

    def _object_after(
        self, trigger: Trigger, segment: tuple[int, int], subjects: list[Found]
    ) -> Found | None:
        lex = self.lexicon
        taken = {f.actor for f in subjects}
        head = trigger.tokens[0]
        candidates = []
        for i in range(segment[0], segment[1]):
            f = self.by_token.get(i)
            if f is None or f.actor in taken or (f.kind == "description" and f.actor is None):
                continue
            if f.type is ActorType.OTHER:
                continue  # an event or a thing ("die Olympischen Winterspiele") is no actor
            if f.modifier and f.kind == "adjective":
                continue
            if f in candidates or self._is_source(f):
                continue  # "nach Berichten des türkischen Senders NTV": where the news is from
            candidates.append(f)
        if not candidates:
            return None
        # A place ("in den USA") is the target only when nothing else is, except of an armed act
        # ("Invasion in die Ukraine").
        if trigger.relation not in PLACE_TARGETED:
            candidates = [f for f in candidates if not self._locative(f)] or candidates
        after = [f for f in candidates if f.start >= head.idx]
        if trigger.relation in SYMMETRIC and any(t.pos_ == "NOUN" for t in trigger.tokens):
            # "Gespräche (führen) mit Polen", not "Gespräche über die Gründung eines polnischen Zentrums"
            after = [f for f in after if self._introduced_by(f, lex.partner_prepositions)]
        if trigger.relation in SYMMETRIC and any(t.pos_ == "NOUN" for t in trigger.tokens):
            return after[0] if after else None
        if trigger.nominal and after:
            # "Blockadehaltung … zum Nato-Beitritt Schwedens": the genitive, not the compound's NATO.
            return next((f for f in after if not self._inside_compound(f)), after[0])
        if lex.lang == "de":
            # Verb-final clauses put the object before the verb; main clauses after it.
            before = [f for f in candidates if f.start < head.idx and f.actor not in taken]
            if after:
                return after[0]
            return before[-1] if before else None
        return after[0] if after else None

    # -- English ----------------------------------------------------------------------------------

    def _introduced_by(self, f: Found, prepositions: frozenset[str]) -> bool:
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return False
        j = span.start - 1
        while j >= 0 and self.doc[j].pos_ in {"DET", "ADJ", "NOUN"} and span.start - j < 4:
            j -= 1
        return j >= 0 and self.doc[j].lower_ in prepositions

    def _locative(self, f: Found) -> bool:
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return False
        j = span.start - 1
        while j >= 0 and (self.doc[j].pos_ in {"DET", "ADJ"} or self.doc[j].text in _QUOTES):
            j -= 1
        return j >= 0 and self.doc[j].lower_ in self.lexicon.place_prepositions

    def _mention_in(self, token: Token) -> Found | None:
        """The actor a token's phrase names: the token itself, else the first actor inside the phrase
        (a country adjective too: 'the Russian missile attack', 'Russian diplomats'). A role noun with
        the holder in apposition names the holder: 'the prime minister of Qatar, Mohammed …'."""
        if self.lexicon.role_suffix(token.text) is not None:
            for t in token.subtree:
                f = self.by_token.get(t.i)
                if (
                    t.i > token.i
                    and f is not None
                    and f.kind == "person"
                    and any(self.doc[k].text == "," for k in range(token.i + 1, t.i))
                ):
                    return f
        # A name compounded with the head before its owner: "bin Laden's al-Qaeda network" is al-Qaeda.
        compounds = [c for c in token.children if c.dep_ == "compound" and c.i in self.by_token]
        for t in [token, *compounds, *token.subtree]:
            f = self.by_token.get(t.i)
            if f is not None and not (f.modifier and f.kind == "adjective"):
                return f
        return None

    def _arguments_en(self, trigger: Trigger, segment: tuple[int, int]) -> tuple[list[Found], Found | None]:
        head = trigger.tokens[0]
        subject_token = None
        passive = False
        verb = head
        if trigger.nominal:
            for child in head.children:
                if child.dep_ in {"poss", "compound", "amod"} and self.by_token.get(child.i):
                    subject_token = child
                elif child.dep_ == "prep" and child.lower_ == "by":  # "accusations by the UN"
                    agent = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if agent is not None and self._mention_in(agent) is not None:
                        subject_token = agent
            if (
                subject_token is None
                and head.dep_ == "pobj"
                and head.head.lower_ == "in"
                and head.head.head.pos_ in {"VERB", "AUX"}
            ):
                verb = head.head.head  # "has been in close consultation with Seoul", "acted in coordination"
            elif subject_token is None and head.dep_ in {"dobj", "attr"}:
                light = (
                    _lemma(head.head) in _LIGHT_EN
                    or any(head.head.lower_.startswith(v) for v in _LIGHT_EN if len(v) > 4)
                    or (
                        head.head.i in self.trigger_heads
                        and self.trigger_heads[head.head.i].relation == trigger.relation
                    )
                )
                if not light:
                    return [], None  # "called the accusation unacceptable": not the caller's accusation
                verb = head.head  # a light verb: "expressed support", "launched an attack"
        if (
            not trigger.nominal
            and head.pos_ == "ADJ"
            and head.dep_ == "amod"
            and head.head.dep_ == "dobj"
            and head.i > head.head.i
        ):
            verb = head.head.head  # "called the accusation 'unacceptable'": a predicate, parsed as a modifier
        for _ in range(4):
            if subject_token is not None:
                break
            for child in verb.children:
                if child.dep_ in {"nsubj", "csubj"}:
                    subject_token = child
                elif child.dep_ == "nsubjpass":
                    passive = True
                    subject_token = child
            if subject_token is None and verb.dep_ in {
                "xcomp",
                "conj",
                "advcl",
                "relcl",
                "acl",
                "ccomp",
                "oprd",
                "acomp",
            }:
                if verb.dep_ in {"relcl", "acl"}:
                    # "a diplomat who met X", "some demanding an inquiry": the noun the clause describes.
                    outside = self._mention_outside(verb.head, verb)
                    if outside is None:
                        return [], None
                    subject_token = verb.head
                    break
                verb = verb.head
            else:
                break
        subjects: list[Found] = []
        if (
            subject_token is not None
            and subject_token.lower_ in self.lexicon.relative_pronouns
            and verb.dep_ == "relcl"
        ):
            subject_token = verb.head  # "the US and the EU, which have accused China": the antecedent
        if subject_token is not None:
            if subject_token.lower_ in self.lexicon.pronouns_person and self.last_person is not None:
                subjects = [self.last_person]
            elif (
                subject_token.lower_ in {"it", "they"} | self.lexicon.pronouns_we and self.speaker is not None
            ):
                subjects = [self.speaker]  # "Russia said that it is expelling …", "'I condemn …,' X said"
            elif subject_token.lower_ == "it" and self.last_subject is not None:
                subjects = [self.last_subject]  # "It accused …": the body or state that acted last
            else:
                f = self._mention_in(subject_token)
                if verb.dep_ in {"relcl", "acl"} and subject_token is verb.head:
                    f = self._mention_outside(subject_token, verb)
                if f is not None:
                    subjects = [f]
                    for conj in subject_token.conjuncts:
                        g = self._mention_in(conj)
                        if g is not None and g.actor != f.actor:
                            subjects.append(g)
                    if len(subjects) == 1:
                        # "Hungarian and Romanian officials", "Azerbaijan and Armenia accused each other"
                        after = next((m for m in self.mentions if m.start > f.end and not m.modifier), None)
                        if after is not None and after.actor != f.actor and self._coordinated(f, after):
                            subjects.append(after)
        obj_token = None
        search = [head] + ([verb] if verb is not head else [])
        prepositions = self.lexicon.object_prepositions | {"by", "between"}
        if trigger.relation == "withdraws":
            prepositions |= {"from"}  # "withdraw from Lebanon"
        if trigger.relation in PLACE_TARGETED:
            prepositions |= self.lexicon.place_prepositions  # "demonstrated in Serbia", "strikes in Syria"
        for node in search:
            for child in node.children:
                if child.dep_ in {"dobj", "dative", "attr", "oprd"} and not trigger.nominal:
                    obj_token = child
                elif child.dep_ in {"prep", "agent", "dative"} and child.lower_ in prepositions:
                    if child.dep_ == "agent" and passive:
                        continue
                    obj_token = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj_token is not None and self._mention_in(obj_token) is not None:
                    break
                obj_token = None
            if obj_token is not None:
                break
        obj = self._mention_in(obj_token) if obj_token is not None else None
        if obj is None and trigger.relation in _ADDRESSED and not passive:
            obj = self._complement_subject(head, subjects)
        if passive:
            # "X was condemned by Y": Y acts on X; without a named agent nobody is known to act.
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            if agent is None:  # "condemned as 'reckless' by world powers", the agent parsed elsewhere
                inside = {t.i for t in subject_token.subtree} if subject_token is not None else set()
                agent = next(
                    (t for t in head.subtree if t.lower_ == "by" and t.dep_ == "prep" and t.i not in inside),
                    None,
                )
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            by = self._mention_in(pobj) if pobj is not None else None
            subjects, obj = ([by], subjects[0] if subjects else None) if by is not None else ([], None)
        if trigger.relation in SYMMETRIC and len(subjects) == 2 and obj is None:
            subjects, obj = [subjects[0]], subjects[1]
        if obj is not None and any(s.actor == obj.actor for s in subjects):
            obj = None
        return subjects, obj

    def _mention_outside(self, token: Token, clause: Token) -> Found | None:
        """The actor `token`'s phrase names outside the clause `clause` that describes it; a nationality
        alone names none ('a Russian national working with the UN')."""
        inside = {t.i for t in clause.subtree}
        for t in [token, *token.subtree]:
            f = self.by_token.get(t.i)
            if t.i not in inside and f is not None and f.kind != "adjective":
                return f
        return None

    def _complement_subject(self, head: Token, subjects: list[Found]) -> Found | None:
        """The subject of a trigger's complement clause: 'demanded that France withdraw its troops';
        else the first actor the complement names: 'threatened to cut ties with Russia', 'offered to
        negotiate with Armenia'."""
        taken = {f.actor for f in subjects}
        complements = [c for c in head.children if c.dep_ in {"ccomp", "xcomp"}]
        for child in complements:
            for grandchild in child.children:
                if grandchild.dep_ in {"nsubj", "nsubjpass"}:
                    f = self._mention_in(grandchild)
                    if f is not None and f.actor not in taken:
                        return f
        if any(c.dep_ == "dobj" for c in head.children):
            return None  # "urged all countries to condemn X": someone else is addressed
        for child in complements:
            for t in child.subtree:
                f = self.by_token.get(t.i)
                if f is not None and f.actor not in taken and not (f.modifier and f.kind == "adjective"):
                    return f
        return None

    def _read_en(self, sent: Span, speaker: Found | None) -> list[Claim]:
        """English sentences: the arguments of each trigger from the parse, triggers inside what a
        demand, refusal or threat is about dropped, promises and threats read as such."""
        self.speaker = speaker
        found: list[tuple[Trigger, tuple[int, int]]] = []
        segments = _segments(sent)
        for segment in segments:
            found += [(trigger, segment) for trigger in self.triggers(sent, segment)]
        taken = {t.i for trigger, _ in found for t in trigger.tokens}
        must: set[int] = set()
        for token in sent:
            # "X said Y must withdraw": saying what another must do is demanding it of them
            if token.i not in taken and self._speech_verb(token) and self._must_clause(token):
                segment = next((s for s in segments if s[0] <= token.i < s[1]), (token.i, token.i + 1))
                found.append((Trigger("demands", [token], False), segment))
                must.add(token.i)
        found.sort(key=lambda pair: pair[0].tokens[0].i)
        heads = self.trigger_heads = {trigger.tokens[0].i: trigger for trigger, _ in found}
        segment_of = {id(trigger): segment for trigger, segment in found}
        chains = {id(trigger): self._governors(trigger, heads) for trigger, _ in found}
        governors = {key: (chain[0] if chain else None) for key, chain in chains.items()}
        for trigger, _ in found:
            governor = chains[id(trigger)][0] if chains[id(trigger)] else None
            if (
                governor is not None
                and governor.relation == "denies"
                and trigger.relation in {"demands", "agrees"}
            ):
                governor.relation = "rejects"  # "dismissed an appeal", "denied the request"
        # Announcing an act is the act: "declared the diplomats persona non grata".
        announcing = {id(g) for g in governors.values() if g is not None and g.relation == "announces"}
        speech = [t for t in sent if self._speech_verb(t)]
        # "staged demonstrations to demand reforms by X": the demand names the protest's target
        targets: dict[int, Found] = {}
        for trigger, segment in found:
            governor = governors[id(trigger)]
            if governor is not None and governor.relation == "protests" and trigger.relation == "demands":
                target = self._arguments_en(trigger, segment)[1] or self._demanded_of(trigger)
                if target is not None:
                    targets.setdefault(id(governor), target)
        claims: list[Claim] = []
        acting: list[tuple[Trigger, Found]] = []
        for trigger, segment in found:
            if trigger.nominal and trigger.relation == "meets" and self._asks_for(trigger.tokens[0]):
                trigger.relation = "demands"  # "calls for talks", "calls by Belarus for aid"
            governor = governors[id(trigger)]
            if (
                any(g.relation in _CONTENT_ONLY for g in chains[id(trigger)])
                and not self._own_speech_act(trigger)
            ) or id(trigger) in announcing:
                continue  # "urged Bolivia to impose sanctions": neither the imposing nor the sanctions
            head = trigger.tokens[0]
            if trigger.nominal and head.dep_ == "attr" and head.head.lemma_ == "be":
                continue  # "it was an imminent threat" calls something a threat, nobody threatens
            if governor is not None and governor.relation == "protests" and trigger.relation == "demands":
                continue
            subjects, obj = self._arguments_en(trigger, segment)
            if obj is None and (head.i in must or (not trigger.nominal and _lemma(head) in _NEEDS_ACTOR_EN)):
                continue  # "Russia said it must defend itself" demands nothing of anyone
            obj = obj or targets.get(id(trigger)) or self._event_actor(trigger, subjects)
            if obj is None and governor is not None and governor.relation in {"denies", "rejects"}:
                deniers, _ = self._arguments_en(governor, segment_of[id(governor)])
                if deniers and all(d.actor != s.actor for s in subjects for d in deniers[:1]):
                    obj = deniers[0]  # "Rwanda termed accusations by the UN false": the UN accused Rwanda
            said_by = speaker
            if speech and not any(self._related(head, verb) for verb in speech):
                said_by = None  # "X called it outrageous and Y said …": Y speaks for the second clause only
            if governor is not None and governor.relation == "accuses":
                accusers, accused = self._arguments_en(governor, segment_of[id(governor)])
                of = head.head if head.dep_ == "pcomp" else None
                if not subjects and accused is not None and of is not None and of.lower_ == "of":
                    subjects = [accused]  # "accused Azerbaijan of shelling …"
                if accusers:
                    said_by = accusers[0]
            objects = [obj] if obj is not None else []
            if obj is not None:
                objects += self._conjuncts(obj, subjects, trigger)
            lowered = sent.text.lower()
            if len(subjects) == 2 and not objects and any(r in lowered for r in _RECIPROCAL):
                pairs = [(subjects[0], subjects[1]), (subjects[1], subjects[0])]
            elif (
                trigger.relation in SYMMETRIC
                and len(subjects) == 1
                and len(objects) == 1
                and self._coordinated(subjects[0], objects[0])
            ):
                # "Chile and Peru signed a treaty": each side agrees with the other
                pairs = [(subjects[0], objects[0]), (objects[0], subjects[0])]
            else:
                pairs = [(s, o) for s in subjects for o in (objects or [None])]
            acting += [(trigger, subject) for subject in subjects]
            for subject, target in pairs:
                if target is not None and target.actor == subject.actor:
                    continue
                claim = self._claim(sent, segment, trigger, subject, target, said_by)
                self._intent(claim, trigger)
                claims.append(claim)
        self._remember_events(sent, acting)
        claims = self._protest_demands(claims)
        # A relation with an object makes the same relation without one redundant.
        with_object = {(c.subject, c.relation) for c in claims if c.object is not None}
        claims = [c for c in claims if c.object is not None or (c.subject, c.relation) not in with_object]
        for _, subject in sorted(acting, key=lambda pair: pair[0].tokens[0].i):
            if subject.kind not in {"person", "description"} and any(
                c.subject == subject.actor for c in claims
            ):
                self.last_subject = subject  # the state or body the sentence is about
                break
        return claims

    def _remember_events(self, sent: Span, acting: list[tuple[Trigger, Found]]) -> None:
        """Who did what in this sentence, for 'the launch', 'the accusation' in later ones."""
        for token in sent:
            if token.pos_ == "NOUN":  # "accusations by the UN", "the UN's accusations"
                for child in token.children:
                    agent = child if child.dep_ == "poss" else None
                    if child.dep_ == "prep" and child.lower_ == "by":
                        agent = next((c for c in child.children if c.dep_ == "pobj"), None)
                    f = self._mention_in(agent) if agent is not None else None
                    if f is not None and f.kind != "adjective":
                        self.events[_lemma(token)] = f
            if token.pos_ != "VERB":
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            f = self._mention_in(subject) if subject is not None else None
            if f is not None:
                self.events[_lemma(token)] = f
        for trigger, subject in acting:
            self.events[_lemma(trigger.tokens[0])] = subject

    def _event_actor(self, trigger: Trigger, subjects: list[Found]) -> Found | None:
        """The object of criticism or support named as an earlier event: 'called the launch outrageous'
        after 'North Korea launched a missile'; 'rejected the accusation' after 'the UN's accusations'."""
        if trigger.relation not in {"criticizes", "supports", "denies", "rejects", "accuses"}:
            return None
        head = trigger.tokens[0]
        nodes = [head, head.head] if head.pos_ == "ADJ" else [head]
        taken = {f.actor for f in subjects}
        objects = [c for node in nodes for c in node.children if c.dep_ == "dobj"]
        if head.dep_ == "amod" and head.head.dep_ == "dobj":
            objects.append(head.head)  # "called the accusation 'unacceptable'", parsed as a modifier
        for child in objects:
            if child.pos_ != "NOUN" or child.i in self.by_token:
                continue
            if not any(d.lower_ in {"the", "this", "that", "these", "those"} for d in child.children):
                continue
            f = self.events.get(_lemma(child))
            if f is not None and f.actor not in taken:
                return f
        return None

    def _demanded_of(self, trigger: Trigger) -> Found | None:
        """Whom a demand addresses when the parse gives no object: 'reforms by President X'."""
        for t in trigger.tokens[0].subtree:
            f = self.by_token.get(t.i)
            if f is not None and f.kind != "adjective" and t.i > trigger.tokens[0].i:
                return f
        return None

    @staticmethod
    def _protest_demands(claims: list[Claim]) -> list[Claim]:
        """'Students staged demonstrations to demand reforms by the president', 'hunger strike calling
        for X': the demand is what the protest is about, and its addressee the protest's target."""
        protests = {c.subject: c for c in claims if c.relation == "protests"}
        out = []
        for claim in claims:
            protest = protests.get(claim.subject)
            if claim.relation == "demands" and protest is not None:
                if protest.object is None:
                    protest.object = claim.object
                continue
            out.append(claim)
        return out

    def _own_speech_act(self, trigger: Trigger) -> bool:
        """A speech act named with its author happened, whatever is said of it: 'rejected accusations by
        the UN' (the UN accused), 'dismissed Belarus's calls for aid' (Belarus asked)."""
        if not trigger.nominal or trigger.relation not in _SPEECH_ACTS:
            return False
        for child in trigger.tokens[0].children:
            if child.dep_ == "poss" and self.by_token.get(child.i) is not None:
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ == "by"
                and any(self._mention_in(c) is not None for c in child.children if c.dep_ == "pobj")
            ):
                return True
        return False

    @staticmethod
    def _must_clause(verb: Token) -> bool:
        """A complement clause with 'must' and a subject of its own: 'said Sudan must return it'."""
        return any(
            child.dep_ == "ccomp"
            and any(a.dep_ == "aux" and a.lower_ == "must" for a in child.children)
            and any(a.dep_ in {"nsubj", "nsubjpass"} for a in child.children)
            for child in verb.children
        )

    def _speech_verb(self, token: Token) -> bool:
        return token.pos_ in {"VERB", "AUX"} and _lemma(token) in self.lexicon.speech_verbs

    @staticmethod
    def _related(head: Token, verb: Token) -> bool:
        """Whether the speech verb `verb` reports the clause of `head`: the clause is part of what is
        said ("said that …"), or the verb is a parenthesis of the clause ("…, the ministry said"), not a
        clause coordinated with it ("X condemned Y, and Z said …")."""
        if head in verb.subtree:
            # "X called it outrageous, and Y said …", often parsed as if Y said the first clause too
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            before = subject.left_edge.i - 1 if subject is not None else -1
            return not (
                head.i < before and verb.doc[before].pos_ == "CCONJ" and verb.doc[before - 1].text == ","
            )
        token = verb
        for _ in range(12):
            if token.dep_ == "conj" or token.head is token:
                return False
            token = token.head
            if token == head:
                return True
        return False

    @staticmethod
    def _asks_for(noun: Token) -> bool:
        """'calls for sanctions', 'calls on Russia', 'calls by Belarus for aid', 'a call to withdraw'."""
        return any(
            (c.dep_ == "prep" and c.lower_ in {"for", "on", "upon", "by"}) or (c.dep_ in {"acl", "xcomp"})
            for c in noun.children
        ) and not any(c.lower_ in {"phone", "telephone", "video"} for c in noun.children)

    def _governors(self, trigger: Trigger, heads: dict[int, Trigger]) -> list[Trigger]:
        """The triggers whose object or complement `trigger` is part of, nearest first."""
        token = trigger.tokens[0]
        out: list[Trigger] = []
        for _ in range(12):
            if token.dep_ == "conj" and token.head.dep_ in _EMBEDDING:
                token = token.head  # "urged X to condemn Y and to pressure Z": both are what is urged
                continue
            if token.dep_ not in _EMBEDDING or token.head is token:
                break
            token = token.head
            other = heads.get(token.i)
            if other is not None and other is not trigger and other not in out:
                out.append(other)
        return out

    def _conjuncts(self, obj: Found, subjects: list[Found], trigger: Trigger) -> list[Found]:
        """Further objects coordinated with the first: 'visit Mauritania and Senegal'."""
        span = self.doc.char_span(obj.start, obj.end, alignment_mode="expand")
        if span is None:
            return []
        out: list[Found] = []
        taken = {obj.actor} | {f.actor for f in subjects}
        further = [c for c in span.root.conjuncts if c.i > span.start]  # not a name in apposition
        # A second phrase with the same preposition: "talks with X, and with Y".
        head = trigger.tokens[0]
        nodes = {head, head.head}
        prep = next((a for a in span.root.ancestors if a.dep_ == "prep" and a.head in nodes), None)
        if prep is not None:
            for node in nodes:
                for child in node.children:
                    if child.dep_ == "prep" and child.lower_ == prep.lower_ and child.i > prep.i:
                        further += [c for c in child.children if c.dep_ == "pobj"]
        for token in further:
            f = self._mention_in(token)
            if f is not None and f.actor not in taken:
                taken.add(f.actor)
                out.append(f)
        return out

    def _intent(self, claim: Claim, trigger: Trigger) -> None:
        """'will provide aid' agrees to act, 'would retaliate' threatens; not agreeing is rejecting."""
        head = trigger.tokens[0]
        verbs = [head] + ([head.head] if trigger.nominal and head.dep_ in {"dobj", "pobj"} else [])
        future = any(c.dep_ == "aux" and c.lower_ in _FUTURE_EN for v in verbs for c in v.children)
        # "is willing to withdraw", "ready to talk"; "failed to reach agreement" is no agreement
        governing = verbs[-1].head if verbs[-1].dep_ == "xcomp" else None
        if governing is not None and _lemma(governing) in _WILLING_EN:
            future = True
        if governing is not None and _lemma(governing) in _FAILING_EN and claim.relation == "agrees":
            claim.negated = True
        if future and not claim.negated:
            if claim.relation in _COOPERATIVE:
                claim.relation, claim.hypothetical = "agrees", False
            elif claim.relation in _HOSTILE:
                claim.relation, claim.hypothetical = "threatens", False
        if claim.negated and claim.relation == "agrees":
            claim.relation, claim.negated = "rejects", False  # "will not accept", "did not agree to"
            claim.hypothetical = claim.hypothetical and not future

    # -- claims -----------------------------------------------------------------------------------

    def _claim(
        self,
        sent: Span,
        segment: tuple[int, int],
        trigger: Trigger,
        subject: Found,
        obj: Found | None,
        speaker: Found | None,
    ) -> Claim:
        doc, lex = self.doc, self.lexicon
        words = doc[segment[0] : segment[1]]
        lowers = {t.lower_ for t in words}
        negated = bool(lowers & lex.negations) and trigger.relation not in {"denies", "rejects"}
        if lex.lang == "en" and sent.doc.has_annotation("DEP"):
            head = trigger.tokens[0]
            negated = any(
                c.dep_ == "neg"
                for c in [*head.children, *head.head.children]
                if c.head in (head, head.head) and c.i in range(*segment)
            )
        hypothetical = bool(lowers & lex.hypothetical) or self._merely_called_for(trigger)
        starts = [subject.start, min(t.idx for t in trigger.tokens)] + ([obj.start] if obj else [])
        last = max(trigger.tokens, key=lambda t: t.i)
        ends = [subject.end, last.idx + len(last.text)] + ([obj.end] if obj else [])
        start, end = min(starts), max(ends)
        if start < sent.start_char or end > sent.end_char:
            start, end = max(start, sent.start_char), min(end, sent.end_char)
        attributed = speaker.actor if speaker is not None and speaker.actor != subject.actor else None
        confidence = 0.75 if not trigger.nominal else 0.6
        if lex.lang == "en" and sent.doc.has_annotation("DEP"):
            confidence += 0.1
        if hypothetical:
            confidence -= 0.2
        if obj is None and trigger.relation not in {"denies", "announces", "rejects"}:
            confidence -= 0.1
        if end - start > 200:
            confidence -= 0.1
        return Claim(
            subject=subject.actor or "",
            relation=trigger.relation,
            object=obj.actor if obj else None,
            evidence=self.text[start:end],
            start=start,
            end=end,
            sentence=sent.text,
            attributed_to=attributed,
            negated=negated,
            hypothetical=hypothetical,
            confidence=round(max(0.05, min(confidence, 0.99)), 3),
            extractor=self.extractor,
        )


def affiliation_claims(doc: Doc, found: list[Found], extractor: str) -> list[Claim]:
    """spokespersonFor, leaderOf, memberOf, advisorTo from role phrases."""
    claims: list[Claim] = []
    seen: set[tuple[str, str, str]] = set()
    for f in found:
        # English: a description resolved to a person is a role phrase of theirs too: "a Foreign
        # Ministry spokesperson" who is named later.
        kinds = {"person", "description"} if doc.lang_ == "en" else {"person"}
        if f.kind not in kinds or f.role not in AFFILIATIONS or f.actor is None or f.role_target is None:
            continue
        target = f.role_target.actor
        relation = f.role
        if target is None or target == f.actor:
            continue
        if relation == "advisorTo" and f.role_target.kind != "description" and f.role_target.kind != "person":
            relation = "memberOf"  # an adviser of a body is a member of it
        if (f.actor, relation, target) in seen:
            continue
        seen.add((f.actor, relation, target))
        start, end = f.role_evidence or (f.start, f.end)
        sent = doc.char_span(f.start, f.end, alignment_mode="expand")
        claims.append(
            Claim(
                subject=f.actor,
                relation=relation,
                object=target,
                evidence=doc_text(doc)[start:end],
                start=start,
                end=end,
                sentence=sent.sent.text if sent is not None else "",
                confidence=0.8,
                extractor=extractor,
            )
        )
    return claims
