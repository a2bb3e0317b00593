"""Every paper the screener can make, by id: the English papers (`texts`) and the Spanish
reading copies and Spanish papers (`texts_es`, each `ID_es`, offered on the Spanish page after
its English paper). Which papers a result calls for is `texts.BY_OUTCOME` and `texts.BY_FLAG`."""

from __future__ import annotations

from .texts import PAPERS as ENGLISH
from .texts_es import SPANISH

PAPERS = {**ENGLISH, **{p.id: p for p in SPANISH}}
