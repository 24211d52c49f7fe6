"""Extractions as JSON lines: one object per article, the format `../shared/eval/score.py` reads."""

from __future__ import annotations

import json
from typing import Any

from kg.model import ArticleExtraction


def to_record(extraction: ArticleExtraction) -> dict[str, Any]:
    article = extraction.article
    return {
        "id": article.id,
        "lang": article.lang,
        "date": article.date,
        "outlet": article.outlet,
        "url": article.url,
        "entities": [
            {
                "id": actor.key,
                "name": actor.name,
                "type": actor.type.value,
                "wikidata": actor.wikidata,
                "country": actor.country if actor.country != actor.wikidata else None,
                "mentions": actor.names,
            }
            for actor in extraction.actors
        ],
        "relations": [
            {
                "subject": claim.subject,
                "predicate": claim.relation,
                "object": claim.object,
                "attributed_to": claim.attributed_to,
                "negated": claim.negated,
                "hypothetical": claim.hypothetical,
                "confidence": claim.confidence,
                "evidence": claim.evidence,
                "start": claim.start,
                "end": claim.end,
                "extractor": claim.extractor,
            }
            for claim in extraction.claims
        ],
    }


def to_line(extraction: ArticleExtraction) -> str:
    return json.dumps(to_record(extraction), ensure_ascii=False)
