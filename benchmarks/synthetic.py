"""Synthetic but valid olympics.com folders, ``factor`` times the size of the real one.

Usage::

    python benchmarks/synthetic.py SOURCE_DIRECTORY OUT_DIRECTORY FACTOR
    python benchmarks/synthetic.py seed OUT_DIRECTORY FACTOR

The real medals file is replicated ``factor`` times inside the same Games: copy ``j``
of every event is a new event (its title gets `` variant j``) won by new athletes
(their profile URLs and names get a ``-vj`` / `` Vj`` suffix) of the same nations.
So every copy keeps the real shape — the Games and their dates, team medals with and
without listed members, individual medals, ties, unlinked names — while events,
entries and athletes grow ``factor`` times. Copy 0 is the real data, unchanged.

With ``seed`` instead of a folder, the source is a tiny hand-made folder (three Games;
individual and team medals, teams with and without members, ties) written by
:func:`seed`, so the generator needs no data set (the smoke test uses it).

The output is in the olympics.com format (``olympic_hosts.csv`` copied,
``olympic_medals.csv`` replicated), so the library's real reader is what is measured.
"""

from __future__ import annotations

import csv
import os
import shutil
import sys
from pathlib import Path

MEDALS = "olympic_medals.csv"
HOSTS = "olympic_hosts.csv"


SEED_HOSTS = """\
game_slug,game_end_date,game_start_date,game_location,game_name,game_season,game_year
beijing-2022,2022-02-20T12:00:00Z,2022-02-04T15:00:00Z,China,Beijing 2022,Winter,2022
beijing-2008,2008-08-24T14:00:00Z,2008-08-08T12:00:00Z,China,Beijing 2008,Summer,2008
lake-placid-1980,1980-02-24T01:00:00Z,1980-02-13T13:00:00Z,United States,Lake Placid 1980,\
Winter,1980
"""

_A = "https://olympics.com/en/athletes/"
_SEED_ROWS = [
    # discipline, games, event, gender, medal, type, team, athlete, name, country, code
    ("Speed skating", "lake-placid-1980", "500m men", "Men", "GOLD", "Athlete", "",
     "eric-heiden", "Eric HEIDEN", "United States", "USA"),
    ("Speed skating", "lake-placid-1980", "500m men", "Men", "SILVER", "Athlete", "",
     "evgeny-kulikov", "Evgeny KULIKOV", "Soviet Union", "URS"),
    ("Speed skating", "lake-placid-1980", "500m men", "Men", "BRONZE", "Athlete", "",
     "lieuwe-de-boer", "Lieuwe DE BOER", "Netherlands", "NED"),
    ("Speed skating", "lake-placid-1980", "1000m men", "Men", "GOLD", "Athlete", "",
     "eric-heiden", "Eric HEIDEN", "United States", "USA"),
    ("Speed skating", "lake-placid-1980", "1500m men", "Men", "GOLD", "Athlete", "",
     "eric-heiden", "Eric HEIDEN", "United States", "USA"),
    ("Speed skating", "lake-placid-1980", "1500m men", "Men", "SILVER", "Athlete", "",
     "kay-arne-stenshjemmet", "Kay Arne STENSHJEMMET", "Norway", "NOR"),
    ("Ice Hockey", "lake-placid-1980", "Ice Hockey men", "Men", "GOLD", "GameTeam",
     "United States", "", "", "United States", "USA"),
    ("Ice Hockey", "lake-placid-1980", "Ice Hockey men", "Men", "SILVER", "GameTeam",
     "Soviet Union", "vladislav-tretiak", "Vladislav TRETIAK", "Soviet Union", "URS"),
    ("Ice Hockey", "lake-placid-1980", "Ice Hockey men", "Men", "SILVER", "GameTeam",
     "Soviet Union", "", "", "Soviet Union", "URS"),
    ("Cross-Country Skiing", "beijing-2022", "Men's Sprint Free", "Men", "GOLD", "Athlete",
     "", "johannes-hoesflot-klaebo", "Johannes Hoesflot KLAEBO", "Norway", "NOR"),
    ("Cross-Country Skiing", "beijing-2022", "Men's Sprint Free", "Men", "SILVER", "Athlete",
     "", "federico-pellegrino", "Federico PELLEGRINO", "Italy", "ITA"),
    ("Cross-Country Skiing", "beijing-2022", "Men's Sprint Free", "Men", "SILVER", "Athlete",
     "", "alexander-terentev", "Alexander TERENTEV", "ROC", "ROC"),
    ("Cross-Country Skiing", "beijing-2022", "Men's Team Sprint Free", "Men", "GOLD",
     "GameTeam", "Norway", "johannes-hoesflot-klaebo", "Johannes Hoesflot KLAEBO", "Norway",
     "NOR"),
    ("Cross-Country Skiing", "beijing-2022", "Men's Team Sprint Free", "Men", "GOLD",
     "GameTeam", "Norway", "erik-valnes", "Erik VALNES", "Norway", "NOR"),
    ("Cross-Country Skiing", "beijing-2022", "Men's Team Sprint Free", "Men", "SILVER",
     "GameTeam", "Finland", "iivo-niskanen", "Iivo NISKANEN", "Finland", "FIN"),
    ("Curling", "beijing-2022", "Mixed Doubles", "Mixed", "GOLD", "GameTeam", "Italy",
     "amos-mosaner", "Amos MOSANER", "Italy", "ITA"),
    ("Curling", "beijing-2022", "Mixed Doubles", "Mixed", "GOLD", "GameTeam", "Italy",
     "stefania-constantini", "Stefania CONSTANTINI", "Italy", "ITA"),
    ("Swimming", "beijing-2008", "100m butterfly men", "Men", "GOLD", "Athlete", "",
     "michael-phelps-ii", "Michael PHELPS", "United States of America", "USA"),
    ("Swimming", "beijing-2008", "200m butterfly men", "Men", "GOLD", "Athlete", "",
     "michael-phelps-ii", "Michael PHELPS", "United States of America", "USA"),
    ("Swimming", "beijing-2008", "4 x 100m freestyle relay men", "Men", "GOLD", "GameTeam",
     "United States of America", "michael-phelps-ii", "Michael PHELPS",
     "United States of America", "USA"),
    ("Swimming", "beijing-2008", "4 x 100m freestyle relay men", "Men", "GOLD", "GameTeam",
     "United States of America", "jason-lezak", "Jason LEZAK", "United States of America",
     "USA"),
    ("Swimming", "beijing-2008", "4 x 100m freestyle relay men", "Men", "SILVER", "GameTeam",
     "France", "", "", "France", "FRA"),
    ("Judo", "beijing-2008", "-60 kg men", "Men", "GOLD", "Athlete", "",
     "min-ho-choi", "Min-Ho CHOI", "Republic of Korea", "KOR"),
    ("Judo", "beijing-2008", "-60 kg men", "Men", "BRONZE", "Athlete", "",
     "rishod-sobirov", "Rishod SOBIROV", "Uzbekistan", "UZB"),
    ("Judo", "beijing-2008", "-60 kg men", "Men", "BRONZE", "Athlete", "",
     "ruben-houkes", "Ruben HOUKES", "Netherlands", "NED"),
    ("Sailing", "beijing-2008", "Tornado open", "Open", "GOLD", "GameTeam", "Spain", "",
     "", "Spain", "ESP"),
    ("Equestrian", "beijing-2008", "Jumping Individual", "Open", "GOLD", "Athlete", "", "",
     "Eric LAMAZE", "Canada", "CAN"),
]  # fmt: skip


def seed(out: str | os.PathLike[str]) -> Path:
    """Write the tiny hand-made olympics.com folder the generator can start from."""
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    (target / HOSTS).write_text(SEED_HOSTS, encoding="utf-8")
    with (target / MEDALS).open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(
            ["discipline_title", "slug_game", "event_title", "event_gender", "medal_type",
             "participant_type", "participant_title", "athlete_url", "athlete_full_name",
             "country_name", "country_code", "country_3_letter_code"]
        )  # fmt: skip
        for *head, athlete, name, country, code in _SEED_ROWS:
            writer.writerow([*head, _A + athlete if athlete else "", name, country, code[:2], code])
    return target


def generate(source: str | os.PathLike[str], out: str | os.PathLike[str], factor: int) -> Path:
    """Write a folder ``factor`` times the size of ``source``; return its path."""
    if factor < 1:
        raise ValueError(f"factor must be at least 1, not {factor!r}")
    source, target = Path(source), Path(out)
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / HOSTS, target / HOSTS)
    with (source / MEDALS).open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    c = {name: i for i, name in enumerate(header)}
    title, url, name = c["event_title"], c["athlete_url"], c["athlete_full_name"]
    partial = target / (MEDALS + ".part")
    with partial.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        for j in range(1, factor):
            for row in rows:
                copy = list(row)
                copy[title] = f"{row[title]} variant {j}"
                if row[url]:
                    copy[url] = f"{row[url].rstrip('/')}-v{j}"
                if row[name] and not row[name].startswith("#"):
                    copy[name] = f"{row[name]} V{j}"
                writer.writerow(copy)
    partial.replace(target / MEDALS)
    return target


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        raise SystemExit(__doc__)
    source = argv[0]
    if source == "seed":
        source = str(seed(Path(argv[1]) / "seed"))
    print(generate(source, argv[1], int(argv[2])))


if __name__ == "__main__":
    main(sys.argv[1:])
