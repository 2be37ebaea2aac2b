"""What every reporter shares: story grouping, kind labels, fail levels, rule metadata.

Reporters are functions ``render(report, stream, **options)``; the options they understand:

- ``quiet``: only problems (no agreements, no single-source claims, no article list);
- ``verbose``: each claim's sentence and attribution;
- ``width``: terminal width; ``color``: force colour on/off (terminal only);
- ``fail_on``: the --fail-on level, so that CI formats mark exactly what fails the run;
- ``rules``: the rules that ran (SARIF, JUnit list them even without findings);
- ``baseline``: a ``checker.baseline.Outcome`` (hidden and stale entries), when one was used.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from checker.model import Article, Claim, Finding, Report, Story

# Report order of kinds, gravest first, with their headings.
SECTIONS = (
    ("contradiction", "Contradictions"), ("unsourced", "Unsourced claims"),
    ("superseded", "Superseded expectations"), ("single_source", "Single-source claims"),
    ("agreement", "Agreements"),
)
LABEL = dict(SECTIONS)
SINGULAR = {
    "contradiction": "contradiction", "unsourced": "unsourced claim", "superseded": "superseded expectation",
    "single_source": "single-source claim", "agreement": "agreement",
}
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
QUIET_HIDDEN = ("agreement", "single_source")

# --fail-on: kinds (the historic levels) or severities.
FAIL_LEVELS = {"contradiction": 3, "unsourced": 2, "single_source": 1, "never": 99}
KIND_LEVEL = {"contradiction": 3, "unsourced": 2, "single_source": 1, "superseded": 0, "agreement": 0}
FAIL_SEVERITIES = {"error": 0, "warning": 1, "info": 2}
FAIL_CHOICES = ("contradiction", "unsourced", "single_source", "error", "warning", "info", "never")


def fails(finding: Finding, fail_on: str = "contradiction") -> bool:
    """Does this finding make the run fail at this --fail-on level?"""
    if fail_on in FAIL_SEVERITIES:
        return finding.kind != "agreement" and SEVERITY_RANK.get(finding.severity, 9) <= FAIL_SEVERITIES[fail_on]
    return KIND_LEVEL.get(finding.kind, 0) >= FAIL_LEVELS.get(fail_on, 99)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


SHORT = {"contradiction": ("contradiction", "contradictions"), "unsourced": ("unsourced", "unsourced"),
         "superseded": ("superseded", "superseded"), "single_source": ("single-source", "single-source"),
         "agreement": ("agreement", "agreements")}


def short_count(kind: str, n: int) -> str:
    one, many = SHORT[kind]
    return f"{n} {one if n == 1 else many}"


def count_phrase(kind: str, n: int) -> str:
    word = SINGULAR[kind]
    return plural(n, word, "agreements" if kind == "agreement" else None)


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """By kind (gravest first), then severity, keeping the engine's order otherwise."""
    kinds = {k: i for i, (k, _) in enumerate(SECTIONS)}
    return sorted(findings, key=lambda f: (kinds.get(f.kind, 9), SEVERITY_RANK.get(f.severity, 9)))


def story_of_finding(report: Report) -> dict[str, str]:
    """finding id -> story name (via the first claim's article)."""
    # By path: article ids are only unique within a story.
    story_of = {a.path: a.story for a in report.articles}
    by_id = {a.id: a.story for a in report.articles}
    out = {}
    for f in report.findings:
        c = f.claims[0] if f.claims else None
        out[f.id] = (story_of.get(c.path) or by_id.get(c.article, "?")) if c else "?"
    return out


def by_story(report: Report, quiet: bool = False) -> list[tuple[Story, list[Article], list[Finding]]]:
    """Each story with its articles and its findings (ordered), in report order."""
    story_articles: dict[str, list[Article]] = {s.name: [] for s in report.stories}
    for a in report.articles:
        story_articles.setdefault(a.story, []).append(a)
    groups: dict[str, list[Finding]] = {s.name: [] for s in report.stories}
    where = story_of_finding(report)
    for f in report.findings:
        if quiet and f.kind in QUIET_HIDDEN:
            continue
        groups.setdefault(where[f.id], []).append(f)
    out = [(s, story_articles[s.name], ordered(groups.get(s.name, []))) for s in report.stories]
    known = {s.name for s in report.stories}
    for name in sorted(set(groups) - known):  # findings without a known story (defensive)
        out.append((Story(name, ()), [], ordered(groups[name])))
    return out


def counts(findings: Sequence[Finding]) -> dict[str, int]:
    return {k: sum(1 for f in findings if f.kind == k) for k, _ in SECTIONS}


def location(c: Claim) -> str:
    return f"{c.path}:{c.span.line}:{c.span.column}"


def end_position(c: Claim) -> tuple[int, int]:
    """1-based line and column of the quote's last character + 1 (exclusive end)."""
    lines = c.quote.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) == 1:
        return c.span.line, c.span.column + len(c.quote)
    return c.span.line + len(lines) - 1, len(lines[-1]) + 1


def rules_for(report: Report, rules: Sequence | None = None) -> list:
    """The rules to describe: those that ran (if known) plus any rule a finding names."""
    from rules import REGISTRY

    known = list(rules) if rules is not None else list(REGISTRY)
    codes = {r.code for r in known}
    registry = {r.code: r for r in REGISTRY}
    for f in report.findings:
        if f.code not in codes:
            codes.add(f.code)
            if f.code in registry:
                known.append(registry[f.code])
    return sorted(known, key=lambda r: r.code)


def rule_doc_parts(rule) -> tuple[str, str]:
    """(short description, full description) from a rule's docstring."""
    doc = (rule.doc or "").strip()
    if not doc:
        return rule.name, rule.name
    first, _, rest = doc.partition("\n")
    return first.strip(), doc


def attribution_text(c: Claim) -> str:
    """A claim's attribution for display: "named institution: the health ministry"."""
    a = c.attribution
    return a.grade.replace("_", " ") + (f": {a.source}" if a.source else "")


def marked_diff(f: Finding, escape, deleted: str, inserted: str) -> str:
    """The word diff with removed and added words wrapped in the format's markup
    (``deleted``/``inserted`` are templates with one ``{}``)."""
    parts = []
    for op, words in diff_words(f):
        if op == "delete":
            parts.append(deleted.format(escape(words)))
        elif op in ("insert", "replace"):
            parts.append(inserted.format(escape(words)))
        else:
            parts.append(escape(words))
    return " ".join(parts)


def diff_words(f: Finding) -> list[tuple[str, str]]:
    """The finding's word diff as (op, words); op is equal, delete, insert (or replace)."""
    return [(op, words) for op, words in f.diff or ()]


def summary_line(report: Report, findings: Sequence[Finding] | None = None) -> str:
    findings = report.findings if findings is None else findings
    c = counts(findings)
    n_stories = len(report.stories)
    return (f"{plural(len(report.articles), 'article')} in {n_stories} stor{'y' if n_stories == 1 else 'ies'}; "
            + ", ".join(count_phrase(k, c[k]) for k, _ in SECTIONS)
            + f"; {plural(len(report.errors), 'error')}")
