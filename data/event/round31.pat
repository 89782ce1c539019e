# Session 31's events round (docs/EVENTS.md, "Session 31 (events round)").
# Read after codes29.pat and before the CAMEO verb dictionary. Written by
# the dyad team.

# "The supreme court rejected a plea by the former president", "rejected
# their petition": a plea or a petition turned down is a request rejected
# (120), aimed at the one who made it (its "by" phrase or possessor). The
# CAMEO dictionary's REFUSE codes "reject" only with the nouns it lists,
# and a plea is none of them (realnews-dev18).
verbs REJECT_PLEA => ---
  verb reject
  - obj plea => 120
  - obj pleas => 120
  - obj petition => 120
  - obj petitions => 120

# "The government brushed aside a U.S. warning", "brushed the warning
# aside": waving away what another said is a rejection (120), aimed at the
# one who said it (realnews-dev24). The verb with its particle only:
# "brushed the dust off" codes nothing. ("brushed off the criticism" is
# left: the parser makes "off" a preposition there.)
verbs BRUSH_ASIDE => 120
  verb brush aside
