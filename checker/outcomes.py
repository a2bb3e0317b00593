"""The words: what each outcome, reason and flag says to the person, in plain words, defined
once; and `words(decision, lang)`, the one place that puts them on a decision.

The decision (`engine.decide`) returns codes and values in no language; this layer turns it
into a `Result` in the reader's language, for the screener (`web`), the command line, the papers
and the generated pages. `evaluate(answers, today, lang)` is the two together. The site's "What
each result means" page and the screener both show these texts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from . import engine
from .answers import DATES, NUMBERS, AnswerError
from .codes import Flag, Outcome, Status
from .i18n import DEFAULT, MissingTranslation, check_lang, day_text, tr
from .result import (
    Alternative,
    Branch,
    Decision,
    Dependency,
    ErrorMessage,
    Finding,
    Reason,
    Result,
    Unknown,
)

# Matter of Garcia, 28 I&N Dec. 693 (BIA 2023): the immigration court's circuit decides; only
# the parties can move venue (Matter of M-N-I-, 28 I&N Dec. 803 (BIA 2024)).
NINTH_CIRCUIT_VENUE = (
    "What counts is where an immigration judge would hear your case, not where your criminal "
    "case is. The government chooses where, and people held by immigration are often moved to "
    "Texas or Louisiana, which are not in the Ninth Circuit. So do not count on the Ninth "
    "Circuit rule because your criminal case is there."
)
# Padilla v. Kentucky, 559 U.S. 356 (2010); Fed. R. Crim. P. 11(b)(1)(O).
BEFORE_A_PLEA = (
    "Before any plea, your defense lawyer must tell you how it could affect your immigration "
    "status (Padilla v. Kentucky, 2010). The judge warns everyone that a non-citizen may be "
    "deported, but that warning is not advice about your case. Ask whether a plea to a "
    "different charge, not a drug charge, would be safer."
)

# Whom to ask, named the same way everywhere.
DEFENDER = (
    "Who can help: your lawyer, or a Federal Defender or CJA panel lawyer (free if you "
    "cannot afford one). Ask the clerk of the court how to reach them."
)
PARDON_ATTORNEY = (
    "The U.S. Department of Justice Office of the Pardon Attorney: justice.gov/pardon, "
    "USPardon.Attorney@usdoj.gov, 950 Pennsylvania Avenue NW, Washington, DC 20530."
)
IMMIGRATION_LAWYER = "An immigration lawyer or accredited representative, before you plead guilty."
# A pending case the marijuana pardons seem to cover: where § 3607 would leave the reader if the
# pardon turns out not to apply (engine._without_pardon); {title} is that result's title.
WITHOUT_PARDON = (
    "If the pardons turn out not to cover you, this is where § 3607 would leave you: “{title}”. "
    "The reasons below say why."
)
WITHOUT_PARDON_UNKNOWN = (
    "If the pardons turn out not to cover you, § 3607 may still help. Answer the questions "
    "about § 3607 to see where it would leave you."
)
# Anyone not born a citizen, before applying for a pardon certificate (Federal Defenders of
# New York: an application can surface an old immigration problem).
BEFORE_YOU_APPLY = (
    "If you were not born a U.S. citizen, talk to an immigration lawyer before you apply. The "
    "form asks whether you were here lawfully at the time of the offense, and your answer can "
    "matter for your green card or your citizenship."
)


@dataclass(frozen=True)
class OutcomeText:
    title: str
    summary: str
    next_steps: tuple[str, ...]


@dataclass(frozen=True)
class FlagText:
    title: str
    text: str
    level: str  # "danger", "warning" or "info": how loud the screener shows it


OUTCOMES: dict[Outcome, OutcomeText] = {
    Outcome.INVALID_ANSWERS: OutcomeText(
        "Some answers need another look",
        "One or more answers could not be used. Each problem is listed with the question it "
        "belongs to.",
        ("Fix the answers listed, then continue.",),
    ),
    Outcome.NEED_MORE_ANSWERS: OutcomeText(
        "A few more questions",
        "The result depends on questions you have not answered yet.",
        ("Answer the questions listed. You can choose “I'm not sure” where it is offered.",),
    ),
    Outcome.STATE_CASE: OutcomeText(
        "§ 3607 is only for federal cases",
        "Your case is in a state court. § 3607 is a federal law for federal courts, so it "
        "cannot clear a state case. Many states have their own first-offender or record-clearing "
        "laws.",
        (
            "Look up your state's record-clearing laws. The Collateral Consequences Resource "
            "Center has a profile for every state.",
            "Ask a lawyer or legal aid office in your state.",
        ),
    ),
    Outcome.DC_SUPERIOR_COURT: OutcomeText(
        "D.C. Superior Court has its own law",
        "Cases in D.C. Superior Court are under the D.C. Code, not § 3607. The D.C. Code has a "
        "similar program for drug possession (D.C. Code § 48-904.01(e)).",
        (
            "Ask your lawyer or the Public Defender Service about D.C. Code § 48-904.01(e).",
            "If it was marijuana possession, the 2022 and 2023 pardons also covered D.C. Code "
            "possession, for people who were citizens or permanent residents on the pardon's "
            "date. See the page on pardons.",
        ),
    ),
    Outcome.MILITARY_CASE: OutcomeText(
        "§ 3607 does not apply to courts-martial",
        "We found no law or case that lets a court-martial use § 3607. The marijuana pardons "
        "of 2022 and 2023 also did not cover military drug offenses.",
        ("Ask a military defense lawyer (for example, your service's defense counsel office).",),
    ),
    Outcome.FEDERAL_JUVENILE_RECORD: OutcomeText(
        "Federal juvenile cases follow different rules",
        "A federal juvenile delinquency case is not a § 3607 case. Its records are kept "
        "confidential under 18 U.S.C. § 5038, but no federal law orders them erased.",
        (
            "Ask the lawyer who handled the juvenile case, or a Federal Defender, what the "
            "records show and who can see them.",
        ),
    ),
    Outcome.TALK_TO_LAWYER: OutcomeText(
        "Talk to a lawyer before you decide",
        "Your answers touch a point the law has not settled, or one we cannot check from here. "
        "The reasons below say which. A lawyer can look at your papers and tell you where you "
        "stand.",
        (
            DEFENDER,
            "Bring your papers: the charge, the docket sheet, and any order or judgment.",
        ),
    ),
    Outcome.CIVIL_PENALTY_844A: OutcomeText(
        "A civil penalty is not a § 3607 case",
        "A civil penalty under 21 U.S.C. § 844a is not a criminal case, so § 3607 does not "
        "apply. That law has its own way out: after 3 years, the Attorney General must dismiss "
        "the proceedings if you apply and meet its conditions (§ 844a(j)).",
        (
            "Check the conditions in 21 U.S.C. § 844a(j): no earlier civil penalty, the penalty "
            "paid, conditions met, no drug conviction, and a clean drug test.",
            "After 3 years you can also ask the Justice Department to expunge its own records of "
            "the penalty (28 C.F.R. § 76.41). We read that rule only in an older copy: check the "
            "current one.",
            DEFENDER,
        ),
    ),
    Outcome.MARIJUANA_PARDON_CERTIFICATE: OutcomeText(
        "Your conviction looks covered by the marijuana pardons",
        "The 2022 and 2023 presidential proclamations pardoned federal simple possession of "
        "marijuana, for offenses on or before December 22, 2023. They cover people who were "
        "U.S. citizens or lawful permanent residents on the date of the pardon (October 6, "
        "2022, or December 22, 2023), not people who got that status later. They leave out "
        "anyone who was not in the United States lawfully at the time of the offense. The "
        "pardon is automatic. A certificate from the Department of Justice proves it. A pardon "
        "is forgiveness: it does not erase the conviction.",
        (
            BEFORE_YOU_APPLY,
            "Apply for a certificate of pardon. " + PARDON_ATTORNEY,
            "Bring your charging papers or judgment if you have them.",
            "We could not check whether applications are still open in 2026: look at "
            "justice.gov/pardon.",
        ),
    ),
    Outcome.MARIJUANA_PARDON_PENDING_CASE: OutcomeText(
        "The marijuana pardons may already cover this",
        "The 2022 and 2023 presidential proclamations pardoned federal simple possession of "
        "marijuana, for offenses on or before December 22, 2023, whether or not anyone was "
        "charged. They cover people who were U.S. citizens or lawful permanent residents on the "
        "date of the pardon (October 6, 2022, or December 22, 2023), and who were in the United "
        "States lawfully at the time of the offense. That may matter a lot for your case. The "
        "reasons below also show where § 3607 would leave you if the pardons do not apply.",
        (
            "Show your lawyer the pardon proclamations before you plead guilty. " + DEFENDER,
            "You can also ask the Office of the Pardon Attorney about a certificate. "
            + PARDON_ATTORNEY,
            BEFORE_YOU_APPLY,
        ),
    ),
    Outcome.CONVICTION_ENTERED: OutcomeText(
        "A judgment of conviction is already entered",
        "§ 3607 works before a judgment of conviction. Once the judgment is entered, it is "
        "final, and we found no case letting a court turn it into a § 3607 dismissal. Other "
        "paths may still help.",
        (
            "If the judgment is very recent, talk to your lawyer today. A notice of appeal is "
            "due 14 days after the judgment (Fed. R. App. P. 4(b)(1)(A)), and a clear error can "
            "be fixed within 14 days (Fed. R. Crim. P. 35(a)). If a magistrate judge entered the "
            "judgment, the appeal goes to a district judge of the same court, still within 14 "
            "days (18 U.S.C. § 3402; Fed. R. Crim. P. 58(g)(2)(B)).",
            "Read about presidential pardons. " + PARDON_ATTORNEY,
            DEFENDER,
        ),
    ),
    Outcome.NOT_ELIGIBLE_OFFENSE: OutcomeText(
        "This charge is not one § 3607 covers",
        "§ 3607 covers simple possession under 21 U.S.C. § 844, and giving away a small amount "
        "of marijuana for free. It does not cover possession with intent to distribute, selling, "
        "making drugs, or getting drugs by fraud.",
        (
            "Ask your lawyer whether the case could end with a plea to simple possession. Only "
            "then could § 3607 apply.",
            DEFENDER,
        ),
    ),
    Outcome.NOT_ELIGIBLE_PRIOR_CONVICTION: OutcomeText(
        "An earlier drug conviction stops § 3607",
        "§ 3607 is not open to someone convicted of a federal or state drug crime before the date "
        "of this offense.",
        (
            "Check the dates with your lawyer: a conviction entered after this offense does not "
            "count.",
            "Ask about other options, like a plea deal or a pardon later.",
            DEFENDER,
        ),
    ),
    Outcome.NOT_ELIGIBLE_PRIOR_3607: OutcomeText(
        "§ 3607 can be used only once",
        "You said you had § 3607 before. The law allows it only once, and the Department of "
        "Justice keeps a private record so courts can check.",
        ("Ask your lawyer about other options for this case.", DEFENDER),
    ),
    Outcome.NO_CONSENT: OutcomeText(
        "§ 3607 needs your agreement",
        "The judge can use § 3607 only if you agree. If you do not agree, the case goes on in the "
        "usual way, and a conviction may be entered.",
        (
            "Talk it through with your lawyer before you decide: § 3607 avoids a conviction.",
            DEFENDER,
        ),
    ),
    Outcome.ELIGIBLE_ASK_FOR_3607: OutcomeText(
        "You may be able to get § 3607",
        "Your answers fit what § 3607 asks for. The judge decides whether to use it: the law "
        "says the judge “may”. If you get it and finish probation with no violation, the judge "
        "must dismiss the case. You would not have a conviction, though immigration law may "
        "still count the plea.",
        (
            "Ask your lawyer to request § 3607 in writing, before the plea and before sentencing.",
            "Follow every probation rule: no drugs, no guns, and take every drug test.",
            DEFENDER,
        ),
    ),
    Outcome.ELIGIBLE_ASK_FOR_3607_THEN_EXPUNGE: OutcomeText(
        "You may be able to get § 3607, and then an expungement",
        "Your answers fit what § 3607 asks for, and you were under 21 on the date of the offense. "
        "The judge decides whether to use § 3607. If you get it, the case is dismissed after a "
        "clean probation. Then you can apply for an expungement order, and the court must grant "
        "it.",
        (
            "Ask your lawyer to request § 3607 in writing, before the plea and before sentencing.",
            "After the dismissal, apply to the same court for an expungement order under "
            "§ 3607(c).",
            DEFENDER,
        ),
    ),
    Outcome.PROBATION_VIOLATION_MANDATORY_REVOCATION: OutcomeText(
        "This kind of violation is very serious",
        "For drug possession, gun possession, refusing a drug test, or more than 3 positive "
        "tests in a year, the law says the court must revoke probation and impose a prison "
        "term (18 U.S.C. § 3565(b)). Even one positive drug test can be treated as having "
        "drugs. A conviction can then be entered. For failed drug tests "
        "there is one exception: the judge must consider whether treatment is a reason not to "
        "revoke (18 U.S.C. § 3563(e)).",
        (
            "Talk to your lawyer now, before any hearing. If you used drugs, tell your lawyer at "
            "once and ask about a treatment program.",
            DEFENDER,
        ),
    ),
    Outcome.PROBATION_VIOLATION: OutcomeText(
        "A violation puts the dismissal at risk",
        "After a violation the judge can keep you on probation, change the rules, or revoke it "
        "and enter a conviction (18 U.S.C. § 3565(a)). The dismissal is no longer automatic.",
        ("Talk to your lawyer now, before any hearing.", DEFENDER),
    ),
    Outcome.ON_PROBATION_DISMISSAL_DUE: OutcomeText(
        "Keep going: the dismissal is owed at the end",
        "If you finish the probation term with no violation, the judge must dismiss the case. "
        "The judge may also dismiss it early. You would not have a conviction, though "
        "immigration law may still count the plea.",
        (
            "Follow every probation rule: no drugs, no guns, and take every drug test.",
            "At the end, check the docket for an order of discharge and dismissal.",
            DEFENDER,
        ),
    ),
    Outcome.ASK_COURT_TO_ENTER_DISMISSAL: OutcomeText(
        "Ask the court to enter the dismissal",
        "Your probation ended with no violation, so the law says the judge must dismiss the "
        "case. If the docket does not show the order, a short request to the court can fix "
        "that.",
        (
            "Get the docket sheet from the clerk of the court or PACER.",
            "Ask your lawyer to file a short motion asking the court to enter the order of "
            "discharge and dismissal.",
            DEFENDER,
        ),
    ),
    Outcome.DISMISSED: OutcomeText(
        "Your case was dismissed under § 3607",
        "The law says a § 3607 dismissal is not a conviction for any purpose, except, possibly, "
        "for immigration: immigration law may still count the plea (see the immigration part "
        "of “What a dismissal does”). You can truthfully say you were not convicted. The court "
        "file is not sealed by the law. If you are asked about arrests, charges, probation or drug "
        "use, tell the truth: those things happened.",
        (
            "Ask the clerk for a certified copy of the order of discharge and dismissal, and keep "
            "it. Then ask the FBI for your Identity History Summary, and challenge any entry that "
            "does not show the dismissal (28 C.F.R. §§ 16.30–16.34).",
            "Read what a dismissal does and does not do, especially about immigration and "
            "job forms.",
        ),
    ),
    Outcome.EXPUNGED: OutcomeText(
        "Your record was expunged under § 3607(c)",
        "The order removes the arrest, the case and its results from official records, except a "
        "private Department of Justice record. By law you are treated as if the arrest had not "
        "happened. You cannot be found guilty of perjury or a false statement for leaving out "
        "the arrest, the case or its result. That does not cover questions about drug use: "
        "answer those truthfully. Immigration law may still count the plea.",
        (
            "Keep a copy of the expungement order.",
            "Later, ask the FBI for your Identity History Summary and check private background "
            "reports. Challenge any FBI entry that still shows the case (28 C.F.R. "
            "§§ 16.30–16.34), and dispute other errors.",
        ),
    ),
    Outcome.APPLY_FOR_EXPUNGEMENT: OutcomeText(
        "You can apply for an expungement order",
        "You were under 21 on the date of the offense and your case was dismissed under § 3607. "
        "If you apply, the court must enter an expungement order. There is no deadline in the "
        "law.",
        (
            "Before you apply, ask the clerk for certified copies of the charge, the order that "
            "put you on § 3607 probation, the dismissal order and the docket sheet. Keep them "
            "safe. After the expungement these records may be gone, and immigration or another "
            "agency may still ask you to prove how the case ended.",
            "Apply to the court that handled your case. Include proof of your date of birth and "
            "the offense date.",
            "Ask that the order go to the FBI, the Justice Department, the arresting agency, "
            "probation and the clerk.",
            DEFENDER,
        ),
    ),
}


FLAGS: dict[Flag, FlagText] = {
    Flag.IMMIGRATION_ADVICE: FlagText(
        "If you are not a U.S. citizen: get immigration advice first",
        "Immigration law has its own meaning of “conviction”: a guilty plea plus some "
        "punishment, like probation (8 U.S.C. § 1101(a)(48)(A)). A § 3607 plea may count, and "
        "the risk starts at the plea. Only the Ninth Circuit has held it is not a conviction, "
        "and it left open a person still on probation. Elsewhere, assume the plea may count. "
        + NINTH_CIRCUIT_VENUE
        + " Admitting a drug crime, or drug abuse or addiction, can cause harm even with no "
        "conviction. A drug conviction can bar a green card. The only waiver is for one offense "
        "of having 30 grams or less of marijuana, so if that is true, ask that the plea papers "
        "show the amount. "
        + BEFORE_A_PLEA
        + " Talk to "
        + IMMIGRATION_LAWYER[0].lower()
        + IMMIGRATION_LAWYER[1:],
        "danger",
    ),
    Flag.MARIJUANA_PARDON: FlagText(
        "The marijuana pardons may cover you",
        "Your answers fit the 2022 and 2023 pardons for simple possession of marijuana. They "
        "cover people who were U.S. citizens or lawful permanent residents on the date of the "
        "pardon (October 6, 2022, or December 22, 2023), and who were in the United States "
        "lawfully at the time of the offense. A certificate of pardon from the Office of the "
        "Pardon Attorney proves it. " + BEFORE_YOU_APPLY,
        "info",
    ),
    Flag.UNDER_21_EXPUNGEMENT: FlagText(
        "Under 21 at the offense: you can ask for an expungement",
        "Because you were under 21 on the date of the offense, after a § 3607 dismissal you can "
        "apply for an expungement order, and the court must grant it (§ 3607(c)). You have to "
        "apply: it does not happen on its own.",
        "info",
    ),
    Flag.AGE_UNKNOWN_FOR_EXPUNGEMENT: FlagText(
        "Your age on the date of the offense matters",
        "If you were under 21 on the date of the offense, you can also get an expungement order "
        "(§ 3607(c)). Find your date of birth and the offense date on your papers.",
        "warning",
    ),
    Flag.EXPUNGEMENT_UNSETTLED: FlagText(
        "The expungement may not reach this charge",
        "§ 3607(c) speaks of an offense “under” § 844. No court has said whether a federal-land "
        "possession charge counts. Ask a lawyer.",
        "warning",
    ),
    Flag.LATER_RECORD_MAY_WEIGH: FlagText(
        "A later drug record does not bar you, but the judge may weigh it",
        "Only convictions from before the date of this offense bar § 3607. The judge still "
        "decides, and may consider a later record.",
        "warning",
    ),
}

# Display order: immigration first and loudest.
FLAG_ORDER = tuple(FLAGS)


@dataclass(frozen=True)
class ReasonText:
    """The words of one reason, by status (its clause is `engine.REASON_CLAUSES[key]`)."""

    texts: dict[Status, str]


def _r(**texts: str) -> ReasonText:
    return ReasonText({Status(k): v for k, v in texts.items()})


_POSSESSION = "§ 3607 covers simple possession of any controlled substance, with no amount limit."
REASONS: dict[str, ReasonText] = {
    "court_federal": _r(met="Your case is in a federal court."),
    "court_state": _r(not_met="§ 3607 applies only in federal court."),
    "court_dc_superior": _r(not_met="D.C. Superior Court uses the D.C. Code, not § 3607."),
    "court_military": _r(not_met="We found no law or case that applies § 3607 at a court-martial."),
    "court_federal_juvenile": _r(
        not_met="Federal juvenile records are governed by § 5038, not § 3607."
    ),
    "court_not_sure": _r(unknown="§ 3607 applies only in federal court, and you were not sure."),
    "civil_penalty": _r(not_met="A civil penalty is not a criminal case."),
    "before_1987": _r(
        not_met="§ 3607 covers offenses from November 1, 1987. An older offense falls under an "
        "earlier law.",
    ),
    "pardon_covers": _r(
        met="Simple possession of marijuana on or before December 22, 2023, was pardoned for "
        "people who were citizens or permanent residents on the date of the pardon, and in the "
        "United States lawfully at the time of the offense.",
    ),
    "stage_not_charged": _r(
        unknown="§ 3607 starts after a finding of guilt. With no charge yet, a lawyer should "
        "advise you.",
    ),
    "stage_not_sure": _r(unknown="What you can do depends on where the case stands."),
    "judgment_entered": _r(
        not_met="§ 3607 works without a judgment of conviction. Once entered, a judgment is final.",
    ),
    "tenth_circuit": _r(
        unknown="Courts in the Tenth Circuit still recognize a narrow power to expunge. A lawyer "
        "can tell you if it could help.",
    ),
    "circuit_unknown": _r(
        unknown="In some places (the Tenth Circuit and the District of Columbia) courts keep a "
        "narrow power to expunge. You were not sure where the court sits.",
    ),
    "district_of_columbia": _r(
        unknown="The federal court in the District of Columbia still claims a narrow power to "
        "expunge. A lawyer can tell you if it could help.",
    ),
    "pardon_lawful_presence": _r(
        not_met="The marijuana pardons leave out anyone who was not in the United States "
        "lawfully at the time of the offense. Ask an immigration lawyer and a defense lawyer.",
        unknown="The marijuana pardons leave out anyone who was not in the United States "
        "lawfully at the time of the offense. You were not sure, so we cannot say the pardons "
        "cover you.",
    ),
    "pardon_unlawful_presence": _r(
        unknown="The marijuana pardons leave out people not lawfully present at the time of the "
        "offense. Ask an immigration lawyer and a defense lawyer.",
    ),
    "offense_simple_possession": _r(met=_POSSESSION),
    "offense_marijuana_sharing": _r(
        met="Giving away a small amount of marijuana for free is treated like simple possession.",
    ),
    "offense_federal_land_possession": _r(
        met="In the Fourth Circuit, possession under a federal-land rule counts.",
        unknown="Only the Fourth Circuit has said possession under a federal-land rule counts. "
        "Elsewhere no court has decided.",
    ),
    "offense_attempted_possession": _r(
        unknown="No court has decided whether attempted possession counts."
    ),
    "offense_conspiracy_to_possess": _r(
        unknown="No court has decided whether conspiracy to possess counts."
    ),
    "offense_assimilated_state_offense": _r(
        unknown="No court has decided whether a borrowed state-law offense counts."
    ),
    "offense_not_sure": _r(unknown="The exact charge decides whether § 3607 can apply."),
    "offense_intent_to_distribute": _r(
        not_met="Possession with intent to distribute, selling or making drugs is not simple "
        "possession.",
    ),
    "offense_prescription_fraud": _r(
        not_met="Getting drugs by fraud or forgery (21 U.S.C. § 843(a)(3)) is a separate crime, "
        "not simple possession.",
    ),
    "offense_other": _r(not_met="§ 3607 covers only simple possession."),
    "prior_conviction": _r(
        met="No drug conviction was entered before the date of this offense.",
        not_met="A drug conviction was entered before the date of this offense.",
        unknown="It is not clear whether a drug conviction came before the date of this offense.",
    ),
    "foreign_conviction": _r(
        met="A conviction in another country, even in a Mexican state's court, is not a U.S. "
        "“state” conviction, so it likely does not stop § 3607. It can still matter a lot for "
        "immigration.",
    ),
    "unsettled_record": _r(
        unknown="Courts have not settled whether a record like yours counts as a conviction.",
    ),
    "prior_3607": _r(
        met="You have not had § 3607 before.",
        not_met="You had § 3607 before. It can be used only once.",
        unknown="You were not sure whether you had § 3607 before.",
    ),
    "prescription": _r(
        unknown="Having a valid prescription may be a defense to the charge itself.",
    ),
    "consent": _r(
        met="You agree to § 3607 probation.",
        not_met="You do not agree to § 3607 probation, and it needs your agreement.",
        unknown="You have not decided yet. The judge needs your agreement.",
    ),
    "age_unknown": _r(
        unknown="Your age on the date of the offense is not known. Under 21 adds an expungement.",
    ),
    "age_21_or_over": _r(
        not_met="You were 21 or older on the date of the offense, so the extra expungement "
        "order does not apply. The dismissal still does.",
    ),
    "under_21": _r(met="You were under 21 on the date of the offense."),
    "expungement_unsettled": _r(
        unknown="No court has said whether the expungement covers a federal-land charge.",
    ),
    "probation_cap": _r(
        met="The probation term is one year or less.",
        not_met="The law allows at most one year. What follows from a longer term is unsettled.",
        unknown="You were not sure how long the term is. The law allows at most one year.",
    ),
    "violation_mandatory": _r(
        not_met="Drugs (even one positive test can count), guns, refusing tests or more than 3 "
        "positive tests force revocation. "
        "For failed tests, the judge must first consider treatment (§ 3563(e)).",
    ),
    "violation": _r(not_met="A violation sends the case to § 3565."),
    "violation_not_sure": _r(
        unknown="You were not sure about a violation. That decides whether dismissal is owed.",
    ),
    "no_violation": _r(met="No violation of probation."),
    "dismissal_owed": _r(
        not_met="After a clean term the court must dismiss, but no order is on the docket.",
        unknown="After a clean term the court must dismiss. You were not sure an order exists.",
    ),
    "dismissal_entered": _r(
        met="The case was dismissed. It is not a conviction, except possibly for immigration.",
    ),
    "age_unknown_after_dismissal": _r(
        unknown="If you were under 21 on the date of the offense, you can get an expungement "
        "order. Your age then is not known.",
    ),
    "expungement_entered": _r(met="An expungement order was entered."),
    "pardon_status_date": _r(
        not_met="The marijuana pardons cover only people who were already citizens or "
        "permanent residents on the date of the pardon.",
        unknown="The marijuana pardons cover only people who were already citizens or "
        "permanent residents on the date of the pardon. You were not sure you were.",
    ),
    "pardon_status_assumed": _r(
        unknown="We took it that you were a citizen or permanent resident on December 22, 2023. "
        "If you became one later, the pardon does not cover you.",
    ),
}


def outcome_text(outcome: Outcome, lang: str = DEFAULT) -> OutcomeText:
    text = OUTCOMES[outcome]
    if lang == DEFAULT:
        return text
    return OutcomeText(
        tr(text.title, lang), tr(text.summary, lang), tuple(tr(s, lang) for s in text.next_steps)
    )


def flag_text(flag: Flag, lang: str = DEFAULT) -> FlagText:
    text = FLAGS[flag]
    if lang == DEFAULT:
        return text
    return FlagText(tr(text.title, lang), tr(text.text, lang), text.level)


def evaluate(answers: Any, today: Any = None, lang: str = DEFAULT) -> Result:
    """Answers in, result out, its texts in `lang` ("en" or "es"; codes are the same in every
    language): the decision (`engine.decide`), then its words (`words`). Never raises: bad input
    gives `invalid_answers`, and so does a bug, with a message that says so."""
    lang = check_lang(lang)
    try:
        return words(engine.decide(answers, today), lang)
    except Exception as error:  # a bug in the words must not crash the screener either
        failed = engine.failed(error)
        try:
            return words(failed, lang)
        except MissingTranslation:  # the catalog test catches this; never crash the reader
            return words(failed)


def words(decision: Decision, lang: str = DEFAULT) -> Result:
    """The decision in words, in `lang`: its codes, clauses and case names stay as they are."""
    text = outcome_text(decision.outcome, lang)
    return Result(
        decision.outcome,
        tuple(f for f in FLAG_ORDER if f in decision.flags),
        text.title,
        text.summary,
        tuple(reason(r, lang) for r in decision.reasons),
        text.next_steps,
        decision.missing,
        tuple(error_message(e, lang) for e in decision.errors),
        tuple(dependency(d, lang) for d in decision.depends_on),
        decision.same_either_way,
    )


def build(outcome: Outcome, *, lang: str = DEFAULT, **parts: Any) -> Result:
    """The result of a decision given by its parts (`Decision`'s fields), in `lang`."""
    return words(Decision(outcome, **parts), lang)


def reason(finding: Finding, lang: str = DEFAULT) -> Reason:
    """A reason in words: `REASONS[key]` for its status, or, for a pending case the pardons
    seem to cover, where § 3607 would leave the reader without them (`WITHOUT_PARDON`)."""
    values = dict(finding.values)
    if finding.key == "without_pardon":
        without = values["outcome"]
        if without == Outcome.NEED_MORE_ANSWERS:
            text = tr(WITHOUT_PARDON_UNKNOWN, lang)
        else:
            text = tr(WITHOUT_PARDON, lang, title=outcome_text(without, lang).title)
    else:
        text = tr(REASONS[finding.key].texts[finding.status], lang, **values)
    return Reason(finding.clause, finding.status, text, finding.anchor)


def error_message(error: AnswerError, lang: str = DEFAULT) -> ErrorMessage:
    """A refused answer in words: its text key translated, then filled in."""
    return ErrorMessage(error.question, tr(error.key, lang, **dict(error.values)))


def dependency(unknown: Unknown, lang: str = DEFAULT) -> Dependency:
    """An unknown answer in words: each range of a date or a number gets its label."""

    def label(branch: Branch) -> str:
        if unknown.question in DATES:
            return date_range_label(branch.first, branch.last, lang)
        if unknown.question in NUMBERS:
            return number_range_label(unknown.question, branch.first, branch.last, lang)
        return ""

    alternatives = tuple(Alternative(b.answer, b.outcome, label(b)) for b in unknown.alternatives)
    return Dependency(unknown.question, alternatives, unknown.together_with)


# --- Ranges of a date or a number, for "what would change your result" ----------------------


def date_range_label(first: dt.date | None, last: dt.date | None, lang: str = DEFAULT) -> str:
    """The range of dates from `first` to `last` (either open), in words."""
    if first is None and last is not None:
        return tr("before {date}", lang, date=day_text(last + dt.timedelta(days=1), lang))
    if last is None and first is not None:
        return tr("on or after {date}", lang, date=day_text(first, lang))
    if first is not None and last is not None:
        return tr(
            "from {first} to {last}", lang, first=day_text(first, lang), last=day_text(last, lang)
        )
    return tr("any date", lang)


def number_range_label(
    question: str, first: int | None, last: int | None, lang: str = DEFAULT
) -> str:
    """The range of ages or months from `first` to `last` (either open), in words."""
    months = question == "probation_months"
    if first is None and last is not None:
        if months:
            return tr("{months} months or less", lang, months=last)
        return tr("under {age}", lang, age=last + 1)
    if last is None and first is not None:
        if months:
            return tr("more than {months} months", lang, months=first - 1)
        return tr("{age} or older", lang, age=first)
    if months:
        return tr("{low} to {high} months", lang, low=first, high=last)
    return tr("{low} to {high}", lang, low=first, high=last)
