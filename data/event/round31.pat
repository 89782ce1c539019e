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

# "The government informed the UN Environment Programme about the spill",
# "notified Japan of the test": telling another about a matter is sharing
# information with it (064, as "briefed X" is), where the CAMEO dictionary
# reads "inform" as a plain statement (010, no event in news). The one
# informed must be an actor and the matter named by "about" or "of"; an
# "informed the partners that ..." stays a statement (realnews-dev24).
verbs INFORM_OF => ---
  verb inform
  verb notify
  - obj +; pp:about => 064 intent=031
  - obj +; pp:of => 064 intent=031

# "gave him a thorough briefing on the disaster": a briefing given is
# information shared (064), where the CAMEO dictionary's GIVE codes
# material cooperation (060) (realnews-dev24).
verbs GIVE_BRIEFING => ---
  verb give | gave given
  - obj briefing => 064 intent=031
  - obj briefings => 064 intent=031

# "held a welcoming banquet for the leaders of 48 African countries", "gave
# a banquet in honour of the president": a banquet given for guests hosts
# them (043, as "hosted a banquet for" does), where the CAMEO dictionary's
# GIVE codes material cooperation (060) and "held" coded nothing
# (realnews-dev24).
&BANQUET = banquet | banquets | dinner | luncheon | "state banquet" | "welcoming banquet"
verbs HOLD_BANQUET => ---
  verb hold | held
  verb give | gave given
  verb throw | threw thrown
  - obj &BANQUET; pp:for + => 043
  - obj &BANQUET; pp:in honor => 043
  - obj &BANQUET; pp:in honour => 043
