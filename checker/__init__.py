"""crosscheck: a cross-source discrepancy checker for news editors."""

__version__ = "0.1.0"
