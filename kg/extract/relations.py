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
from kg.extract.mentions import Found
from kg.model import AFFILIATIONS, Claim

SYMMETRIC = {"meets", "cooperates", "agrees", "fights"}
_QUOTES = set('"„“”«»')
# Quotation marks are no boundaries: a quoted word ('"zuschlagen" könnte') stays in its clause.
_BOUNDARY = {",", ";", ":", "(", ")", "–", "—"}


@dataclass(slots=True)
class Trigger:
    relation: str
    tokens: list[Token]
    nominal: bool


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


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
    Vorwurf zurück', 'rejected accusations'); announcing an expulsion is the expulsion."""
    verbs = [t for t in triggers if not t.nominal]
    drop: set[int] = set()
    for verb in verbs:
        for noun in (t for t in triggers if t.nominal):
            if not 0 < noun.tokens[0].i - verb.tokens[0].i <= 6:
                continue
            if verb.relation == "rejects" and noun.relation == "accuses":
                verb.relation = "denies"
                drop.add(id(noun))
            elif verb.relation == "announces":
                drop.add(id(verb))
    return [t for t in triggers if id(t) not in drop]


class SentenceReader:
    """Reads the claims of one article, sentence by sentence."""

    def __init__(self, doc: Doc, found: list[Found], lexicon: Lexicon, extractor: str) -> None:
        self.doc, self.lexicon, self.extractor = doc, lexicon, extractor
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
            elif self._is_noun(token) and (lemma in lex.nouns or token.lower_ in lex.nouns):
                out.append(Trigger(lex.nouns.get(lemma) or lex.nouns[token.lower_], [token], True))
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
                if not any(t in trig.tokens for trig in out for t in tokens):
                    out.append(Trigger(relation, tokens, False))
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
        self.speaker = speaker
        claims: list[Claim] = []
        segments = _segments(sent)
        previous_subjects: list[Found] = []
        for n, segment in enumerate(segments):
            for trigger in self.triggers(sent, segment):
                if self.lexicon.lang == "en" and sent.doc.has_annotation("DEP"):
                    subjects, obj = self._arguments_en(trigger, segment)
                else:
                    subjects, obj = self._arguments_de(trigger, segments, n, previous_subjects)
                for subject in subjects:
                    target = obj
                    if target is not None and target.actor == subject.actor:
                        continue
                    claims.append(self._claim(sent, segment, trigger, subject, target, speaker))
            eligible = self._eligible(segment)
            if eligible:
                previous_subjects = [eligible[0]]
        return claims

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
        """'NATO' in 'NATO-Erweiterung' names the actor but is not the subject of the clause."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        return span is not None and (span.start_char < f.start or span.end_char > f.end)

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
        if trigger.nominal:
            # Genitive after the noun: "Invasion Russlands"; possessor before it: "Pekings Rückendeckung",
            # "Chinas Unterstützung", "russische Invasion".
            after = self.by_token.get(head.i + 1)
            if after is None and head.i + 2 < segment[1] and doc[head.i + 1].lower_ in {"des", "der"}:
                after = self.by_token.get(head.i + 2)
            if after is not None and not after.modifier:
                subjects = [after]
            j = head.i - 1 if not subjects else segment[0] - 1
            while j >= segment[0] and doc[j].pos_ in {"ADJ", "DET", "PROPN", "NOUN", ""} and j >= head.i - 3:
                f = self.by_token.get(j)
                if f is not None:
                    subjects = [f]
                    break
                j -= 1
        if not subjects:
            eligible = self._eligible(segment)
            first_word = doc[segment[0]].lower_
            relative = (
                first_word in lex.relative_pronouns and segment[0] > 0 and doc[segment[0] - 1].text == ","
            )
            we = next((i for i in range(segment[0], head.i) if doc[i].lower_ in lex.pronouns_we), None)
            antecedents = self._antecedents(segment) if relative else []
            if antecedents:
                subjects = antecedents
            elif (
                we is not None
                and self.speaker is not None
                and (not eligible or doc[we].idx < eligible[0].start)
            ):
                subjects = [self.speaker]  # "Wir verurteilen …" in the words of a speaker
            elif eligible:
                subjects = [eligible[0]]
                if len(eligible) > 1 and self._coordinated(eligible[0], eligible[1]):
                    subjects.append(eligible[1])
            elif first_word in lex.pronouns_person and self.last_person is not None:
                subjects = [self.last_person]
            elif previous and n > 0:
                subjects = previous
        obj = self._object_after(trigger, segment, subjects)
        if obj is None and subjects:
            obj = self._cause(trigger, segments, subjects)
        if trigger.relation in SYMMETRIC and len(subjects) == 2 and obj is None:
            subjects, obj = [subjects[0]], subjects[1]
        return subjects, obj

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
        between = self.doc.text[a.end : b.start].strip().lower()
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
            text = self.doc.text[f.end : out[-1].start]
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
            if f.modifier and f.kind == "adjective":
                continue
            if f in candidates:
                continue
            candidates.append(f)
        if not candidates:
            return None
        after = [f for f in candidates if f.start >= head.idx]
        if trigger.nominal and after:
            return after[0]
        if lex.lang == "de":
            # Verb-final clauses put the object before the verb; main clauses after it.
            before = [f for f in candidates if f.start < head.idx and f.actor not in taken]
            if after:
                return after[0]
            return before[-1] if before else None
        return after[0] if after else None

    # -- English ----------------------------------------------------------------------------------

    def _mention_in(self, token: Token) -> Found | None:
        """The actor a token's phrase names: the token itself, else the first actor inside the phrase
        (a country adjective too: 'the Russian missile attack', 'Russian diplomats')."""
        for t in [token, *token.subtree]:
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
            if subject_token is None and head.dep_ in {"dobj", "attr"}:
                verb = head.head  # a light verb: "expressed support", "launched an attack"
        for _ in range(4):
            if subject_token is not None:
                break
            for child in verb.children:
                if child.dep_ in {"nsubj", "csubj"}:
                    subject_token = child
                elif child.dep_ == "nsubjpass":
                    passive = True
                    subject_token = child
            if subject_token is None and verb.dep_ in {"xcomp", "conj", "advcl", "relcl", "acl", "ccomp"}:
                if verb.dep_ in {"relcl", "acl"}:
                    subject_token = verb.head
                    break
                verb = verb.head
            else:
                break
        subjects: list[Found] = []
        if subject_token is not None:
            if subject_token.lower_ in self.lexicon.pronouns_person and self.last_person is not None:
                subjects = [self.last_person]
            elif (
                subject_token.lower_ in {"it", "they"} | self.lexicon.pronouns_we and self.speaker is not None
            ):
                subjects = [self.speaker]  # "Russia said that it is expelling …", "'I condemn …,' X said"
            else:
                f = self._mention_in(subject_token)
                if f is not None:
                    subjects = [f]
                    for conj in subject_token.conjuncts:
                        g = self._mention_in(conj)
                        if g is not None and g.actor != f.actor:
                            subjects.append(g)
        obj_token = None
        search = [head] + ([verb] if verb is not head else [])
        for node in search:
            for child in node.children:
                if child.dep_ in {"dobj", "dative", "attr", "oprd"} and not trigger.nominal:
                    obj_token = child
                elif child.dep_ in {"prep", "agent"} and child.lower_ in self.lexicon.object_prepositions | {
                    "by",
                    "between",
                }:
                    if child.dep_ == "agent" and passive:
                        continue
                    obj_token = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj_token is not None and self._mention_in(obj_token) is not None:
                    break
                obj_token = None
            if obj_token is not None:
                break
        obj = self._mention_in(obj_token) if obj_token is not None else None
        if passive:
            # "X was condemned by Y": Y acts on X; without a named agent nobody is known to act.
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            by = self._mention_in(pobj) if pobj is not None else None
            subjects, obj = ([by], subjects[0] if subjects else None) if by is not None else ([], None)
        if trigger.relation in SYMMETRIC and len(subjects) == 2 and obj is None:
            subjects, obj = [subjects[0]], subjects[1]
        if obj is not None and any(s.actor == obj.actor for s in subjects):
            obj = None
        return subjects, obj

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
        hypothetical = bool(lowers & lex.hypothetical)
        starts = [subject.start, trigger.tokens[0].idx] + ([obj.start] if obj else [])
        ends = [subject.end, trigger.tokens[-1].idx + len(trigger.tokens[-1].text)] + (
            [obj.end] if obj else []
        )
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
            evidence=doc.text[start:end],
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
        if f.kind != "person" or f.role not in AFFILIATIONS or f.actor is None or f.role_target is None:
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
                evidence=doc.text[start:end],
                start=start,
                end=end,
                sentence=sent.sent.text if sent is not None else "",
                confidence=0.8,
                extractor=extractor,
            )
        )
    return claims
