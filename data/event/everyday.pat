# dyad's patterns of session 15 (everyday diplomatic news), read after
# dyad.pat and before the CAMEO verb dictionary, so that its blocks win
# ties over the dictionary's.

# Shelling is fire by artillery (194, "fight with artillery and tanks"), as
# the dictionary itself codes "shelling" as a subject and as the real-news
# gold codes artillery attacks; its GUNFIRE block gives the verb 190.
verbs SHELL => 194
  verb shell

# "Saudi Arabia hosted talks between Sudan's army and the RSF": a third
# party hosting the talks of two others mediates between them (045, CAMEO's
# "engage in mediation"; the dictionary's 039 is only an intent to
# mediate); the two sides negotiate (046 both ways, event/everyday15.go).
# A host that is itself a side ("between its emir and ...") meets
# rather than mediates: the coder gives 043 (hostIsSide).
verbs HOST_TALKS => ---
  verb host
  - obj talks; pp:between => 045
  - obj negotiations; pp:between => 045
  - obj meeting; pp:between => 045
