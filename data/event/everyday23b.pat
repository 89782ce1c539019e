# dyad's patterns of session 23's second everyday round (docs/EVENTS.md
# "Everyday round 23b"), read after everyday23.pat and before the CAMEO
# verb dictionary.

# "the council voted to extend the mandate of the peacekeeping force in
# Lebanon": keeping peacekeepers deployed is peacekeeping (074), where the
# dictionary's EXTEND and PROLONG code any mandate extended as a demand
# (100). Other mandates keep the dictionary's code. ("renew" is left out:
# listing it here took the dictionary's intent from "decided not to renew
# its offer".)
&PEACEMISSION = mission | force | operation | peacekeepers | "peacekeeping mission" | "peacekeeping force" | "peacekeeping operation" | "stabilisation mission" | "stabilization mission"
verbs EXTEND_MANDATE => ---
  verb extend
  verb prolong
  - obj mandate; pp:of &PEACEMISSION => 074

# "Ottawa imposed punitive duties on Brazilian beef": duties or levies laid
# on a country's goods are a sanction (163, as tariffs are in dyad.pat's
# IMPOSE; announced, 1312), where the dictionary's IMPOSE gives coercion
# (170).
&DUTIES = duties | levies | levy | "import duties" | "anti-dumping duties" | "punitive duties" | "customs duties"
verbs IMPOSE_DUTIES => ---
  verb impose
  verb slap
  - obj &DUTIES; pp:on + => 163 intent=1312
  - obj &DUTIES; pp:against + => 163 intent=1312
  - obj &DUTIES => 163 intent=1312

# "Chile sent a rescue team to the quake zone", "will dispatch rescuers":
# rescuers sent after a disaster are humanitarian aid (073; announced,
# 0333), as the dictionary's "medical team" is, where its SEND codes any
# other team a visit (036).
&RESCUERS = "rescue team" | "rescue teams" | rescuers | "rescue workers" | "search-and-rescue team" | "search-and-rescue teams" | "rescue specialists" | "search-and-rescue specialists"
verbs SEND_RESCUERS => ---
  verb send | sent
  verb dispatch
  verb deploy
  - obj &RESCUERS; pp:to + => 073 intent=0333
  - obj &RESCUERS => 073 intent=0333
  - obj team; pp:of &RESCUERS => 073 intent=0333

# "the prime minister offered his condolences to Turkey": with a
# possessive pronoun on the noun, the dictionary's OFFER took the pronoun
# (the giver himself) for the target and dropped the event; the "to"
# phrase names who receives them (018, as SEND_CONDOLENCES in round21.pat).
&CONDOLENCES = condolence | condolences | sympathy | sympathies | "deepest condolences" | "sincere condolences"
verbs OFFER_CONDOLENCES => ---
  verb offer
  verb express
  verb extend
  - obj &CONDOLENCES; pp:to + => 018
