# Session 23 patterns, third events round (docs/EVENTS.md "Round 23c"),
# from the misses of the blind development set dev19. Only verbs that
# already have a block elsewhere (see round22.pat's note on a new verb's
# null default).

# "Norway protested to the Danish authorities over the seizure": a protest
# addressed to someone is an official complaint to that one (114), as a
# protest lodged with X already codes (dyad.pat's FILE_CASE); the CAMEO
# dictionary's PROTEST read it as a demonstration (140) against X. (The
# noun, "filed/lodged/sent a protest to X", was 114 already.)
verbs PROTEST_TO => ---
  verb protest
  - pp:to + => 114
