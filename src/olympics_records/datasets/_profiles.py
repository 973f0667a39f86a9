"""olympics.com's athletes under two profiles, made one by its own athlete list.

olympics.com lists some athletes under two profiles (``bart-swings`` and
``bart-swings-x2516``, ``sarah-sjostrom`` and ``sarah-sjoestroem``): their medals
are split between two athletes. Its athlete list (``olympic_athletes.csv``) has no
URL column, but it gives each profile's name and birth year: two profiles of one
name whose rows give one birth year, for one nation and never in one event, are one
person. Two namesakes, such as Shi Zhiyong, the weightlifting champion of 2004 and
the one of 2016 and 2020, have two birth years and stay two.
"""

from __future__ import annotations

import attrs

from olympics_records import nocs as noc_registry
from olympics_records.datasets._builder import EntryDraft, HistoryBuilder, trimmed
from olympics_records.datasets._csv import CsvTable
from olympics_records.names import name_key, repair_mojibake

__all__ = ["unite_profiles"]


def unite_profiles(builder: HistoryBuilder, table: CsvTable) -> None:
    """Make one athlete of the profiles the athlete list shows are one person's.

    Profiles (ids from URLs, not made from a name) whose names have one key are
    one athlete where the list has as many rows of that key as there are such
    profiles, all with one birth year, and the profiles' entries are for one NOC and
    never in one event. Their entries go to the profile with the shortest id (then
    the first in sort order: the same whatever files are read); each union is noted.
    The list has no URL column, so its rows are linked by name: two namesakes born
    the same year whose entries are for one nation in different events would be
    united, and only then.
    """
    missing = [c for c in ("athlete_full_name", "athlete_year_birth") if c not in table.columns]
    if missing:
        for _ in table:  # (its rows are read, so a broken one is still reported)
            pass
        table.note(
            f"not read: it has no {', '.join(missing)} column, so profiles cannot be "
            "told apart by birth year",
            field=missing[0],
        )
        return
    keys: dict[str, list[str]] = {}
    for athlete, (written, _) in builder.athletes.items():
        if ":" not in athlete:  # a profile: ids made from a name have the NOC's prefix
            keys.setdefault(name_key(written), []).append(athlete)
    groups = {key: ids for key, ids in keys.items() if len(ids) > 1}
    spellings = {builder.athletes[a][0].casefold(): key for key, ids in groups.items() for a in ids}
    born: dict[str, list[str]] = {}
    i_name, i_born = table.columns["athlete_full_name"], table.columns["athlete_year_birth"]
    for _, row in table:
        name = trimmed(row[i_name])
        key = spellings.get((name if name.isascii() else repair_mojibake(name)).casefold())
        if key is not None:
            born.setdefault(key, []).append(row[i_born].strip())
    if not groups:
        return
    nocs: dict[str, set[str]] = {}
    events: dict[str, set[str]] = {}
    wanted = {a for ids in groups.values() for a in ids}
    for item in builder.entries:
        entry, members = (
            (item, item.members) if isinstance(item, EntryDraft) else (item[0], item[0].athletes)
        )
        for athlete in wanted.intersection(members):
            nocs.setdefault(athlete, set()).add(entry.noc)
            events.setdefault(athlete, set()).add(entry.event)
    into: dict[str, str] = {}
    united: list[str] = []
    for key, ids in sorted(groups.items()):
        years = born.get(key, [])
        held = [events.get(a, set()) for a in ids]
        if (
            len(years) == len(ids)
            and len(set(years)) == 1
            and years[0].isdigit()
            and _one_nation(set().union(*(nocs.get(a, set()) for a in ids)))
            and sum(map(len, held)) == len(set().union(*held))
            and len({builder.athletes[a][1] for a in ids} - {None}) <= 1
        ):
            kept, *others = sorted(ids, key=lambda a: (len(a), a))
            for other in others:
                into[other] = kept
            united.append(f"{', '.join(map(repr, others))} into {kept!r} (born {years[0]})")
    if not into:
        return
    _rename_athletes(builder, into)
    table.note(
        f"{len(united)} athletes are listed under several profiles, each of one name and "
        "one birth year here, for one NOC and never in one event: their entries are "
        "one athlete's: " + "; ".join(united),
        field="athlete_full_name",
    )


def _rename_athletes(builder: HistoryBuilder, into: dict[str, str]) -> None:
    """Give the entries of each athlete of ``into`` to the athlete it maps to."""
    for i, entry in enumerate(builder.entries):
        if isinstance(entry, EntryDraft):
            if any(a in into for a in entry.members):
                entry.members = [into.get(a, a) for a in entry.members]
                entry.member_rows = {into.get(a, a): r for a, r in entry.member_rows.items()}
        elif entry[0].athletes[0] in into:
            solo, ref = entry
            builder.entries[i] = (attrs.evolve(solo, athletes=(into[solo.athletes[0]],)), ref)
    for other, kept in into.items():
        # The spellings were read back from mojibake when they were registered: the
        # builder's rule (the first in sort order) is applied here, not the builder,
        # which would read them back again.
        written, sex = builder.athletes.pop(other)
        known, known_sex = builder.athletes[kept]
        if written and (written < known or known == kept):
            known = written
        builder.athletes[kept] = (known, known_sex or sex)


def _one_nation(codes: set[str]) -> bool:
    """Whether NOC codes are one nation's: one code, or codes of one lineage."""
    if len(codes) <= 1:
        return True
    first = next(iter(codes))
    if not noc_registry.is_known(first):
        return False
    return codes <= set(noc_registry.lineage(first))
