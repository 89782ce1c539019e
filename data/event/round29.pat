# Session 29's events round (docs/EVENTS.md, "Session 29 (events round)").
# Read after recall28.pat and before the CAMEO verb dictionary. Written by
# the dyad team.

# "The commission has taken the Chinese trademark board to court", "dragged
# the ministry to court": to take someone to court is to sue them (115,
# "bring lawsuit against"); the CAMEO dictionary's APPREHEND reads "take" as
# a seizure (171) of its object.
verbs TAKE_TO_COURT => ---
  verb take | took taken
  verb drag | dragged
  verb haul | hauled
  - obj +; pp:to court => 115
