"""Merging Histories from several sources into one, reporting what they disagree on.

:func:`merge` links the Games, events, athletes and entries that several sources give
of the same Games, each medal counted once; :func:`merge_report` also says which
events and athletes were linked and why. The first history is the primary source:
where sources disagree, its values stand and the disagreement is reported in the
merged History's ``issues`` (source ``"merge"``). The rules are told in the
concepts guide, "Merging sources".
"""

from olympics_records._engine.public import public_dir
from olympics_records.merging._merge import merge, merge_report
from olympics_records.merging._result import SOURCE, AthleteLink, EventLink, MergeResult

__all__ = ["SOURCE", "AthleteLink", "EventLink", "MergeResult", "merge", "merge_report"]
__dir__ = public_dir(__all__)
