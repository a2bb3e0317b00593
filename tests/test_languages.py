"""Codes do not change with the language: only the words do.

`evaluate(answers, today, lang)`: the outcome, the flags, `missing`, `depends_on` (questions,
answers and outcomes) and `same_either_way` are the same in English and in Spanish; the texts are
Spanish. The same holds for the browser's `web.step` and for the interview's next question.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from test_properties import TODAY, answers_plausible, interview_runs

from checker import evaluate, next_question, web
from checker.questions import QUESTIONS, questions
from conftest import REPO, load_cases
from tools.build.pack_checker import pack

CASES = load_cases()


def codes_of(result) -> dict:
    data = result.as_dict()
    return {
        "outcome": data["outcome"],
        "flags": data["flags"],
        "missing": data["missing"],
        "errors": [e["question"] for e in data["errors"]],
        "depends_on": [
            (d["question"], [(a["answer"], a["outcome"]) for a in d["alternatives"]])
            for d in data["depends_on"]
        ],
        "same_either_way": data["same_either_way"],
    }


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_case_gives_the_same_codes_in_spanish(case):
    english = evaluate(case["answers"], today=TODAY)
    spanish = evaluate(case["answers"], today=TODAY, lang="es")
    assert codes_of(spanish) == codes_of(english)
    assert spanish.title != english.title
    assert not any(e.message.startswith("The checker failed") for e in spanish.errors)


@settings(max_examples=200)
@given(answers_plausible)
def test_any_answers_give_the_same_codes_in_spanish(answers):
    english = evaluate(answers, today=TODAY)
    spanish = evaluate(answers, today=TODAY, lang="es")
    assert codes_of(spanish) == codes_of(english)
    assert not any(e.message.startswith("El verificador falló") for e in spanish.errors)


@settings(max_examples=200)
@given(interview_runs())
def test_the_interview_asks_the_same_questions_in_spanish(run):
    answers, asked = run
    given_answers: dict = {}
    for question_id in asked:
        assert next_question(given_answers, TODAY, "es").id == question_id
        given_answers[question_id] = answers[question_id]
    assert next_question(given_answers, TODAY, "es") is None


def test_the_browser_step_gives_the_same_codes_in_spanish():
    answers = {**CASES[0]["answers"], "prior_3607": "not_sure", "had_prescription": "no"}
    english = json.loads(web.step(json.dumps(answers), str(TODAY)))
    spanish = json.loads(web.step(json.dumps(answers), str(TODAY), "es"))
    for key in ("next", "path", "answers", "failed"):
        assert spanish[key] == english[key]
    assert spanish["result"]["outcome"] == english["result"]["outcome"]
    assert [c["question"] for c in spanish["result"]["changes"]] == ["prior_3607"]
    assert spanish["rows"][0]["question"] != english["rows"][0]["question"]


def test_every_question_keeps_its_codes_in_spanish():
    for english, spanish in zip(QUESTIONS, questions("es"), strict=True):
        assert (spanish.id, spanish.kind, spanish.allow_not_sure) == (
            english.id,
            english.kind,
            english.allow_not_sure,
        )
        assert [o.value for o in spanish.options] == [o.value for o in english.options]
        assert spanish.text != english.text


def test_a_bad_date_is_refused_in_spanish_at_the_field():
    reply = json.loads(
        web.step(
            json.dumps(
                {
                    "court": "federal",
                    "offense": "simple_possession",
                    "offense_date": {"day": "1a", "month": "3", "year": "2024"},
                }
            ),
            str(TODAY),
            "es",
        )
    )
    assert reply["next"] == "offense_date"
    assert reply["errors"][0]["message"].startswith("Escriba el día")


def test_the_command_line_speaks_spanish():
    done = subprocess.run(
        [sys.executable, "-m", "checker", "--lang", "es"],
        input=json.dumps(CASES[0]["answers"]),
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    assert "Lo que puede hacer ahora" in done.stdout or "Qué puede hacer" in done.stdout
    assert evaluate(CASES[0]["answers"], today=TODAY, lang="es").title in done.stdout


def test_an_english_page_ships_no_spanish_catalog():
    import io
    import zipfile

    english = zipfile.ZipFile(io.BytesIO(pack("en")[0])).namelist()
    spanish = zipfile.ZipFile(io.BytesIO(pack("es")[0])).namelist()
    assert "checker/es.py" not in english and "checker/es.py" in spanish


def test_the_spanish_screener_loads_at_most_5_percent_more_python(built_site):
    """Issue 12, weight: the Python a Spanish reader downloads (standard library + checker zip)
    is at most 5 % more than an English reader's; each page names only its own zip."""
    import re

    def python_bytes(page: str) -> tuple[int, str]:
        html = (built_site.dir / page).read_text("utf-8")
        (checker,) = set(re.findall(r"assets/checker/checker-[a-z]+-[0-9a-f]+\.zip", html))
        (stdlib,) = set(re.findall(r"assets/pyodide/[^\"&]+/python_stdlib-[0-9a-f]+\.zip", html))
        size = (built_site.dir / checker).stat().st_size + (built_site.dir / stdlib).stat().st_size
        return size, checker

    english, english_zip = python_bytes("check/index.html")
    spanish, spanish_zip = python_bytes("es/check/index.html")
    assert "-en-" in english_zip and "-es-" in spanish_zip
    assert spanish <= 1.05 * english, (spanish, english)
