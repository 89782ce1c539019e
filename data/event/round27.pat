# Session 27's events round (docs/EVENTS.md, "Session 27"). Read after
# recall26.pat and before the CAMEO verb dictionary. Written by the dyad
# team.

# "said he talked about the pullout with the US president": the parser
# hangs the "with" phrase on the topic noun, and the CAMEO dictionary's
# CONFER then read the talk as a negotiation with both sides (046:046,
# 046 one way after the extras cut of session 26) where "talked with X
# about the pullout" and "talked with X" are a consultation (dyad.pat's
# TALK, 040; the gold guide's meeting-direction rule: A -> B only).
verbs TALK_ABOUT_WITH => ---
  verb talk
  - pp:about with + => 040 intent=036
