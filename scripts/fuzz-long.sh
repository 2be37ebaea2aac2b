#!/bin/sh
# Long random fuzzing of the reliability properties (tests/test_properties.py).
# CI runs the same properties derandomized with 2,000 examples each ("ci" profile); this runs
# the random "long" profile: FUZZ_EXAMPLES examples per property (default 50000), a new seed
# each run. Failing examples are shrunk and printed by hypothesis; re-run with the printed
# @reproduce_failure / seed to replay one.
#   scripts/fuzz-long.sh                 # all properties
#   FUZZ_EXAMPLES=200000 scripts/fuzz-long.sh -k rendering
set -eu
cd "$(dirname "$0")/.."
export HYPOTHESIS_PROFILE=long
export FUZZ_EXAMPLES="${FUZZ_EXAMPLES:-50000}"
exec python -m pytest -q -p no:cacheprovider tests/test_properties.py --hypothesis-show-statistics "$@"
