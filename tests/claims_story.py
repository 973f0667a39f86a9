"""The claims file of the three reports of the 2026 story, and the verdicts expected of it.

Verdicts on the bundled data with the file's [[complete]] statements and no reported
medal tables. Every claim of the file is listed: a claim added without an expectation
fails test_every_claim_of_the_file_has_an_expected_verdict.
"""

from __future__ import annotations

from pathlib import Path

from olympics_records import History
from olympics_records.claims import (
    Complete,
    CompleteAbove,
    ReportedMedalTable,
    Verdict,
    check,
    load_claims,
    load_completeness,
)

ROOT = Path(__file__).parents[1]
CLAIMS_FILE = ROOT / "docs/examples/milano-cortina-2026.claims.toml"


EXPECTED = {
    "000-record-one-games": "supported",
    "000-50km-broke-heiden": "supported",
    "000-half-century-old-mark": "supported",
    "000-heiden-five-1980": "supported",
    "000-beyond-eight": "supported",
    "000-extended-it": "supported",
    "000-six-career-golds": "contradicted",
    "000-second-behind-phelps": "contradicted",
    "000-phelps-23-winter": "contradicted",
    "000-iversen-third": "supported",
    "000-entered-with-five": "supported",
    "000-sixth-gold": "supported",
    "000-sixth-gold-broke": "contradicted",
    "000-sixth-gold-extended": "supported",
    "000-18-golds-40-medals": "unverifiable",
    "000-first-in-total": "unverifiable",
    "000-dale-skjevdal-won": "supported",
    "000-atop-gold-table": "unverifiable",
    "001-record-one-games": "supported",
    "001-50km-broke-heiden": "supported",
    "001-nearly-50-year-record": "supported",
    "001-heiden-five-1980": "supported",
    "001-heiden-all-individual": "supported",
    "001-klaebo-two-team": "supported",
    "001-heiden-individual-stands": "supported",
    "001-nyenget-silver": "supported",
    "001-iversen-bronze": "supported",
    "001-norwegian-sweep": "supported",
    "001-caption-50km-gold": "supported",
    "001-entered-with-five": "supported",
    "001-six-medals": "supported",
    "001-broke-eight": "supported",
    "001-extended": "supported",
    "001-second-all-time": "unverifiable",
    "001-phelps-23": "unverifiable",
    "001-18-golds-40-medals": "unverifiable",
    "001-record-18th-gold": "unverifiable",
    "001-lead-in-total": "unverifiable",
    "001-broke-own-record-friday": "unverifiable",
    "001-dale-skjevdal-friday": "supported",
    "002-sixth-gold": "supported",
    "002-50km-saturday": "supported",
    "002-nyenget-behind": "supported",
    "002-heiden-set-five": "supported",
    "002-heiden-all-individual": "supported",
    "002-klaebo-two-team": "supported",
    "002-iversen-bronze": "supported",
    "002-sweep": "supported",
    "002-won-all-six": "supported",
    "002-won-10k-interval": "supported",
    "002-won-relay": "supported",
    "002-won-skiathlon": "supported",
    "002-won-sprint": "supported",
    "002-won-team-sprint": "supported",
    "002-career-medals": "supported",
    "002-career-golds": "supported",
    "002-18-golds-40-medals": "unverifiable",
    "002-record-18th-gold": "unverifiable",
    "002-lead-in-total": "unverifiable",
    "002-set-record-friday": "unverifiable",
    "002-dale-skjevdal-friday": "supported",
    "002-first-us-medal-team-sprint": "contradicted",
    "002-first-us-medal-at-2026": "unverifiable",
    "002-team-sprint-silver": "supported",
    "002-ogden-sprint-silver": "supported",
    "002-ogden-two-silvers": "supported",
    "002-diggins-bronze": "supported",
    "002-diggins-four-medals": "unverifiable",
    "002-diggins-gold-2018": "unverifiable",
    "002-diggins-silver-2022": "unverifiable",
    "002-diggins-bronze-2022": "unverifiable",
    "002-us-three-medals": "supported",
    "002-us-best-output": "unverifiable",
}


# With the reported medal tables of ../shared/data, the figures the events cannot settle.
WITH_REPORTED = {
    "000-18-golds-40-medals": "supported",
    "001-18-golds-40-medals": "supported",
    "002-18-golds-40-medals": "supported",
}


def verdicts(
    history: History,
    *,
    statements: bool = True,
    reported: ReportedMedalTable | None = None,
    extra: tuple[Complete | CompleteAbove, ...] = (),
) -> dict[str, Verdict]:
    known = (*load_completeness(CLAIMS_FILE), *extra) if statements else extra
    return {
        c.id: check(history, c, completeness=known, reported=reported)
        for c in load_claims(CLAIMS_FILE)
    }


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "story.claims.toml"
    path.write_text(text, encoding="utf-8")
    return path
