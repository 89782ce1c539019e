# Session 31's recall round (docs/EVENTS.md, "Session 31 (recall round)").
# Read after codes29.pat and before the CAMEO verb dictionary. Written by
# the dyad team.

# "The minister stressed Norway's support for the interim government",
# "underlined their backing for the talks": to stress one's support is to
# voice it (051), as "reaffirmed its support" codes in the CAMEO
# dictionary's CONFIRM block. The dictionary's EMPHASIZE block reads these
# verbs as plain statements (010) with no support pattern. The target is
# the one the support is for (event/recall30.go, ownPossessorObject, when
# the support is the speaker's own country's).
verbs EMPHASIZE_SUPPORT => ---
  verb stress
  verb underline
  verb underscore
  verb emphasise
  verb emphasize
  - obj support => 051
  - obj backing => 051
