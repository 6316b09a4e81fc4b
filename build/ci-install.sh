#!/usr/bin/env bash
# A user's `pip install .` (not editable) in a fresh virtual environment: the program must
# find its plans, fonts and translations there, set up an office, open the demo window and
# pass its self-test. .ci/run calls it after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
started=$SECONDS
echo "== install: pip install . into a fresh venv"
"$python" -m venv "$scratch/venv"
# setuptools builds in place, in build/lib: files of modules since removed must not ship
rm -rf build/lib build/bdist.*
"$scratch/venv/bin/python" -m pip install -q .
rm -rf build/lib build/bdist.*
cd "$scratch"  # away from the checkout: only the installed package can be imported
export QT_QPA_PLATFORM=offscreen
"$scratch/venv/bin/kh14" --data-dir "$scratch/data" setup --unit h-van-yen >/dev/null
echo "kh14 setup: ok"
KH14_EXIT_WHEN_SHOWN=1 "$scratch/venv/bin/kh14-desktop" --demo | grep -q "^kh14-shown "
echo "kh14-desktop --demo: the window showed"
"$scratch/venv/bin/kh14-desktop" --self-test --self-test-report "$scratch/self-test.txt" >/dev/null
tail -1 "$scratch/self-test.txt"
echo "== install checks passed in $((SECONDS - started)) s"
