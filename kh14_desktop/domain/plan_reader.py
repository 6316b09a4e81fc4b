"""Reading a plan file (format `kh14-plan`, described in docs/plan-format.md) into a `Plan`.

Everything is checked before a `Plan` exists: types, required fields, unique ids, and that
every reference points at something defined. The first mistake found is raised as a
`PlanFileError` naming the file, the JSON path and the reason.
"""

from __future__ import annotations

import json
from typing import Any

from kh14_desktop.domain.errors import PlanFileError
from kh14_desktop.domain.json_reader import JsonNode
from kh14_desktop.domain.plan import (
    Assignment,
    Indicator,
    Plan,
    PlanDocument,
    ReportRule,
    Section,
    Signer,
    Task,
    Unit,
    UnitGroup,
    UnitKind,
    UnitRef,
)

PLAN_FORMAT = "kh14-plan"
PLAN_FORMAT_VERSION = 1
MAX_PLAN_BYTES = 5 * 1024 * 1024

_TOP_KEYS = frozenset({"format", "format_version", "id", "name", "province", "year", "period",
                       "document", "report", "units", "groups", "indicators", "sections",
                       "tasks", "$comment"})
_DOCUMENT_KEYS = frozenset({"number", "date", "place", "issuer", "issuer_short", "kind",
                            "title", "signer", "recipients", "legal_bases", "purposes",
                            "requirements", "funding", "closing"})
_UNIT_KEYS = frozenset({"id", "name", "short_name", "kind", "aliases", "parent_name", "place",
                        "symbol", "party_body"})
_GROUP_KEYS = frozenset({"id", "name", "members", "aliases", "note"})
_INDICATOR_KEYS = frozenset({"key", "name", "name_en", "measure", "measure_en"})
_SECTION_KEYS = frozenset({"code", "title", "content"})
_TASK_KEYS = frozenset({"code", "part", "number", "section", "title", "content", "lead",
                        "cooperating", "indicators", "keywords"})
_ASSIGNMENT_KEYS = frozenset({"label", "text", "refs"})
_REF_KEYS = frozenset({"text", "unit", "group", "open", "requested", "conditional",
                       "condition"})
_UNIT_KINDS = frozenset(kind.value for kind in UnitKind)


def parse_plan(data: bytes, source: str) -> Plan:
    """Decode and check a plan file's bytes; `source` names the file in error messages."""

    def error(path: str, reason_code: str, **params: Any) -> PlanFileError:
        return PlanFileError(source, path, reason_code, **params)

    if len(data) > MAX_PLAN_BYTES:
        raise error("/", "plan.too_large", size=len(data), limit=MAX_PLAN_BYTES)
    try:
        decoded = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise error("/", "plan.unreadable", detail=str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise error("/", "plan.not_json", line=exc.lineno, column=exc.colno,
                    detail=exc.msg) from exc
    except RecursionError as exc:
        raise error("/", "plan.not_json", line=0, column=0, detail="nested too deep") from exc
    return _PlanReader(JsonNode(decoded, error), source).read()


class _PlanReader:
    def __init__(self, root: JsonNode, source: str) -> None:
        self.root = root
        self.source = source

    def read(self) -> Plan:
        root = self.root.object()
        if not root.has("format") or root.value["format"] != PLAN_FORMAT:
            (root.get("format") or root).fail("plan.wrong_format", expected=PLAN_FORMAT)
        version = root["format_version"].integer(low=1)
        if version > PLAN_FORMAT_VERSION:
            root["format_version"].fail("plan.unsupported_version", version=version,
                                        supported=PLAN_FORMAT_VERSION)
        root.object(_TOP_KEYS)

        period = root["period"].object(frozenset({"start", "end"}))
        start, end = period["start"].date(), period["end"].date()
        if start > end:
            period.fail("plan.period_reversed", start=start.isoformat(), end=end.isoformat())

        units = self._units(root["units"])
        unit_ids = {unit.id for unit in units}
        groups = self._groups(root["groups"], unit_ids)
        group_ids = {group.id for group in groups}
        indicators = self._indicators(root["indicators"])
        indicator_keys = {indicator.key for indicator in indicators}
        sections = self._sections(root.get("sections"))
        section_codes = {section.code for section in sections}
        tasks = tuple(
            self._task(node, unit_ids, group_ids, indicator_keys, section_codes)
            for node in root["tasks"].items(allow_empty=False)
        )
        self._unique(root["tasks"], [task.code for task in tasks])

        report_node = root["report"].object(frozenset({"deadline", "recipient", "text"}))
        deadline = report_node["deadline"].date()
        if not start <= deadline <= end:
            report_node["deadline"].fail("plan.deadline_outside", deadline=deadline.isoformat(),
                                         start=start.isoformat(), end=end.isoformat())
        recipient = report_node["recipient"].ident()
        if recipient not in unit_ids:
            report_node["recipient"].fail("plan.unknown_unit", id=recipient)

        return Plan(
            id=root["id"].ident(),
            format_version=version,
            name=root["name"].text(200),
            province=root["province"].text(100),
            year=root["year"].integer(1900, 2999),
            period_start=start,
            period_end=end,
            document=self._document(root["document"]),
            report=ReportRule(deadline, recipient, report_node["text"].text(2000)),
            units=units,
            groups=groups,
            indicators=indicators,
            sections=sections,
            tasks=tasks,
            source=self.source,
        )

    @staticmethod
    def _unique(parent: JsonNode, ids: list[str]) -> None:
        seen: set[str] = set()
        for index, ident in enumerate(ids):
            if ident in seen:
                JsonNode(None, parent._error, f"{parent.path}/{index}").fail(
                    "plan.duplicate_id", id=ident)
            seen.add(ident)

    @staticmethod
    def _optional_text(node: JsonNode, key: str, limit: int = 100_000) -> str:
        child = node.get(key)
        return child.text(limit, allow_empty=True) if child else ""

    @staticmethod
    def _optional_list(node: JsonNode, key: str) -> tuple[str, ...]:
        child = node.get(key)
        return child.text_list() if child else ()

    def _document(self, node: JsonNode) -> PlanDocument:
        node.object(_DOCUMENT_KEYS)
        signer = node["signer"].object(frozenset({"authority", "title", "name"}))
        return PlanDocument(
            number=node["number"].text(100),
            date=node["date"].date(),
            place=node["place"].text(100),
            issuer=node["issuer"].text(300),
            issuer_short=node["issuer_short"].text(200),
            kind=node["kind"].text(100),
            title=node["title"].text(1000),
            signer=Signer(signer["authority"].text(100), signer["title"].text(100),
                          signer["name"].text(100)),
            recipients=self._optional_list(node, "recipients"),
            legal_bases=self._optional_list(node, "legal_bases"),
            purposes=self._optional_list(node, "purposes"),
            requirements=self._optional_list(node, "requirements"),
            funding=self._optional_text(node, "funding"),
            closing=self._optional_text(node, "closing"),
        )

    def _units(self, node: JsonNode) -> tuple[Unit, ...]:
        units = []
        for item in node.items(allow_empty=False):
            item.object(_UNIT_KEYS)
            party = item.get("party_body")
            units.append(Unit(
                id=item["id"].ident(),
                name=item["name"].text(300),
                short_name=item["short_name"].text(100),
                kind=UnitKind(item["kind"].choice(_UNIT_KINDS)),
                aliases=self._optional_list(item, "aliases"),
                parent_name=self._optional_text(item, "parent_name", 300),
                place=self._optional_text(item, "place", 100),
                symbol=self._optional_text(item, "symbol", 40),
                party_body=party.boolean() if party else False,
            ))
        self._unique(node, [unit.id for unit in units])
        return tuple(units)

    def _groups(self, node: JsonNode, unit_ids: set[str]) -> tuple[UnitGroup, ...]:
        groups = []
        for item in node.items():
            item.object(_GROUP_KEYS)
            members = []
            for member in item["members"].items(allow_empty=False):
                ident = member.ident()
                if ident not in unit_ids:
                    member.fail("plan.unknown_unit", id=ident)
                members.append(ident)
            groups.append(UnitGroup(
                id=item["id"].ident(),
                name=item["name"].text(300),
                members=tuple(members),
                aliases=self._optional_list(item, "aliases"),
                note=self._optional_text(item, "note", 2000),
            ))
        self._unique(node, [group.id for group in groups])
        return tuple(groups)

    def _indicators(self, node: JsonNode) -> tuple[Indicator, ...]:
        indicators = []
        for item in node.items():
            item.object(_INDICATOR_KEYS)
            indicators.append(Indicator(
                key=item["key"].ident(),
                name=item["name"].text(300),
                name_en=item["name_en"].text(300),
                measure=item["measure"].text(50),
                measure_en=item["measure_en"].text(50),
            ))
        self._unique(node, [indicator.key for indicator in indicators])
        return tuple(indicators)

    def _sections(self, node: JsonNode | None) -> tuple[Section, ...]:
        if node is None:
            return ()
        sections = []
        for item in node.items():
            item.object(_SECTION_KEYS)
            sections.append(Section(item["code"].text(20), item["title"].text(2000),
                                    self._optional_text(item, "content")))
        self._unique(node, [section.code for section in sections])
        return tuple(sections)

    def _assignment(self, node: JsonNode, unit_ids: set[str], group_ids: set[str]) -> Assignment:
        node.object(_ASSIGNMENT_KEYS)
        refs = []
        for item in node["refs"].items(allow_empty=False):
            item.object(_REF_KEYS)
            targets = [key for key in ("unit", "group", "open") if item.get(key) is not None]
            if len(targets) != 1:
                item.fail("plan.bad_reference")
            unit = group = None
            is_open = False
            if targets[0] == "unit":
                unit = item["unit"].ident()
                if unit not in unit_ids:
                    item["unit"].fail("plan.unknown_unit", id=unit)
            elif targets[0] == "group":
                group = item["group"].ident()
                if group not in group_ids:
                    item["group"].fail("plan.unknown_group", id=group)
            else:
                is_open = item["open"].boolean()
                if not is_open:
                    item.fail("plan.bad_reference")
            requested = item.get("requested")
            conditional = item.get("conditional")
            refs.append(UnitRef(
                text=self._optional_text(item, "text", 1000),
                unit=unit,
                group=group,
                open=is_open,
                requested=requested.boolean() if requested else False,
                conditional=conditional.boolean() if conditional else False,
                condition=self._optional_text(item, "condition", 1000),
            ))
        return Assignment(node["label"].text(100), node["text"].text(5000), tuple(refs))

    def _task(self, node: JsonNode, unit_ids: set[str], group_ids: set[str],
              indicator_keys: set[str], section_codes: set[str]) -> Task:
        node.object(_TASK_KEYS)
        indicators = []
        for item in node["indicators"].items():
            key = item.ident()
            if key not in indicator_keys:
                item.fail("plan.unknown_indicator", id=key)
            indicators.append(key)
        section_node = node.get("section")
        section = section_node.text(20) if section_node else None
        if section is not None and section not in section_codes:
            section_node.fail("plan.unknown_section", id=section)  # type: ignore[union-attr]
        cooperating = node.get("cooperating")
        return Task(
            code=node["code"].text(20),
            part=node["part"].choice(frozenset({"II", "IV"})),
            number=node["number"].text(20),
            title=node["title"].text(3000),
            content=self._optional_text(node, "content"),
            lead=self._assignment(node["lead"], unit_ids, group_ids),
            cooperating=self._assignment(cooperating, unit_ids, group_ids) if cooperating else None,
            indicators=tuple(indicators),
            section=section,
            keywords=self._optional_list(node, "keywords"),
        )
