"""The small valid file of each reader's format that the bad-input cases break."""

from __future__ import annotations

from dataclasses import dataclass, field

from bad_input_claims import REPORTED, REPORTED_FILE

# --- one small valid file per format -------------------------------------------------

HOSTS = (
    "game_slug,game_end_date,game_start_date,game_location,game_name,game_season,game_year\n"
    "lake-placid-1980,1980-02-24T01:00:00Z,1980-02-13T13:00:00Z,United States,"
    "Lake Placid 1980,Winter,1980\n"
    "beijing-2022,2022-02-20T12:00:00Z,2022-02-04T15:00:00Z,China,Beijing 2022,Winter,2022\n"
)
MEDALS = (
    "discipline_title,slug_game,event_title,event_gender,medal_type,participant_type,"
    "participant_title,athlete_url,athlete_full_name,country_name,country_code,"
    "country_3_letter_code\n"
    "Speed skating,lake-placid-1980,500m men,Men,GOLD,Athlete,,"
    "https://olympics.com/en/athletes/eric-heiden,Eric HEIDEN,United States,US,USA\n"
    "Speed skating,lake-placid-1980,500m men,Men,SILVER,Athlete,,"
    "https://olympics.com/en/athletes/evgeny-kulikov,Evgeny KULIKOV,Soviet Union,SU,URS\n"
    "Speed skating,lake-placid-1980,500m men,Men,BRONZE,Athlete,,"
    "https://olympics.com/en/athletes/lieuwe-de-boer,Lieuwe DE BOER,Netherlands,NL,NED\n"
    "Speed skating,lake-placid-1980,1000m men,Men,GOLD,Athlete,,"
    "https://olympics.com/en/athletes/eric-heiden,Eric HEIDEN,United States,US,USA\n"
    "Ice Hockey,lake-placid-1980,Ice Hockey men,Men,GOLD,GameTeam,United States,,,"
    "United States,US,USA\n"
    "Cross-Country Skiing,beijing-2022,Men's Team Sprint Free,Men,GOLD,GameTeam,Norway,"
    "https://olympics.com/en/athletes/johannes-hoesflot-klaebo,Johannes Hoesflot KLAEBO,"
    "Norway,NO,NOR\n"
    "Cross-Country Skiing,beijing-2022,Men's Team Sprint Free,Men,GOLD,GameTeam,Norway,"
    "https://olympics.com/en/athletes/erik-valnes,Erik VALNES,Norway,NO,NOR\n"
    "Cross-Country Skiing,beijing-2022,Men's Team Sprint Free,Men,SILVER,GameTeam,Finland,"
    "https://olympics.com/en/athletes/iivo-niskanen,Iivo NISKANEN,Finland,FI,FIN\n"
)
OLYMPANALYT = (
    "season,year,medal,country_code,country,athletes,games,sport,event_gender,event_name\n"
    "Winter,2018,Gold,NOR,Norway,Johannes Hoesflot KLAEBO,2018 Pyeongchang,"
    "Cross Country Skiing,Men's,sprint 1.5km\n"
    "Winter,2018,Silver,ITA,Italy,Federico PELLEGRINO,2018 Pyeongchang,"
    "Cross Country Skiing,Men's,sprint 1.5km\n"
    "Winter,2018,Bronze,OAR,Olympic Athletes from Russia,Alexander BOLSHUNOV,"
    "2018 Pyeongchang,Cross Country Skiing,Men's,sprint 1.5km\n"
    'Winter,2022,Gold,NOR,Norway,"KLAEBO Johannes Hoesflot, VALNES Erik",2022 Beijing,'
    "Cross Country Skiing,Men's,Team Sprint\n"
    'Winter,2022,Silver,FIN,Finland,"HYVARINEN Joni, NISKANEN Iivo",2022 Beijing,'
    "Cross Country Skiing,Men's,Team Sprint\n"
    "Summer,2016,Gold,JAM,Jamaica,Jamaica,2016 Rio de Janeiro,Athletics,Men's,4x100m relay\n"
)
KAGGLE = (
    '"ID","Name","Sex","Age","Height","Weight","Team","NOC","Games","Year","Season","City",'
    '"Sport","Event","Medal"\n'
    '"1","Eric Heiden","M",21,185,82,"United States","USA","1980 Winter",1980,"Winter",'
    '"Lake Placid","Speed Skating","Speed Skating Men\'s 500 metres","Gold"\n'
    '"2","Yevgeny Kulikov","M",27,NA,NA,"Soviet Union","URS","1980 Winter",1980,"Winter",'
    '"Lake Placid","Speed Skating","Speed Skating Men\'s 500 metres","Silver"\n'
    '"3","Frode Ronning","M",20,NA,NA,"Norway","NOR","1980 Winter",1980,"Winter",'
    '"Lake Placid","Speed Skating","Speed Skating Men\'s 500 metres",NA\n'
    '"4","Vegard Ulvang","M",30,NA,NA,"Norway","NOR","1994 Winter",1994,"Winter",'
    '"Lillehammer","Cross Country Skiing","Cross Country Skiing Men\'s 4 x 10 kilometres '
    'Relay","Silver"\n'
    '"5","Bjorn Dahlie","M",26,NA,NA,"Norway","NOR","1994 Winter",1994,"Winter",'
    '"Lillehammer","Cross Country Skiing","Cross Country Skiing Men\'s 4 x 10 kilometres '
    'Relay","Silver"\n'
)
PARIS = (
    "medal_date,medal_type,medal_code,name,gender,country_code,country,country_long,"
    "nationality_code,nationality,nationality_long,team,team_gender,discipline,event,"
    "event_type,url_event,birth_date,code_athlete,code_team,is_medallist\n"
    "2024-07-27,Gold Medal,1.0,EVENEPOEL Remco,Male,BEL,Belgium,Belgium,BEL,Belgium,Belgium,"
    ",,Cycling Road,Men's Individual Time Trial,ATH,,2000-01-25,1903136,,True\n"
    "2024-07-27,Silver Medal,2.0,GANNA Filippo,Male,ITA,Italy,Italy,ITA,Italy,Italy,"
    ",,Cycling Road,Men's Individual Time Trial,ATH,,1996-07-25,1923520,,True\n"
    "2024-08-10,Gold Medal,1.0,BENJAMIN Rai,Male,USA,United States,United States,USA,"
    "United States,United States,United States,M,Athletics,Men's 4 x 400m Relay,TEAM,,"
    "1997-07-27,1,ATHM4X400M--USA01,True\n"
    "2024-08-10,Gold Medal,1.0,WILSON Quincy,Male,USA,United States,United States,USA,"
    "United States,United States,United States,M,Athletics,Men's 4 x 400m Relay,TEAM,,"
    "2008-01-08,2,ATHM4X400M--USA01,True\n"
)
MC2026 = (
    "date,medal_code,medal,code,name,gender,country_code,country,discipline,discipline_code,"
    "event_name\n"
    "2026-02-21,1,GOLD,42284,KLAEBO Johannes Hoesflot,M,NOR,Norway,Cross-Country Skiing,CCS,"
    "Men's 50km Mass Start Classic\n"
    "2026-02-21,2,SILVER,42285,NYENGET Martin Loewstroem,M,NOR,Norway,Cross-Country Skiing,CCS,"
    "Men's 50km Mass Start Classic\n"
    "2026-02-21,3,BRONZE,139897,IVERSEN Emil,M,NOR,Norway,Cross-Country Skiing,CCS,"
    "Men's 50km Mass Start Classic\n"
    "2026-02-18,1,GOLD,42284,KLAEBO Johannes Hoesflot,M,NOR,Norway,Cross-Country Skiing,CCS,"
    "Men's Team Sprint Free\n"
    "2026-02-18,1,GOLD,42286,HEDEGART Einar,M,NOR,Norway,Cross-Country Skiing,CCS,"
    "Men's Team Sprint Free\n"
)
TALLY = (
    "edition,edition_id,year,country,country_noc,gold,silver,bronze,total\n"
    "1980 Winter Olympics,41,1980,United States,USA,6,4,2,12\n"
    "1980 Winter Olympics,41,1980,Norway,NOR,1,3,6,10\n"
    "2022 Winter Olympics,60,2022,Norway,NOR,16,8,13,37\n"
    "1956 Equestrian,15,1956,Sweden,SWE,1,2,0,3\n"
)


@dataclass(frozen=True)
class Format:
    """A reader's input: the file the cases break, and which of its columns mean what."""

    target: str
    file: str
    text: str
    key: str
    """A required column (dropped or renamed by the column cases)."""
    name: str
    """The column with the competitor's (or nation's) name."""
    noc: str
    medal: str | None = None
    year: str | None = None
    count: str | None = None
    """A number that can be negative (a place, a medal count)."""
    other: str | None = None
    """A column that plays no part in identity: changed to make a near-duplicate."""
    next_medal: dict[str, str] = field(default_factory=dict)


FORMATS = {
    f.target: f
    for f in (
        Format(
            "olympics_com/medals",
            "olympic_medals.csv",
            MEDALS,
            key="medal_type",
            name="athlete_full_name",
            noc="country_3_letter_code",
            medal="medal_type",
            other="country_name",
            next_medal={"GOLD": "SILVER"},
        ),
        Format(
            "olympics_com/hosts",
            "olympic_hosts.csv",
            HOSTS,
            key="game_season",
            name="game_name",
            noc="",
            year="game_year",
            other="game_end_date",
        ),
        Format(
            "olympanalyt",
            "all_olympic_medalists.csv",
            OLYMPANALYT,
            key="medal",
            name="athletes",
            noc="country_code",
            medal="medal",
            year="year",
            other="games",
            next_medal={"Gold": "Silver"},
        ),
        Format(
            "kaggle120",
            "athlete_events.csv",
            KAGGLE,
            key="Medal",
            name="Name",
            noc="NOC",
            medal="Medal",
            year="Year",
            other="Age",
            next_medal={"Gold": "Silver"},
        ),
        Format(
            "medallists/paris",
            "medallists.csv",
            PARIS,
            key="medal_type",
            name="name",
            noc="country_code",
            medal="medal_type",
            other="birth_date",
            next_medal={"Gold Medal": "Silver Medal"},
        ),
        Format(
            "medallists/2026",
            "medallists.csv",
            MC2026,
            key="medal",
            name="name",
            noc="country_code",
            medal="medal",
            other="country",
            next_medal={"GOLD": "SILVER"},
        ),
        Format(
            "olympedia",
            "Olympic_Games_Medal_Tally.csv",
            TALLY,
            key="country_noc",
            name="country",
            noc="country_noc",
            year="year",
            count="gold",
            other="edition_id",
        ),
    )
}
# The reported medal table is CSV: its cases are the CSV cases of this file, on it.
REPORTED_FORMAT = Format(
    "reported", REPORTED_FILE, REPORTED, key="gold", name="source", noc="noc", count="gold",
    other="source",
)  # fmt: skip
