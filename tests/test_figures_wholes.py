"""A part of a whole ("three of 40 samples"): the whole is its own fact, never the part's count."""
from checker.engine import check_texts

HEAD_A = "Published 3 June 2024\n\n"
HEAD_B = "Published 4 June 2024\n\n"


def _figures(a: str, b: str):
    found = check_texts({"a.txt": HEAD_A + a, "b.txt": HEAD_B + b})
    return [f for f in found if f.rule == "figures"]


def _values(f):
    return sorted(c.quote for c in f.claims)


def test_the_part_is_never_compared_with_the_whole():
    # "three" (a number word) before "of 40": 40 is the whole, not three's rival
    fs = _figures("Salmonella was found in four of 30 swabs taken in the kitchen, inspectors said.",
                  "Salmonella was found in four of 30 swabs, inspectors said.")
    assert not [f for f in fs if f.kind == "contradiction"], [f.message for f in fs]
    assert any(f.kind == "agreement" and "30" in _values(f) for f in fs), [f.message for f in fs]


def test_the_same_part_of_two_different_wholes_contradicts():
    fs = _figures("The governing party won 38 of the 75 seats in the assembly, officials said.",
                  "The governing party won 38 of the 750 seats in the assembly, officials said.")
    assert any(f.kind == "contradiction" and _values(f) == ["75", "750"] for f in fs), [f.message for f in fs]


def test_two_parts_of_two_wholes_may_be_two_rounds():
    fs = _figures("Traces of lead were found in 3 of 40 water samples, the utility said.",
                  "Traces of lead were found in 5 of 60 water samples, the utility said.")
    assert not [f for f in fs if f.kind == "contradiction" and {"40", "60"} & set(_values(f))], \
        [f.message for f in fs]
