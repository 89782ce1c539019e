# Session 28's events round (docs/EVENTS.md, "Session 28 (events round)").
# Read after round27.pat and before the CAMEO verb dictionary. Written by
# the dyad team.

# "The United States rejects the interference in Lebanon's affairs by Syria
# and Iran", "rejected Russian meddling": rejecting another's interference is
# denouncing it (111, as the CAMEO dictionary codes "obj interference"
# under other verbs of disapproval), aimed at the one who interferes (the
# deed's "by" doer, deedDoer, or the object's own actor). The dictionary
# codes "reject" only with the words it lists, so these coded nothing.
verbs REJECT_INTERFERENCE => ---
  verb reject
  - obj interference => 111
  - obj meddling => 111
  - obj intervention => 111
  - obj interventions => 111
