# Session 23 patterns (docs/EVENTS.md "Round 23"), from the real-news
# development misses coded with the parent of the gold's code. Only verbs
# that already have a block elsewhere (see round22.pat's note on a new
# verb's null default).

# "the opposition demanded the premier's departure", "his ouster was
# demanded by the party": a demand that a leader go is a demand for a
# change of leadership (1041), where the CAMEO dictionary's DEMAND block
# has no entry for these nouns and codes the parent (100). ("resignation"
# is left to the dictionary's own entry.)
verbs DEMAND_DEPARTURE => ---
  verb demand
  - obj departure => 1041
  - obj ouster => 1041
  - obj removal => 1041
  - obj "stepping down" => 1041
