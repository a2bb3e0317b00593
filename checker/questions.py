"""The interview as data: every question, in the order it can be asked.

Which question comes next is decided by the rules (`engine.questions_needed`): the interview
asks only what the result can depend on, each question at most once, and always ends.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from .answers import AGE_RANGE, NUMBERS, PROBATION_MONTHS_RANGE
from .codes import NOT_SURE, STATES, Q
from .i18n import DEFAULT, day_text, tr

SINGLE, MULTIPLE, DATE, NUMBER = "single", "multiple", "date", "number"
NOT_SURE_LABEL = "I'm not sure"
DONT_KNOW_LABEL = "I don't know"  # the box beside a date or a number
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    text: str
    hint: str = ""
    options: tuple[Option, ...] = ()
    allow_not_sure: bool = False
    number_range: tuple[int, int] | None = None
    # When it is asked, in words, for the "Check by hand" page.
    asked_when: str = "Always."
    # Where the answer is written down, for a reader who is not sure.
    where: str = ""
    lang: str = DEFAULT  # the language of the words above

    def localized(self, lang: str) -> Question:
        """The same question with its words in `lang`."""
        if lang == self.lang:
            return self
        if self.lang != DEFAULT:  # translate from the English words, never from a translation
            return BY_ID[self.id].localized(lang)

        def t(text: str) -> str:
            return tr(text, lang) if text else text

        options = tuple(Option(o.value, t(o.label), t(o.hint)) for o in self.options)
        return dataclasses.replace(
            self,
            text=t(self.text),
            hint=t(self.hint),
            options=options,
            asked_when=t(self.asked_when),
            where=t(self.where),
            lang=lang,
        )

    def label_of(self, value: Any, lang: str | None = None) -> str:
        """The words a person chose, for the "check your answers" list, in `lang` (default: the
        question's own language). Any value gives words: a code it does not know, or a date it
        cannot read, is shown as it is."""
        lang = lang or self.lang
        if value == NOT_SURE:
            chosen = [o.label for o in self.localized(lang).options if o.value == NOT_SURE]
            if chosen:
                return chosen[0]
            return tr(NOT_SURE_LABEL if self.kind in (SINGLE, MULTIPLE) else DONT_KNOW_LABEL, lang)
        if self.kind in (SINGLE, MULTIPLE):
            options = self.localized(lang).options
            labels = {o.value: o.label for o in options}
            values = value if isinstance(value, list) else [value]
            return "; ".join(labels.get(v, v) if isinstance(v, str) else str(v) for v in values)
        if self.kind == DATE and isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                return value
            return day_text(day, lang)
        return str(value)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "hint": self.hint,
            "options": [{"value": o.value, "label": o.label, "hint": o.hint} for o in self.options],
            "allow_not_sure": self.allow_not_sure,
            "asked_when": self.asked_when,
            "where": self.where,
            "first": self.id == QUESTIONS[0].id,
        }
        if self.number_range:
            data["min"], data["max"] = self.number_range
        return data


def _yes_no(not_sure: str = NOT_SURE_LABEL) -> tuple[Option, ...]:
    return (Option("yes", "Yes"), Option("no", "No"), Option(NOT_SURE, not_sure))


STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands",
    "MP": "Northern Mariana Islands",
}  # fmt: skip
assert set(STATE_NAMES) == set(STATES)

QUESTIONS: tuple[Question, ...] = (
    Question(
        Q.COURT,
        SINGLE,
        "Which court is your case in?",
        "Look at the top of your court papers. A federal court is called a “United States "
        "District Court”.",
        (
            Option(
                "federal", "A federal court", "A U.S. District Court or a U.S. magistrate judge."
            ),
            Option("state", "A state or local court"),
            Option("dc_superior", "D.C. Superior Court"),
            Option("military", "A military court-martial"),
            Option(
                "federal_juvenile", "A federal juvenile case", "You were treated as a juvenile."
            ),
            Option(NOT_SURE, NOT_SURE_LABEL),
        ),
        where="The name of the court is at the top of every court paper.",
    ),
    Question(
        Q.OFFENSE,
        SINGLE,
        "What is the charge?",
        "Use the charge you face now, or the one you pleaded guilty to. Your charging papers "
        "name the law, such as “21 U.S.C. § 844”.",
        (
            Option(
                "simple_possession",
                "Drug possession (21 U.S.C. § 844)",
                "Having drugs, any kind, with no plan to sell.",
            ),
            Option(
                "marijuana_sharing",
                "Sharing a small amount of marijuana for free",
                "21 U.S.C. § 841(b)(4).",
            ),
            Option(
                "federal_land_possession",
                "Drug possession in a national park or on other federal land",
                "A federal rule, such as 36 C.F.R. § 2.35(b)(2).",
            ),
            Option("attempted_possession", "Attempted possession"),
            Option("conspiracy_to_possess", "Conspiracy to possess (21 U.S.C. § 846)"),
            Option(
                "intent_to_distribute",
                "Possession with intent to sell, selling, or making drugs",
                "21 U.S.C. § 841(a).",
            ),
            Option(
                "prescription_fraud",
                "Getting drugs with a fake or forged prescription",
                "21 U.S.C. § 843(a)(3).",
            ),
            Option(
                "assimilated_state_offense",
                "A state law charge in federal court",
                "18 U.S.C. § 13, the Assimilative Crimes Act.",
            ),
            Option(
                "civil_penalty",
                "A fine from the Justice Department, with no criminal case",
                "A civil penalty under 21 U.S.C. § 844a.",
            ),
            Option("other", "Something else"),
            Option(NOT_SURE, NOT_SURE_LABEL),
        ),
        asked_when="When the case is in a federal court.",
        where="The charge is written on the complaint or indictment and on the docket sheet (the "
        "court's list of everything filed in the case). The clerk's office can print the "
        "docket sheet.",
    ),
    Question(
        Q.OFFENSE_DATE,
        DATE,
        "On what date did the offense happen?",
        "The day the offense happened. For drug possession this is usually the day of the "
        "search or arrest, but if you were arrested later, use the earlier date. Not the date "
        "of the plea. For example, 15 3 2024.",
        allow_not_sure=True,
        asked_when="When the case is a federal criminal case.",
        where="The complaint or the police report gives the date.",
    ),
    Question(
        Q.SUBSTANCE,
        SINGLE,
        "Was the drug marijuana?",
        "Marijuana is also called cannabis or weed. Answer “Only marijuana” if no other drug "
        "was part of the charge.",
        (
            Option("marijuana_only", "Only marijuana"),
            Option("other", "Another drug, or more than one drug"),
            Option(NOT_SURE, NOT_SURE_LABEL),
        ),
        asked_when="When the charge is possession, attempted possession or possession on "
        "federal land (the marijuana pardons cover those).",
        where="The complaint or the lab report names the drug.",
    ),
    Question(
        Q.CITIZENSHIP,
        SINGLE,
        "Are you a U.S. citizen today?",
        "Answer for today. If the time of the offense matters, we ask about it later. We ask "
        "because a guilty plea can affect immigration status, and because the marijuana pardons "
        "cover only some people. Your answer stays on this device.",
        (
            Option("us_citizen", "Yes, I am a U.S. citizen"),
            Option("permanent_resident", "I am a lawful permanent resident (green card)"),
            Option(
                "other_lawfully_present",
                "I am here lawfully in another way",
                "For example, a visa.",
            ),
            Option("not_lawfully_present", "I am not here lawfully today"),
            Option("prefer_not_to_say", "I prefer not to say"),
        ),
        asked_when="In every case.",
    ),
    Question(
        Q.STATUS_ON_PARDON_DATE,
        SINGLE,
        "On December 22, 2023, were you already a U.S. citizen or a permanent resident?",
        "The marijuana pardons cover only people who were citizens or permanent residents on the "
        "date of the pardon. If the charge was drug possession under 21 U.S.C. § 844 and the "
        "offense was on or before October 6, 2022, that date counts too.",
        _yes_no(),
        asked_when="When the marijuana pardons fit your case and you are a citizen or a "
        "permanent resident.",
        where="Your green card shows the date you became a resident (“Resident since”). A "
        "naturalization certificate shows the date you became a citizen.",
    ),
    Question(
        Q.LAWFUL_PRESENCE_AT_OFFENSE,
        SINGLE,
        "At the time of the offense, were you a U.S. citizen, or in the United States lawfully "
        "(for example with a visa or a green card)?",
        "The marijuana pardons leave out anyone who was not here lawfully at the time of the "
        "offense, even if they are now. Your answer stays on this device.",
        _yes_no(),
        asked_when="When everything else about the marijuana pardons fits your case.",
        where="An immigration lawyer can check your immigration papers with you.",
    ),
    Question(
        Q.STAGE,
        SINGLE,
        "Where does your case stand now?",
        "Pick the one that fits best. “Found guilty” means you pleaded guilty or a judge or jury "
        "found you guilty. If the judge put you on § 3607 probation, or closed your case with no "
        "conviction, do not pick “judgment of conviction”.",
        (
            Option("not_charged", "I have not been charged"),
            Option("charged", "I am charged, and the case is not over"),
            Option("found_guilty", "I was found guilty, and I have not been sentenced yet"),
            Option("on_3607_probation", "I am on § 3607 probation now"),
            Option("3607_probation_ended", "My § 3607 probation has ended"),
            Option("convicted", "The judge entered a judgment of conviction (I was sentenced)"),
            Option(NOT_SURE, NOT_SURE_LABEL),
        ),
        asked_when="In every federal criminal case.",
        where="The docket sheet lists every step of the case. The clerk's office can print it.",
    ),
    Question(
        Q.COURT_STATE,
        SINGLE,
        "In which state or territory is the federal court?",
        "Courts in some parts of the country follow different rules.",
        tuple(Option(code, name) for code, name in STATE_NAMES.items())
        + (Option(NOT_SURE, NOT_SURE_LABEL),),
        asked_when="When a judgment of conviction was entered, or the charge is possession on "
        "federal land.",
        where="The court's name says where it is, such as “District of Colorado”.",
    ),
    Question(
        Q.PRIOR_DRUG_RECORD,
        MULTIPLE,
        "Before this case, did you have any of these drug records?",
        "Any U.S. state or federal drug case counts here, even an old one. A case in Mexico or "
        "another country, even in a Mexican state's court, is “A drug conviction in another "
        "country”. Choose all that apply.",
        (
            Option("none", "None"),
            Option("conviction", "A drug conviction"),
            Option(
                "diversion_no_plea",
                "A diversion program, with no guilty plea",
                "The charge was dropped after a program.",
            ),
            Option("deferred_after_plea", "A guilty plea, then a deferred or withheld judgment"),
            Option(
                "conviction_set_aside",
                "A drug conviction that was later expunged, set aside or pardoned",
            ),
            Option("juvenile_adjudication", "A juvenile drug case"),
            Option("foreign_conviction", "A drug conviction in another country"),
            Option("tribal_conviction", "A drug conviction in a tribal court"),
            Option(
                "territorial_conviction",
                "A drug conviction in a U.S. territory",
                "Such as Puerto Rico or Guam.",
            ),
            Option(NOT_SURE, NOT_SURE_LABEL),
        ),
        asked_when="When the case is charged or you were found guilty and not yet sentenced.",
        where="Your lawyer can check your record. You can also ask the FBI for your “Identity "
        "History Summary”.",
    ),
    Question(
        Q.PRIOR_RECORD_BEFORE_OFFENSE,
        SINGLE,
        "Was any of those records entered before the date of this offense?",
        "What counts is the date of the offense in this case, not the date of your plea. A "
        "conviction that came later does not stop § 3607.",
        _yes_no(),
        asked_when="When you have a drug conviction or a record whose effect is unsettled.",
        where="The judgment in the old case gives its date. Compare it with the date of this "
        "offense.",
    ),
    Question(
        Q.PRIOR_3607,
        SINGLE,
        "Have you ever had § 3607 before?",
        "§ 3607 is also called the Federal First Offender Act. It is federal probation that ends "
        "in a dismissal. A state program does not count here.",
        _yes_no(),
        asked_when="When the case is charged or you were found guilty and not yet sentenced.",
        where="Your lawyer can ask. The Justice Department keeps a private list of past § 3607 "
        "cases for the courts.",
    ),
    Question(
        Q.HAD_PRESCRIPTION,
        SINGLE,
        "Did you have a valid prescription for the drug?",
        "A valid prescription is one a doctor gave you for your own use. A state "
        "medical-marijuana card is not the same as a prescription. If you have one, answer "
        "“I'm not sure” and ask a lawyer.",
        _yes_no(),
        asked_when="When the case is charged or you were found guilty and not yet sentenced.",
        where="The label on the bottle, or your pharmacy's records.",
    ),
    Question(
        Q.CONSENT,
        SINGLE,
        "Would you agree to up to one year of probation under § 3607?",
        "The judge can use § 3607 only if you agree. If you finish probation with no violation, "
        "the case is dismissed.",
        (
            Option("yes", "Yes"),
            Option("no", "No"),
            Option(NOT_SURE, "I have not decided"),
        ),
        asked_when="When the case is charged or you were found guilty and not yet sentenced.",
    ),
    Question(
        Q.BIRTH_DATE,
        DATE,
        "What is your date of birth?",
        "We use it only to work out your age on the date of the offense. For example, 27 6 2004.",
        allow_not_sure=True,
        asked_when="When your age on the date of the offense matters and the offense date is "
        "known.",
        where="Your birth certificate, ID card or passport.",
    ),
    Question(
        Q.AGE_AT_OFFENSE,
        NUMBER,
        "How old were you on the date of the offense?",
        "Your age then, not now. If you are not sure, choose “I don't know”.",
        allow_not_sure=True,
        number_range=NUMBERS[Q.AGE_AT_OFFENSE],
        asked_when="When your age matters and the two dates do not give it.",
        where="Work it out from your date of birth and the date of the offense.",
    ),
    Question(
        Q.PROBATION_MONTHS,
        NUMBER,
        "How many months of § 3607 probation did the judge order?",
        "Your order says the length. The law allows up to 12 months.",
        allow_not_sure=True,
        number_range=PROBATION_MONTHS_RANGE,
        asked_when="When you are on § 3607 probation or it has ended.",
        where="The order that put you on § 3607 probation says how long it lasts.",
    ),
    Question(
        Q.VIOLATION,
        SINGLE,
        "Has the court or probation office said you broke a probation rule?",
        "Think of any warning, report or hearing about a violation. If you did break a rule, "
        "even if no one found out, talk to your lawyer before you file anything. Tell your "
        "lawyer about any drug use at once.",
        (
            Option("none", "No"),
            Option(
                "yes_other",
                "Yes, another kind of violation",
                "For example, a missed meeting.",
            ),
            Option(
                "yes_drugs_guns_or_testing",
                "Yes: drugs, a gun, refusing a drug test, or more than 3 positive tests in a year",
                "Even one positive drug test can count as having drugs.",
            ),
            Option(NOT_SURE, NOT_SURE_LABEL),
        ),
        asked_when="When you are on § 3607 probation or it has ended.",
        where="Ask your lawyer or your probation officer. A violation report is listed on the "
        "docket sheet.",
    ),
    Question(
        Q.DISMISSAL_ORDER,
        SINGLE,
        "Did the court enter an order dismissing your case?",
        "It is often called an “Order of Discharge and Dismissal”. The docket sheet lists it.",
        _yes_no(),
        asked_when="When your § 3607 probation has ended with no violation.",
        where="The docket sheet lists the order. The clerk's office can give you a copy.",
    ),
    Question(
        Q.EXPUNGEMENT_ORDER,
        SINGLE,
        "Did the court also enter an expungement order?",
        "This is a separate order under § 3607(c). You have to apply for it.",
        _yes_no(),
        asked_when="When your case was dismissed and you were under 21 on the date of the offense.",
        where="The docket sheet lists it if the court entered one. Ask the clerk's office.",
    ),
)

BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}
assert set(BY_ID) == set(Q), "every answer key has exactly one question"
assert AGE_RANGE == NUMBERS[Q.AGE_AT_OFFENSE]


@functools.cache
def questions(lang: str = DEFAULT) -> tuple[Question, ...]:
    """Every question, its words in `lang`."""
    return tuple(q.localized(lang) for q in QUESTIONS)


@functools.cache
def by_id(lang: str = DEFAULT) -> dict[str, Question]:
    return {q.id: q for q in questions(lang)}


def catalog(lang: str = DEFAULT) -> list[dict[str, Any]]:
    """Every question as JSON-ready data, in interview order (for the site build and the UI)."""
    return [q.as_dict() for q in questions(lang)]


def next_question(answers: Any, today: Any = None, lang: str = DEFAULT) -> Question | None:
    """The next question to ask, its words in `lang`, or None when the answers give a result.

    An answer that cannot be used is asked again. Otherwise the first question the decision
    still needs. Each question is asked at most once: only unanswered or bad answers come back.
    """
    from .engine import questions_needed

    needed = questions_needed(answers, today)
    for question_id in needed:
        if question_id in BY_ID:
            return by_id(lang)[question_id]
    return None
