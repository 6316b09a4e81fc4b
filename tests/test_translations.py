"""Every string of the window has a Vietnamese translation, and the .qm files are current."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("translations", ROOT / "build" / "translations.py")
assert spec is not None and spec.loader is not None
translations = importlib.util.module_from_spec(spec)
sys.modules["translations"] = translations
spec.loader.exec_module(translations)


@pytest.mark.parametrize("catalogue", translations.SOURCE_CATALOGUES, ids=lambda p: p.name)
def test_the_catalogue_holds_every_string_of_the_code(catalogue: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(catalogue, fresh)
    translations.lupdate(fresh, catalogue)
    assert set(translations.messages(fresh)) == set(translations.messages(catalogue)), \
        "run: python build/translations.py update"


@pytest.mark.parametrize("catalogue", translations.SOURCE_CATALOGUES, ids=lambda p: p.name)
def test_every_string_is_translated(catalogue: Path) -> None:
    missing = [key for key, (_, done) in translations.messages(catalogue).items() if not done]
    assert missing == [], "run: python build/translations.py missing"


@pytest.mark.parametrize("catalogue", translations.CATALOGUES, ids=lambda p: p.name)
def test_the_compiled_catalogue_is_current(catalogue: Path, tmp_path: Path) -> None:
    built = tmp_path / catalogue.with_suffix(".qm").name
    translations.lrelease(catalogue, built)
    assert built.read_bytes() == catalogue.with_suffix(".qm").read_bytes(), \
        "run: python build/translations.py release"


@pytest.mark.parametrize("catalogue", translations.SOURCE_CATALOGUES, ids=lambda p: p.name)
def test_placeholders_survive_translation(catalogue: Path) -> None:
    import re

    for (context, source), (text, _) in translations.messages(catalogue).items():
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", text)), \
            (context, source)
