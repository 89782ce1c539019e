# dyad's patterns of session 22's everyday round (docs/EVENTS.md "Everyday
# round 22"), read after everyday.pat and before the CAMEO verb dictionary.

# "the Sudanese delegation walked out of the meeting", "stormed out of the
# talks with the rebels": leaving a meeting in protest halts the
# negotiations (164), where the dictionary's GO_SOMEWHERE codes "walk out"
# a meeting (040); a partner named in a "with" phrase is the target. A bare
# "walked out" (a strike) is left to the dictionary.
&SESSIONS = meeting | meetings | talks | negotiations | summit | session | conference | hall | room | chamber
verbs WALK_OUT => ---
  verb walk out
  verb storm out
  - pp:of &SESSIONS; pp:with + => 164
  - pp:of &SESSIONS => 164

# "families are struggling with the cost of living", "farmers struggle
# with debt": a hardship struggled with is no fight (the dictionary's
# STRUGGLE codes any struggle 190, "use conventional military force").
&HARDSHIPS = cost | costs | price | prices | debt | debts | poverty | inflation | unemployment | shortage | shortages | illness | disease | addiction | bills | rent | drought | heat | demand
verbs STRUGGLE_WITH => ---
  verb struggle
  - pp:with &HARDSHIPS => ---
