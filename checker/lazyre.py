"""Regular expressions compiled on first use.

The rules hold several hundred module-level patterns; compiling them all at import took about
0.2 s of a pre-commit run's 0.5 s start-up, and a typical story uses about half of them. A
:class:`LazyPattern` keeps the source and compiles when it is first used. Then the module
global that names it is rebound to the compiled pattern (so later calls cost exactly what a
compiled pattern's do), and the pattern's bound methods are kept on the instance for any
other holder (a tuple of patterns, a default argument).

Use it only for patterns called through their methods (``P.search(...)``): ``re.sub(P, ...)``
and ``isinstance(P, re.Pattern)`` need a real pattern (``P.compiled``).
"""

from __future__ import annotations

import re
import sys

# Bound methods copied onto the instance on first use (the ones the code calls).
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    __slots__ = ("pattern", "_flags", "_globals", "compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0, module_globals: dict | None = None):
        self.pattern = pattern
        self._flags = flags
        self._globals = module_globals

    def _compile(self) -> re.Pattern:
        compiled = re.compile(self.pattern, self._flags)
        self.compiled = compiled
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        g, self._globals = self._globals, None
        if g is not None:
            for key in [k for k, v in g.items() if v is self]:
                g[key] = compiled  # the module's name for it now holds the compiled pattern
        return compiled

    def __getattr__(self, name: str):
        # Only reached for a slot not yet filled (or an attribute only a Pattern has, like
        # ``groupindex`` or ``flags``): compile, then answer from the compiled pattern.
        if name in ("pattern", "_flags", "_globals") or name.startswith("__"):
            raise AttributeError(name)
        compiled = self._compile()
        return compiled if name == "compiled" else getattr(compiled, name)

    def __reduce__(self):
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:60]!r}, {self._flags})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    """A pattern compiled when first used: ``lazyre.compile(r"...", re.I)`` at module level."""
    return LazyPattern(pattern, flags, sys._getframe(1).f_globals)
