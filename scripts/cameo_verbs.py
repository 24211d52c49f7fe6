#!/usr/bin/env python3
"""Derive English relation verbs from the PETRARCH2 CAMEO verb dictionary.

    python scripts/cameo_verbs.py ../shared/data/cameo/petrarch2-CAMEO.2.0.txt > data/lexicons/en_cameo.toml

Each verb of the dictionary has a CAMEO code (its own or its block's); the code's root class gives
kg's relation (02x/10x demands, 11x criticizes, 112 accuses, 12x rejects, 13x threatens, ...). Only
the verb's default code counts: PETRARCH's noun patterns are not read. Multi-word verbs become
phrasal verbs ("ask|for") when their second word is a particle. The hand lexicon (`en.toml`) wins
over these verbs; `kg.extract.lexicon` merges them for English only.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

# Longest prefix first. 01x statements are mostly neutral ("say", "comment"): only denials count.
CODES = {
    "016": "denies",
    "02": "demands",
    "03": "agrees",
    "04": "meets",
    "050": "cooperates",
    "051": "supports",
    "052": "supports",
    "053": "supports",
    "054": "supports",
    "057": "agrees",
    "06": "cooperates",
    "07": "aids",
    "087": "withdraws",
    "08": "concedes",
    "09": "investigates",
    "10": "demands",
    "112": "accuses",
    "11": "criticizes",
    "12": "rejects",
    "13": "threatens",
    "14": "protests",
    "15": "mobilizes",
    "16": "sanctions",
    "17": "coerces",
    "18": "attacks",
    "19": "attacks",
    "20": "attacks",
}
PARTICLES = {"on", "upon", "for", "with", "to", "down", "off", "out", "up", "back", "against", "over", "away"}
# Verbs whose everyday sense is no event between actors, whatever their CAMEO default.
SKIP = {
    "be",
    "have",
    "do",
    "go",
    "come",
    "get",
    "make",
    "take",
    "give",
    "put",
    "see",
    "look",
    "run",
    "keep",
    "hold",
    "bring",
    "move",
    "turn",
    "leave",
    "show",
    "try",
    "work",
    "play",
    "stand",
    "open",
    "close",
    "end",
    "start",
    "continue",
    "face",
    "add",
    "raise",
    "pass",
    "want",
    "need",
    "plan",
    "expect",
    "question",
    "wonder",
    "interview",
    "race",
    "rush",
    "speed",
    "lead",
    "return",
    "call",
    "tell",
    "say",
    "state",
    "report",
    "write",
    "note",
    "consider",
    "reach",
    "launch",
    "release",
    "free",
    "allow",
    "order",
}
# Reviewed: WordNet synonyms the dictionary adds whose common news sense is another event or none
# ("die", "reside", "learn", "argue", "decide"), and verbs whose sense depends on the object.
_NOISE = """
aim certify comply decide determine endeavor endeavour ensure gear|up groom intend mean prepare ready
resurrect resuscitate revive seek signal strive subscribe train vote
defend guard interfere intervene protect tend ward stabilise stabilize evacuate shield safeguard
abuse best blow bruise bust cane circle conflict contaminate corrupt crack damage desolate despoil die
dishonor dishonour dominate engage fire hang hurt impair infest inhabit lash mar master match overcome
overshadow overtake pit reside ring rip ruin spoil struggle surmount tarnish tear vitiate kick whip beat
hammer square|off string|up blast wrestle duel quarrel thump slap stone disarm explode
appropriate beef|up bill cage catch contain enclose enforce extract grab impel impose inflict levy
moderate nationalise nationalize overturn pluck reinforce remove revolutionise revolutionize segregate
steal tax usurp wrest snatch block exclude veto embargo expel withhold
abide absolve acquit approve arbitrate bide bow clear compromise concession detach disconnect fill
hash|out intercede intermediate legislate mediate negotiate ratify resettle resign retire satify settle
settle|on submit talk|over tease tolerate undo unloose untie verify vindicate enable empower emancipate
liberate authorise authorize
allege argue aver avow claim compensate compete contend contrast counterbalance cry despair differ
disappoint dishearten dismay dismiss express grieve humble mourn regret sadden swear wail weep whine
suspect refute rebuff spurn renounce counter contest challenge lecture grill savage crucify debase
defile degrade disgrace blaspheme curse chasten distrust contradict contravene dispute
advise apply bid campaign counsel crusade decree desire hint necessitate propose recommend suggest
advocate
ascertain check comb dig explore glance|over mine rake research scan skim study sweep unearth analyse
search
acquaint amass apprise apprize approach ask|for assemble attend brave broker cluster communicate
confront conglomerate congregate conjoin constellate contemplate converge debate depart egress elicit
embark encounter excogitate find|out flock gather huddle innovate insert interact introduce join
journey learn meditate mull muse notify ponder promulgate reason reconsider reinvite ruminate speculate
touring unite walk|out weigh cable tour
drum|up garner overfly parade
agitate agonise agonize annoy arouse badger bother discomfit disconcert disquiet disturb enkindle harry
hassle irk irritate loot pester plague provoke rag torment upset vex
breach defect defer delay fail forestall hamper hinder impede inhibit obstruct postpone prevent
procrastinate remit retard shelve stall stymie table
abort betray countermine disarray disassociate disband disorder rescind secede undermine
affirm bless celebrate cheer clap commemorate embolden enliven esteem exalt formalize galvanize glorify
honor honour inspire invigorate legitimise legitimize prefer prize reassert reassure respect revitalize
reward rouse sanctify spur toast value admire greet
endanger risk
break pull force hope arrive hear think travel pull|out drop|out resolve permit abstain disentangle
discourage slight
"""
NOISE = set(_NOISE.split())
# Material and diplomatic cooperation (05x/06x) is a long WordNet list: only these name cooperation.
COOPERATION = {
    "ally",
    "collaborate",
    "cooperate",
    "coordinate",
    "deepen",
    "extradite",
    "harmonise",
    "harmonize",
}
# CAMEO files these under another root than the gold format's relation.
OVERRIDE = {
    "slander": "accuses",
    "smear": "accuses",
    "surrender": "withdraws",
    "disengage": "withdraws",
    "draw|back": "withdraws",
    "pull|back": "withdraws",
    "recede": "withdraws",
    "sue": "accuses",
}


def relation(code: str) -> str | None:
    for length in (3, 2):
        if code[:length] in CODES:
            return CODES[code[:length]]
    return None


def read(path: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    block_code = None
    in_verbs = False
    header = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
    line_re = re.compile(r"^(\+?[A-Z][A-Z_\-']*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?")
    with open(path, encoding="utf-8", errors="replace") as file:
        for raw in file:
            line = raw.split("#", 1)[0].rstrip()
            if "VERB PATTERNS" in raw:
                in_verbs = True
                continue
            if not in_verbs or not line.strip():
                continue
            m = header.match(line)
            if m:
                block_code = m.group(2).strip()
                continue
            if line.startswith(("-", "&", "~")):
                continue
            m = line_re.match(line.strip())
            if not m:
                continue
            word = m.group(1).lstrip("+").lower().strip("_")
            code = (m.group(3) or "").strip("[]").strip() or block_code or "---"
            code = code.split(":")[0]
            rel = relation(code) if code[:1].isdigit() else None
            parts = word.split("_")
            if len(parts) == 1:
                verb = parts[0]
            elif len(parts) == 2 and parts[1] in PARTICLES and parts[0] not in SKIP:
                verb = f"{parts[0]}|{parts[1]}"
            else:
                continue
            rel = OVERRIDE.get(verb, rel)
            if rel is None or verb in SKIP or verb in NOISE:
                continue
            if rel == "cooperates" and verb not in COOPERATION:
                continue
            out[rel].add(verb)
    return out


def main() -> None:
    verbs = read(sys.argv[1])
    print("# English relation verbs derived from the PETRARCH2 CAMEO verb dictionary")
    print("# (petrarch2-CAMEO.2.0.txt, MIT licence, (c) 2015 Open Event Data Alliance) by")
    print("# scripts/cameo_verbs.py. Regenerate, do not edit; en.toml wins over these.")
    print()
    print("[verbs]")
    for rel in sorted(verbs):
        words = ", ".join(f'"{w}"' for w in sorted(verbs[rel]))
        print(f"{rel} = [{words}]")


if __name__ == "__main__":
    main()
