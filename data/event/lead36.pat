# Session 36 (lead): a government that "protests" another's act, named in
# the object's words ("protested Japan's visits to the shrine", "strongly
# protesting the latter's pilgrimages"), criticizes it (111); the CAMEO
# dictionary's PROTEST codes it 140, a demonstration. A protest lodged with
# someone (round23c.pat, "protested to X") stays 114, and a protest with
# no actor in its object (crowds "protested the fuel prices") is not this
# pattern's.
verbs PROTEST_ACT => ---
  verb protest
  - obj + => 111
