"""One line of counts from a pytest JUnit XML file, then each test that failed or errored.

    python3 build/wine/junit_summary.py logs/pytest.xml
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree


def main(path: str) -> int:
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        print(f"no results ({exc})")
        return 1
    counts = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    bad: list[str] = []
    skipped: list[str] = []
    for case in root.iter("testcase"):
        name = f"{case.get('classname', '')}::{case.get('name', '')}"
        tags = {child.tag: child for child in case}
        if "failure" in tags or "error" in tags:
            kind = "failed" if "failure" in tags else "errors"
            counts[kind] += 1
            message = (tags.get("failure", tags.get("error")).get("message") or "").strip()
            first = message.splitlines()[0][:160] if message else ""
            bad.append(f"    {kind.upper()} {name}: {first}")
        elif "skipped" in tags:
            counts["skipped"] += 1
            skipped.append(f"    skipped {name}: {tags['skipped'].get('message', '')[:160]}")
        else:
            counts["passed"] += 1
    print(", ".join(f"{count} {kind}" for kind, count in counts.items()))
    for line in bad + skipped:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
