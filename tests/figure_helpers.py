"""Helpers shared by the figures (NU201) and first-since (NU202) tests: judge two articles,
read what a sentence's first figure counts."""
from checker.engine import check_texts
from checker.extract.counted import annotate
from checker.extract.numbers import extract_figures
from rules import figures, first_since

RULES = {"fig": (figures.RULE,), "fs": (first_since.RULE,)}


def verdict(rule: str, a: str, b: str, da: str = "12 June 2024", db: str = "12 June 2024") -> str:
    out = check_texts({"a.txt": f"Published {da}\n\n{a}", "b.txt": f"Published {db}\n\n{b}"},
                      story="s", rules=RULES[rule])
    kinds = {f.kind for f in out}
    return "contradiction" if "contradiction" in kinds else "agreement" if "agreement" in kinds else "none"


def counted(text: str):
    (f, *_rest) = annotate(text, extract_figures(text))
    return f.counted
