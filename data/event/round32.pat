# Session 32's events round (docs/EVENTS.md, "Session 32 (events round)").
# Read after round31.pat and before the CAMEO verb dictionary. Written by
# the dyad team.

# "Abe and Ban exchanged ideas over the resumption of the talks", "exchanged
# views with the Japanese minister": an exchange of views is a consultation
# (040), one event from the one who exchanges with a partner named, both
# ways for a coordinated subject, as the development golds code it
# (realnews-dev12, dev17, dev23); the CAMEO dictionary's TRADE reads
# "exchange views" and "exchange ideas" as negotiation (046). (The noun,
# "had an exchange of views", is left: no pattern of "had" reaches it.)
&VIEWS = views | ideas | opinions
verbs EXCHANGE_VIEWS => ---
  verb exchange
  - obj &VIEWS; pp:with + => 040 intent=036
  - obj &VIEWS => 040 recip intent=036
