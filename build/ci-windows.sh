#!/usr/bin/env bash
# The Windows stage of CI: the program under a real Windows x64 CPython 3.11 and the win_amd64
# wheels of its dependencies, run by Wine on this Linux machine (build/wine/env.sh prepares
# them, cached between runs). Under Windows Python it runs
#   1. the whole test suite,
#   2. the office -> admin flow with the `kh14` command of a non-editable install (import too),
#   3. the PyInstaller build of build/kh14.spec and the frozen programs' self-test,
#   4. the NSIS installer (build/kh14.nsi), installed silently per user into a fresh Windows
#      "PC": the installed program's self-test, the `.kh14` file type in HKCU, the shortcuts,
#      then an uninstall that removes the program and keeps the data folder; the same per
#      machine (HKLM) with the uninstaller's own command line,
#   5. the start-up benchmark (frozen program against a bare frozen PySide6 window),
# and prints its own summary. .ci/run calls it; KH14_SKIP_WINDOWS=1 skips it there.
#     build/ci-windows.sh              # everything
#     build/ci-windows.sh tests        # only some stages: prepare tests flow bundle installer startup
# Output under build/windows/ (ignored by git). docs/build.md says what Wine cannot show.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
source build/wine/env.sh
OUT=$ROOT/build/windows
LOGS=$OUT/logs
mkdir -p "$LOGS"
: > "$LOGS/summary.txt"
failures=0
started=$SECONDS
stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(tests flow bundle installer startup)
wants() { [[ " ${stages[*]} " == *" $1 "* ]]; }
note() { echo "$*" | tee -a "$LOGS/summary.txt"; }
check() {  # check DESCRIPTION COMMAND...: one line of the summary
  local what=$1; shift
  if "$@" >/dev/null; then note "  ok    $what"; else note "  FAIL  $what"; failures=$((failures + 1)); fi
}
win() { winepath -w "$1"; }

echo "== windows: preparing Wine, Windows CPython 3.11 and the wheels"
kh14_windows_prepare || { echo "windows: could not prepare Wine and the Windows Python" >&2; exit 1; }
note "Windows stage: $(wrun "$WINPY" -c 'import sys, platform; print(f"CPython {platform.python_version()} {platform.architecture()[0]}, {platform.platform()}")' | tr -d '\r')"
note "  (Wine $(wine --version), prepared in $((SECONDS - started)) s)"

# The program itself, installed as a user would (not editable): what the flows run.
# setuptools builds in place, in build/lib: files of modules since removed must not ship
rm -rf build/lib build/bdist.*
wrun "$WINPY" -m pip install -q --no-index --no-deps --no-build-isolation --force-reinstall \
  "$(win "$ROOT")" > "$LOGS/pip-install.log" 2>&1 \
  || { note "  FAIL  pip install . (see logs/pip-install.log)"; exit 1; }

if wants tests; then
  echo "== windows: the test suite under Windows Python"
  # one process: Wine starts a process in ~1 s, and pytest-qt makes one QApplication.
  # The fuzzers and the killed processes repeat a tenth of their trials: each costs ~35 times
  # Linux's under Wine (a stat() takes 1 ms, a process start a second); Linux runs them all
  # (tests/platforms.py).
  t0=$SECONDS
  KH14_REPEAT_SCALE=${KH14_REPEAT_SCALE:-0.1} timeout "${KH14_WINDOWS_TEST_TIMEOUT:-1800}" wine "$WINPY" -m pytest -q -p no:cacheprovider \
    -o faulthandler_timeout=300 --junitxml="$(win "$LOGS")\\pytest.xml" </dev/null 2>&1 \
    | cat > "$LOGS/pytest.log"
  rc=${PIPESTATUS[0]}
  counts=$("${PYTHON:-python3}" build/wine/junit_summary.py "$LOGS/pytest.xml" 2>&1)
  note "  suite: $counts, exit $rc, $((SECONDS - t0)) s (logs/pytest.log)"
  [ "$rc" = 0 ] || failures=$((failures + 1))
fi

if wants flow; then
  echo "== windows: the office -> admin flow with kh14.exe"
  bash build/wine/flow.sh "$OUT/flow" > "$LOGS/flow.log" 2>&1
  rc=$?
  sed -n 's/^SUMMARY //p' "$LOGS/flow.log" | while read -r line; do note "  $line"; done
  [ "$rc" = 0 ] || { failures=$((failures + 1)); note "  FAIL  flow (logs/flow.log)"; }
fi

bundle=$ROOT/build/out-windows/kh14-desktop
if wants bundle || wants installer || wants startup; then
  echo "== windows: PyInstaller build/kh14.spec under Windows Python"
  t0=$SECONDS
  wrun "$WINPY" -m PyInstaller build/kh14.spec --distpath "$(win "$ROOT/build/out-windows")" \
    --workpath "$(win "$ROOT/build/work-windows")" --noconfirm --log-level WARN \
    > "$LOGS/pyinstaller.log" 2>&1
  check "bundle built in $((SECONDS - t0)) s: $(du -sb "$bundle" 2>/dev/null | awk '{printf "%.1f MB", $1/1e6}'), $(find "$bundle" -type f 2>/dev/null | wc -l) files" \
    test -f "$bundle/kh14-desktop.exe"
  bytes=$(du -sb "$bundle" 2>/dev/null | cut -f1)
  check "bundle under ${KH14_BUNDLE_LIMIT_MB:-150} MB" test "${bytes:-0}" -lt $((${KH14_BUNDLE_LIMIT_MB:-150} * 1000000))
  check "frozen kh14.exe --version: $(wrun "$bundle/kh14.exe" --version | tr -d '\r')" \
    wrun "$bundle/kh14.exe" --version
  wrun "$bundle/kh14-desktop.exe" --self-test --self-test-report "$(win "$LOGS")\\self-test-frozen.txt" >/dev/null
  check "frozen self-test: $(tail -1 "$LOGS/self-test-frozen.txt" 2>/dev/null | tr -d '\r')" \
    grep -q "self-test passed" "$LOGS/self-test-frozen.txt"
fi

if wants installer; then
  echo "== windows: the installer, per user and per machine, in fresh prefixes"
  bash build/wine/installer.sh "$bundle" "$OUT/installer" > "$LOGS/installer.log" 2>&1
  rc=$?
  sed -n 's/^SUMMARY //p' "$LOGS/installer.log" | while read -r line; do note "  $line"; done
  [ "$rc" = 0 ] || { failures=$((failures + 1)); note "  FAIL  installer (logs/installer.log)"; }
fi

if wants startup; then
  echo "== windows: start-up, frozen program against a bare frozen PySide6 window"
  wrun "$WINPY" benchmarks/startup.py --skip-source --runs "${KH14_STARTUP_RUNS:-9}" \
    --dist "$(win "$ROOT/build/out-windows")" --json "$(win "$LOGS")\\startup.json" \
    > "$LOGS/startup.log" 2>&1
  note "  start-up: $(grep -E '^frozen ' "$LOGS/startup.log" | head -1 | tr -d '\r') (reported, not enforced)"
fi

note "Windows stage: $failures failure(s), $((SECONDS - started)) s"
[ "$failures" = 0 ]
