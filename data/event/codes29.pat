# Session 29's codes round (docs/EVENTS.md, "Session 29 (codes round)").
# Read after recall28.pat and before the CAMEO verb dictionary. Written by
# the dyad team.

# "Syria has fully cooperated with the UN probe", "cooperated with the
# investigators": cooperating with an inquiry into a crime is judicial
# cooperation (063), as the gold codes it and as the coder codes an appeal
# or demand to cooperate with investigations (0213, 1013); the CAMEO
# dictionary's COLLABORATE block says 064 (sharing intelligence).
verbs COOPERATE_INQUIRY => ---
  verb cooperate
  - pp:with investigation => 063
  - pp:with investigations => 063
  - pp:with inquiry => 063
  - pp:with enquiry => 063
  - pp:with probe => 063
  - pp:with investigators => 063

