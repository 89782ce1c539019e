# Session 24's recall round (docs/EVENTS.md, "Recall, session 24"). Read
# after recall21.pat and before the CAMEO verb dictionary. Written by the
# dyad team.

# "Police arrested a drug dealer", "detained two heroin smugglers": the
# arrest of a person named by a drug word. The CAMEO dictionary's
# APPREHEND block reads any object with "drug", "heroin" or "opium" in it
# as a seizure of the drug itself and codes nothing ("seized heroin"),
# which silenced the arrest of the dealer; the drug stays no event.
&DRUGPEOPLE = "drug dealer" | "drug dealers" | "drug seller" | "drug sellers" | "drug trafficker" | "drug traffickers" | "drug smuggler" | "drug smugglers" | "drug lord" | "drug lords" | "drug baron" | "drug barons" | "drug gang" | "drug gangs" | "drug runner" | "drug runners" | "drug pusher" | "drug pushers" | "drug suspect" | "drug suspects" | "heroin dealer" | "heroin dealers" | "heroin smuggler" | "heroin smugglers" | "heroin trafficker" | "heroin traffickers" | "opium smuggler" | "opium smugglers"
verbs ARREST_DRUG => ---
  verb arrest
  verb detain
  verb apprehend
  verb capture
  verb catch | caught
  verb nab | nabbing nabbed
  - obj &DRUGPEOPLE => 173
