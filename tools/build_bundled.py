"""Write the bundled Milano Cortina 2026 data from the fact sheets.

The package ships ``datasets/_data/milano-cortina-2026.json`` in its own JSON format.
This script is how that file was written, kept so the provenance is reproducible:

    python tools/build_bundled.py ../shared/data/milano-cortina-2026 [OUT.json]

It reads ``medals.csv`` (all 81 podium places of the events listed, with dates) and
``history.csv`` (the earlier medals the 2026 record story needs), links the spellings
of one athlete (``Klaebo``/``Klæbo``) through :func:`olympics_records.names.name_key`,
and takes Games dates and NOC names from the package's own registries.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

from olympics_records import (
    Athlete,
    Coverage,
    Entry,
    Event,
    EventKind,
    Gender,
    History,
    Medal,
    to_json,
)
from olympics_records import nocs as noc_registry
from olympics_records.editions import editions
from olympics_records.names import name_key, slug

OUT = Path(__file__).parents[1] / "src/olympics_records/datasets/_data/milano-cortina-2026.json"

# history.csv names disciplines only; the sport each belongs to.
SPORT_OF = {
    "Speed Skating": "Skating",
    "Cross-Country Skiing": "Skiing",
    "Biathlon": "Biathlon",
    "Freestyle Skiing": "Skiing",
}
GENDER_PREFIXES = ("men's ", "women's ")


def event_id(games: str, discipline: str, gender: str, name: str) -> str:
    title = name
    for prefix in GENDER_PREFIXES:
        if title.lower().startswith(prefix):
            title = title[len(prefix) :]
    return f"{games}/{slug(discipline)}/{gender}/{slug(title)}"


def main(folder: Path, out: Path = OUT) -> None:
    rows: list[dict[str, str]] = []
    with (folder / "medals.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            row["games"] = "2026-winter"
            rows.append(row)
    with (folder / "history.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            year = int(row["games"].split()[0])
            row["games"] = f"{year}-winter"
            row["sport"] = SPORT_OF[row["discipline"]]
            row["date"] = ""
            rows.append(row)

    # One athlete per name key; the display name is the spelling with native letters.
    spellings: dict[str, list[str]] = {}
    sexes: dict[str, set[str]] = {}
    for row in rows:
        for name in filter(None, (n.strip() for n in row["athletes"].split(";"))):
            spellings.setdefault(name_key(name), []).append(name)
            if row["gender"] in ("men", "women"):
                sexes.setdefault(name_key(name), set()).add("M" if row["gender"] == "men" else "F")
    athletes: dict[str, Athlete] = {}
    for key, names in spellings.items():
        display = max(names, key=lambda n: (sum(not c.isascii() for c in n), names.count(n)))
        sex = sexes.get(key, set())
        athletes[key] = Athlete(
            id=slug(display), name=display, sex=sex.pop() if len(sex) == 1 else None
        )

    events: dict[str, Event] = {}
    entries: list[Entry] = []
    for row in rows:
        eid = event_id(row["games"], row["discipline"], row["gender"], row["event"])
        kind = EventKind(row["kind"])
        date = dt.date.fromisoformat(row["date"]) if row["date"] else None
        events.setdefault(
            eid,
            Event(
                id=eid,
                games=row["games"],
                sport=row["sport"],
                discipline=row["discipline"],
                name=row["event"],
                gender=Gender(row["gender"]),
                kind=kind,
                date=date,
            ),
        )
        medal = Medal(row["medal"])
        names = [n.strip() for n in row["athletes"].split(";") if n.strip()]
        entries.append(
            Entry(
                event=eid,
                noc=row["noc"],
                athletes=tuple(athletes[name_key(n)].id for n in names),
                place=medal.place,
                medal=medal,
                complete=row.get("complete_team", "") != "no",
            )
        )

    games_ids = sorted({e.games for e in events.values()})
    games = [g for g in editions() if g.id in games_ids]
    coverage = [
        Coverage(
            games=g,
            all_events=False,
            full_podiums=g == "2026-winter",
            note=(
                "complete podiums of the events listed: all cross-country and biathlon "
                "events, the speed-skating mass starts and ski cross"
                if g == "2026-winter"
                else "only the medals the 2026 record story needs"
            ),
        )
        for g in games_ids
    ]
    history = History(
        games=games,
        events=sorted(events.values(), key=lambda e: e.id),
        entries=entries,
        athletes=sorted(athletes.values(), key=lambda a: a.id),
        nocs=[noc_registry.get(code) for code in sorted({e.noc for e in entries})],
        coverage=coverage,
    )
    out.write_text(to_json(history, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(history.entries)} entries, {len(history.athletes)} athletes")


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/milano-cortina-2026")
    main(folder, Path(sys.argv[2]) if len(sys.argv) > 2 else OUT)
