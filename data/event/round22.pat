# Session 22 patterns (docs/EVENTS.md "Round 22"), from the misfires of
# the real-news development sets dev2-dev16. Only verbs that already have a
# block elsewhere: a new verb's null default would code nothing for its
# other uses and take the governing verb's event with it ("chose to renew
# a loan offer" lost its 030 in a trial; event/round22.go).

# "Chile and Peru agreed to foster closer cooperation", "to reinforce
# friendship with X": the verbs of DEVELOP_TIES (dyad.pat) that the CAMEO
# dictionary reads otherwise ("foster" develops nothing, "reinforce" is a
# military reinforcement, 170) or not at all.
verbs FOSTER_TIES => ---
  verb foster
  verb nurture
  verb upgrade
  verb reinforce
  - obj &RELATIONS; pp:with + => 050 intent=030
  - obj &RELATIONS => 050 recip intent=030

# "the Iraqi premier arrived here on Monday for talks with the US
# president": one who arrives for talks with another meets that one (040,
# A -> B, the guide's meeting direction), as "arrived in Amman for talks
# with X" codes (the place then the host of the visit, dyad.pat's VISIT);
# the CAMEO dictionary's ARRIVE makes both sides negotiate (046 both ways)
# when the place is "here" or "there".
verbs ARRIVE_FOR_TALKS => ---
  verb arrive
  - pp:for talks; pp:with + => 040 intent=036
  - pp:for &MEETING; pp:with + => 040 intent=036

# Review of session 22 on unseen stories (docs/EVENTS.md): since the
# lemmatizer of session 22 reads "pleaded" as plead, a plea of guilt in
# court took APPEAL's 020 ("a senator pleaded guilty to fraud"); a plea to
# a court is no appeal to an actor (the CAMEO dictionary's "pleaded not
# guilty" is 016 and stays).
verbs PLEAD_GUILTY => ---
  verb plead
  - obj guilty => ---
