# Session 36 (events round): a meeting "with leaders" that was held is a
# meeting (040), not the plan of one. The CAMEO dictionary's MEET_PEOPLE
# codes "meet with leaders" 036:036 whatever the tense, and its pattern
# (a literal word, with the phrasal "meet with") outweighed dyad.pat's
# MEET ("pp:with +"), so "Arafat met with strike leaders on Saturday",
# "met with Albanian leaders" and "met here on Saturday with both leaders
# expressing ..." were coded as intentions. The same words here, read
# before the dictionary, code 040 and its intent 036 ("will meet with
# opposition leaders").
verbs MEET_LEADERS36 => ---
  verb meet with | met
  verb meet | met
  - pp:with leaders => 040:040 intent=036

# "Israel will work with the Palestinian Authority", "China is ready to
# work with Vietnam", "pledged to work closely with": an announced wish to
# cooperate (030), with a "with" partner that is an actor. The CAMEO
# dictionary has no "work with", so these coded nothing. Only the
# intention is coded: "worked with RSF", "had been working with members of
# Islamic Jihad", "worked closely with Natwar Singh in the party" tell
# someone's job or past, not an act between actors, so the coder drops the
# asserted ones (workedWith, event/round36.go).
verbs WORK_WITH36 => ---
  verb work
  - pp:with + => 030 intent=030
