"""Where a federal case is heard: the district courts of each state and territory.

28 U.S.C. §§ 81–131 divide the states into judicial districts; the territorial courts of Guam,
the Virgin Islands and the Northern Mariana Islands are 48 U.S.C. §§ 1424, 1611 and 1821. The
papers use this table only to suggest the district (and to fill it in when a state has just
one): the reader can always type another.
"""

from __future__ import annotations

from checker.questions import STATE_NAMES

# Compass names of the districts in states that have more than one.
_SPLIT = {
    "AL": ("Northern", "Middle", "Southern"),
    "AR": ("Eastern", "Western"),
    "CA": ("Northern", "Eastern", "Central", "Southern"),
    "FL": ("Northern", "Middle", "Southern"),
    "GA": ("Northern", "Middle", "Southern"),
    "IL": ("Northern", "Central", "Southern"),
    "IN": ("Northern", "Southern"),
    "IA": ("Northern", "Southern"),
    "KY": ("Eastern", "Western"),
    "LA": ("Eastern", "Middle", "Western"),
    "MI": ("Eastern", "Western"),
    "MS": ("Northern", "Southern"),
    "MO": ("Eastern", "Western"),
    "NY": ("Northern", "Southern", "Eastern", "Western"),
    "NC": ("Eastern", "Middle", "Western"),
    "OH": ("Northern", "Southern"),
    "OK": ("Northern", "Eastern", "Western"),
    "PA": ("Eastern", "Middle", "Western"),
    "TN": ("Eastern", "Middle", "Western"),
    "TX": ("Northern", "Southern", "Eastern", "Western"),
    "VA": ("Eastern", "Western"),
    "WA": ("Eastern", "Western"),
    "WV": ("Northern", "Southern"),
    "WI": ("Eastern", "Western"),
}

# Each state's name as a district court's title has it: the screener's names, except where the
# courts' titles differ ("District of Columbia", "District of the Virgin Islands", ...).
NAMES = {
    **STATE_NAMES,
    "DC": "Columbia",
    "VI": "the Virgin Islands",
    "MP": "the Northern Mariana Islands",
}


def districts(state: str | None) -> tuple[str, ...]:
    """The district courts sitting in `state` (a two-letter code), as a caption names them
    after "United States District Court for the": ("Southern District of New York", ...).
    Empty for an unknown code."""
    name = NAMES.get(state or "")
    if name is None:
        return ()
    return tuple(f"{part} District of {name}" for part in _SPLIT.get(state, ())) or (
        f"District of {name}",
    )


# The territorial courts are not "United States District Court for the District of ...": each
# has its own name (48 U.S.C. § 1424, Guam; § 1611, the Virgin Islands; § 1821, the Northern
# Mariana Islands).
TERRITORIAL = {
    "guam": "District Court of Guam",
    "virgin islands": "District Court of the Virgin Islands",
    "northern mariana islands": "District Court for the Northern Mariana Islands",
}


def territorial_court(district: str) -> str:
    """The court's own name when `district` (as typed, cleaned) is a territory's, else ""."""
    words = " ".join(district.lower().replace(",", " ").split())
    for place, court in TERRITORIAL.items():
        if words in (place, f"the {place}", f"district of {place}", f"district of the {place}"):
            return court
    return ""


def court_name(district: str) -> str:
    """The court as a sentence names it: "United States District Court for the Southern
    District of New York", or a territorial court's own name."""
    return territorial_court(district) or f"United States District Court for the {district}"
