# Session 28's recall round (docs/EVENTS.md, "Session 28 (recall round)").
# Read after round27.pat and before the CAMEO verb dictionary. Written by
# the dyad team.

# "The government and the rebels finalized negotiations on the truce":
# to finalize talks is to negotiate to the end, the parties each
# other's partners (046 both ways; with a partner named, "finalized
# negotiations with the bank", that one). The CAMEO dictionary lacks the
# verb.
verbs FINALIZE_TALKS => ---
  verb finalize
  - obj negotiations; pp:with + => 046 intent=036
  - obj talks; pp:with + => 046 intent=036
  - obj negotiations => 046 recip intent=036
  - obj talks => 046 recip intent=036

# "Norway is facilitating peace talks between the government and the
# rebels": to facilitate the parties' talks is to mediate between them
# (045 to each party, as "mediated talks between" codes). The CAMEO
# dictionary reads "facilitate" as cooperation (060) with the country of
# the parties; only with a meeting as the object ("facilitated trade"
# stays the dictionary's). ("chair" has no block elsewhere and is left
# out: its null default would take the governing verb's event, as
# docs/EVENTS.md "Round 22" found for "renew".)
verbs FACILITATE_TALKS => ---
  verb facilitate
  - obj &MEETING => 045

# "spoke to reporters before heading into talks with the Egyptian
# leader": to head (or go) into talks with someone is to meet them, the
# partner named by the talks' "with" phrase (040; 036 when planned). The
# CAMEO dictionary reads "head" as leading and "go" as a journey.
verbs HEAD_INTO_TALKS => ---
  verb head
  verb go | went gone
  - pp:into &MEETING; pp:with + => 040 intent=036
