"""PyInstaller settings shared by `build/kh14.spec` and `benchmarks/bare_window.spec`.

Both bundles are built the same way, so the start-up benchmark compares like with like:
the same excluded modules, the same Qt plugins and the same pruning of what they leave.

PyInstaller's Qt hooks collect every plugin of every Qt module they meet, with the libraries
those plugins link to (a GTK theme drags in cairo and pango, the TLS plugin QtNetwork, the SVG
icon engine QtSvg). We keep the plugins the app uses, drop the rest, and then drop every
library that only the dropped plugins needed, found by reading the link-time imports again.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent

# Python modules the program never imports, though something in its dependencies names them.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtSvg",
    "PySide6.QtDBus",
    # no network, no terminal, no East Asian text: TLS, readline and the CJK codecs stay out
    "ssl",
    "_ssl",
    "readline",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    # nothing starts processes, yet its presence makes PyInstaller import it at every start
    "multiprocessing",
    # reportlab reads it only to guess the encoding of XML it is given; we give it none
    "charset_normalizer",
    # reportlab imports PIL.Image at import time, but the PDFs hold no raster image: the
    # formats, colour management and font rendering of Pillow stay out (about 10 MB).
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL._imagingmath",
    "PIL.ImageMath",
    "PIL._imagingmorph",
    "PIL.ImageMorph",
]

# Qt plugins kept, by folder; None keeps the whole folder. Anything else under plugins/ goes.
QT_PLUGINS_KEPT: dict[str, set[str] | None] = {
    "platforms": {"qwindows", "qxcb", "qcocoa", "qoffscreen", "qminimal"},
    "styles": None,  # the Windows 11 and Vista styles: without them widgets look like 1998
    "platforminputcontexts": None,  # typing Vietnamese through IBus on Linux
    "platformthemes": {"qxdgdesktopportal"},  # not qgtk3: it needs GTK and cairo in the bundle
    "imageformats": {"qico", "qjpeg"},  # PNG is built into QtGui
}

# Qt libraries that must not be in the bundle; the build fails if one survives pruning.
FORBIDDEN_QT_LIBRARIES = re.compile(
    r"Qt6(Network|OpenGL|Qml|Quick|WebEngine|Pdf|VirtualKeyboard|Svg)", re.IGNORECASE)

# the software OpenGL renderer (20 MB on Windows): widgets paint with the CPU anyway
DROPPED_FILES = {"opengl32sw.dll"}


def strip_binaries() -> bool:
    """Strip symbols on Linux and macOS (a third of libpython); Windows has no `strip`."""
    return not sys.platform.startswith("win")


def resource_datas() -> list[tuple[str, str]]:
    """`resources/` file by file: only what the program reads, not the .ts sources; the
    same patterns as the installed package's (pyproject.toml)."""
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as stream:
        setuptools = tomllib.load(stream)["tool"]["setuptools"]
    wanted = setuptools["package-data"]["kh14_desktop._resources"]
    resources = ROOT / "resources"
    datas = []
    for pattern in wanted:
        for path in sorted(resources.glob(pattern)):
            datas.append((str(path), f"resources/{path.parent.name}"))
    return datas


def is_unused_qt_file(destination: str) -> bool:
    parts = PurePath(destination).parts
    name = parts[-1].lower()
    if name in DROPPED_FILES:
        return True
    if "translations" in parts and parts[0] in ("PySide6", "shiboken6"):
        return True  # Qt has no Vietnamese catalogue; ours is in resources/translations
    if "plugins" in parts[:-1] and parts[0] == "PySide6":
        folder = parts[parts.index("plugins") + 1]
        if folder not in QT_PLUGINS_KEPT:
            return True
        kept = QT_PLUGINS_KEPT[folder]
        stem = re.sub(r"^lib", "", name.split(".")[0])
        return kept is not None and stem not in kept
    return False


def prune(binaries: Iterable[tuple[str, str, str]], datas: Iterable[tuple[str, str, str]],
          drop: Callable[[str], bool] = is_unused_qt_file,
          ) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Drop the entries `drop` names, and the libraries only they needed; returns both TOCs.

    A library is removed only when a dropped file links to it and no kept file does, so
    anything PyInstaller found another way (ctypes, a hook) stays.
    """
    from PyInstaller.depend.bindepend import get_imports

    entries = list(binaries)
    sources = {destination: source for destination, source, _ in entries}
    by_name: dict[str, str] = {}
    for destination in sources:
        by_name.setdefault(PurePath(destination).name.lower(), destination)

    def links(destination: str) -> set[str]:
        names = (PurePath(name).name.lower() for name, _ in get_imports(sources[destination]))
        return {by_name[name] for name in names if name in by_name}

    def reach(start: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(start)
        while todo:
            item = todo.pop()
            if item not in seen:
                seen.add(item)
                todo.extend(links(item) - seen)
        return seen

    dropped = {destination for destination in sources if drop(destination)}
    only_through_dropped = reach(dropped) - dropped
    roots = [destination for destination in sources
             if destination not in dropped and destination not in only_through_dropped]
    removed = dropped | (only_through_dropped - reach(roots))

    def dangling(destination: str, source: str, kind: str) -> bool:
        # Linux bundles link libraries into the top folder: ("libQt6Svg.so.6", "PySide6/...")
        target = PurePath(destination).parent / source
        return kind == "SYMLINK" and target.as_posix() in {PurePath(item).as_posix()
                                                           for item in removed}

    kept_binaries = [entry for entry in entries if entry[0] not in removed]
    kept_datas = [entry for entry in datas if not drop(entry[0]) and not dangling(*entry)]
    return kept_binaries, kept_datas


def check_no_forbidden_qt(binaries: Iterable[tuple[str, str, str]]) -> None:
    left = sorted(destination for destination, _, _ in binaries
                  if FORBIDDEN_QT_LIBRARIES.search(PurePath(destination).name))
    if left:
        raise SystemExit(f"Qt libraries the app does not use are still in the bundle: {left}")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" -> (0, 1, 0, 0); a suffix such as "rc1" is dropped (Windows wants 4 numbers)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def write_version_file(path: Path, *, version: str, file_name: str, description: str) -> Path:
    """A Windows version resource in PyInstaller's text form, in Vietnamese (0x042A)."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "KH14 Desktop",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": file_name.removesuffix(".exe"),
        "LegalCopyright": "MIT License",
        "OriginalFilename": file_name,
        "ProductName": "KH14 Desktop",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})"
                       for key, value in strings.items())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('042A04B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])
  ]
)
""", encoding="utf-8")
    return path


def check_version_file(path: Path) -> None:
    """Parse the file as PyInstaller will; without pefile (Linux) at least as Python."""
    try:
        from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file
    except ImportError:
        compile(path.read_text(encoding="utf-8"), str(path), "eval")
        return
    load_version_info_from_text_file(str(path))
