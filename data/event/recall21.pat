# Session 21's recall round (docs/EVENTS.md, "recall, session 21"): news
# phrasings of CAMEO events that no pattern reached. Read after left20.pat
# and before the CAMEO verb dictionary. Written by the dyad team.

# "The embassy made strong representations to the government", "lodged a
# formal protest with Tokyo", "handed a protest note to the ambassador":
# an official complaint to the one named (114, CAMEO's "complain
# officially"). A complaint lodged against someone stays FILE_CASE's 115
# (dyad.pat); a note without protest codes nothing here.
&PROTESTNOTE = protest | protests | "formal protest" | "strong protest" | "official protest" | "diplomatic protest" | "protest note" | "protest notes" | "protest letter" | "letter of protest" | "note of protest" | representations | "strong representations" | "formal representations" | "stern representations" | demarche | "formal complaint" | "official complaint"
verbs LODGE_PROTEST => ---
  verb lodge
  verb make | made
  verb deliver
  verb hand | handed
  verb register
  verb file
  verb send | sent
  - obj &PROTESTNOTE; pp:with + => 114
  - obj &PROTESTNOTE; pp:to + => 114
  - obj note; pp:of protest; pp:to + => 114
  - obj letter; pp:of protest; pp:to + => 114

# "Iran described the Israeli prime minister as a war criminal", "portrayed
# the rebels as terrorists": naming an actor so is criticism (111, CAMEO's
# "criticize or denounce"), as "branded X a terrorist" is in the CAMEO
# dictionary. Describing someone as anything else ("as a friend", "as a
# housewife") codes nothing here.
&VILLAIN = criminal | criminals | "war criminal" | "war criminals" | terrorist | terrorists | dictator | tyrant | murderer | murderers | killer | killers | thug | thugs | aggressor | aggressors | occupier | occupiers | liar | liars | "rogue state" | "terrorist state" | "terrorist regime" | "terrorist organisation" | "terrorist organization" | "terrorist group" | "puppet regime" | "criminal regime" | butcher | fascist | fascists | "threat to peace" | "threat to world peace"
verbs DESCRIBE_AS => ---
  verb describe
  verb portray
  verb depict
  verb characterise
  verb characterize
  - obj +; pp:as &VILLAIN => 111

# "Students handed the ambassador a petition demanding ...", "presented a
# petition to the president": a petition handed to someone is an appeal to
# them (020, CAMEO's "make an appeal or request"), as "submitted a petition
# to X" is in the CAMEO dictionary.
&PETITION = petition | petitions | "letter of demands" | "list of demands"
verbs HAND_PETITION => ---
  verb hand | handed
  verb present
  verb deliver
  - obj +; obj &PETITION => 020
  - obj &PETITION; pp:to + => 020

# "the president convened a meeting of his security cabinet": one who convenes
# a meeting or session of a body calls it together; the body is no partner
# in talks (the CAMEO dictionary's ASSEMBLE codes "convene ... meeting"
# 046 both ways with whoever the "of" phrase names). "convened talks with
# the rebels" keeps the dictionary's talks.
verbs CONVENE => ---
  verb convene
  - obj meeting; pp:of => ---
  - obj session; pp:of => ---
  - obj meetings; pp:of => ---
