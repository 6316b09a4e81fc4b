#!/usr/bin/env bash
# Build the one-folder bundle with build/kh14.spec, smoke-test the frozen programs, and prove
# that the NSIS installer script compiles (Linux; Windows: .github/workflows/windows.yml).
# .ci/run calls this after the tests; it runs alone too:
#     build/ci-bundle.sh
# Output goes to build/out/ and build/work/ (both ignored by git). Bundle size limit in MB
# (decimal, the acceptance bar) can be changed with KH14_BUNDLE_LIMIT_MB.
set -euo pipefail
cd "$(dirname "$0")/.."

out=build/out
bundle="$out/kh14-desktop"
limit_mb=${KH14_BUNDLE_LIMIT_MB:-150}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# the "build" extra of pyproject.toml; reinstalling the project each time would only add noise
.venv/bin/python -c "import PyInstaller" 2>/dev/null || .venv/bin/python -m pip install -q -e ".[build]"

echo "== bundle: pyinstaller build/kh14.spec"
started=$SECONDS
.venv/bin/pyinstaller build/kh14.spec --distpath "$out" --workpath build/work --noconfirm \
  --log-level ERROR
echo "built in $((SECONDS - started)) s"

echo "== bundle: frozen programs"
"$bundle/kh14" --version
"$bundle/kh14-desktop" --version
# --self-test sets the offscreen platform itself; the variable also covers Qt's own start
QT_QPA_PLATFORM=offscreen "$bundle/kh14-desktop" --self-test \
  --self-test-report "$scratch/self-test.txt" >/dev/null
cat "$scratch/self-test.txt"
KH14_DATA_DIR="$scratch/cli-data" "$bundle/kh14" plans >/dev/null
echo "kh14 plans: ok"

# Portable mode: a marker beside the programs puts the data in data/ beside them.
marker="$bundle/kh14-portable.txt"
echo "portable" >"$marker"
(unset KH14_DATA_DIR; "$bundle/kh14" setup --unit h-van-yen >/dev/null)
portable_ok=0
[ -f "$bundle/data/kh14.sqlite3" ] && portable_ok=1
rm -rf "$marker" "$bundle/data"
if [ "$portable_ok" != 1 ]; then
  echo "portable marker did not put the data beside the programs" >&2
  exit 1
fi
echo "portable mode: ok"

echo "== bundle: size"
bytes=$(du -sb "$bundle" | cut -f1)
awk -v b="$bytes" 'BEGIN { printf "%s: %.1f MB\n", "'"$bundle"'", b / 1e6 }'
# the biggest parts, to see at once what grew
(cd "$bundle/_internal" && find . -type f -size +1500k -printf "%s %p\n" | sort -rn | head -8 |
  awk '{ printf "  %6.1f MB  %s\n", $1 / 1e6, substr($2, 3) }')
if [ "$bytes" -gt $((limit_mb * 1000 * 1000)) ]; then
  echo "the bundle is over the ${limit_mb} MB limit" >&2
  exit 1
fi

echo "== installer: makensis build/kh14.nsi"
if command -v makensis >/dev/null; then
  # uncompressed: LZMA takes a minute and proves nothing more about the script
  makensis -V2 -DUNCOMPRESSED -DDIST_DIR="$PWD/$bundle" -DOUT_FILE="$scratch/kh14-desktop-setup.exe" \
    build/kh14.nsi
  echo "makensis: the installer script compiles"
else
  echo "makensis not installed: installer script not checked" >&2
  exit 1
fi
echo "== bundle checks passed in $((SECONDS - started)) s"
