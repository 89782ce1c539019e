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

# "Ruto invited Abiy to visit Nairobi", "invited the Kenyan president to
# the summit": an invitation is an offer to meet or host (036, CAMEO's
# "express intent to meet or negotiate", as the original CAMEO verb
# dictionary codes "invite ... to visit" and "invite X to"), made when it
# is extended, from the one who invites to the one invited; the visit
# invited to is its content, not a visit made (session 16). The CAMEO 2.0
# dictionary keeps only INVITE's default, 040.
verbs INVITE_VISIT => ---
  verb invite
  - obj +; pp:to visit => 036
  - obj +; pp:to attend => 036
  - obj +; pp:to meet => 036
  - obj +; pp:to hold talks => 036
  - obj +; pp:to => 036
  - obj +; pp:for talks => 036
  - obj +; pp:for a visit => 036

# "Kenya rejected the move as unjustified", "rejected the decision": an
# act told before, rejected (120, CAMEO's "reject, not specified below");
# the target is the act's author when the sentence before names one
# (anaphoricTarget, session 17). The CAMEO dictionary codes "reject" only
# with the words it lists.
verbs REJECT_MOVE => ---
  verb reject
  - obj move => 120
  - obj moves => 120
  - obj decision => 120
  - obj step => 120
  - obj measure => 120
  - obj measures => 120

# "Mirzoyan and his Azerbaijani counterpart met for four hours at a hotel
# in Doha": a meeting held at a place is a meeting (040, each way for a
# coordinated subject; 036 when it is only planned), not the CAMEO
# dictionary's "pp:at => 036:036", an intent to meet (session 18).
verbs MEET_AT => ---
  verb meet | met
  - pp:at => 040 recip intent=036

# "the International Monetary Fund approved a loan of $450 million to
# Tanzania", "approved a $200 million loan for Kenya": a lender approving
# a loan gives economic aid (071), to the country of its "to" or "for"
# phrase (the dictionary's "obj loan => 0311" is only an intent to
# cooperate economically) (session 18).
verbs APPROVE_LOAN => ---
  verb approve
  - obj loan => 071
  - obj loans => 071
  - obj credit => 071
  - obj bailout => 071
  - obj financing => 071
  - obj disbursement => 071
  - obj tranche => 071

# "The European Union called for his immediate release": a call for the
# release of one held is a demand for it (1053), aimed at who holds him
# (the coder's detainerTarget, event/everyday18.go) (session 18).
verbs CALL_FOR_RELEASE => ---
  verb call
  - pp:for release => 1053

# "The junta rejected the ultimatum", "rejected the offer": an ultimatum or
# an offer refused is a proposal rejected (120), aimed at its author when
# the sentence before names one (anaphoricTarget); the CAMEO dictionary
# codes "reject ... ultimatum" only under other verbs (session 19).
verbs REJECT_ULTIMATUM => ---
  verb reject
  - obj ultimatum => 120
  - obj ultimatums => 120
  - obj offer => 120
  - obj offers => 120
# "The opposition rejected the results of the election": the results of a
# vote or a count rejected is a rejection (120), not the refusal to
# de-escalate (1246) the CAMEO dictionary's REFUSE gives "&SOLUTION", a set
# that holds "result" (session 34, everyday helper).
verbs REJECT_RESULT => ---
  verb reject
  - obj result => 120
  - obj results => 120
  - obj outcome => 120

# "said the Philippine boat had intruded into Chinese waters": an intrusion
# told is no event of the intruder's (at most the teller's accusation);
# the CAMEO dictionary's INTRUDE defaults to 013, an optimistic comment
# (session 19). "intruded on" stays the dictionary's raid (190).
verbs INTRUDE_INTO => ---
  verb intrude
  verb trespass
  - pp:into => ---
  - pp:in => ---

# "said he had spoken to both leaders by phone": a call made to others is
# one event from the caller to each (041, session 21), as "telephoned X"
# is; CONFER's "by telephone" pair (041:041) stays for calls with no "to".
verbs SPOKE_BY_PHONE => ---
  verb speak | spoke spoken
  verb talk
  - pp:to +; pp:by phone => 041
  - pp:to +; pp:by telephone => 041
  - pp:to +; pp:over phone => 041
  - pp:to +; pp:over telephone => 041
  - pp:to +; pp:on phone => 041

# "imposed tariffs ..., escalating a trade dispute", "heightened tensions":
# raising a quarrel is no cooperation. The CAMEO dictionary's BOOST codes
# these verbs 060 (material cooperation) unless it lists the object; the
# object names the quarrel, not a help given (session 34, everyday helper).
verbs RAISE_QUARREL => ---
  verb escalate
  verb heighten
  verb intensify
  verb deepen
  verb step up | stepped stepping
  - obj &DISPUTE => ---
  - obj tension => ---
  - obj tensions => ---
  - obj crisis => ---

# "Chamisa dismissed the offer", "Kenya turned down the offer": an offer
# waved away or turned down is a proposal rejected (120), as REJECT_ULTIMATUM
# codes "rejected the offer"; the dictionary gave "dismiss" a bare 110
# (disapprove) and "turn down" nothing (session 34, everyday helper).
verbs DISMISS_OFFER => ---
  verb dismiss
  verb turn down | turned turning
  - obj offer => 120
  - obj offers => 120
  - obj ultimatum => 120

# "the two leaders came to an agreement on the border", "had been unable to
# come to an agreement": coming to an agreement is reaching one (REACH codes
# "reached an understanding" 030:030, "a compromise" 037:037), not the CAMEO
# dictionary's ARRIVE (040 for any "come to"); "his accusation came in
# response to remarks by X" is no event at all (session 35, everyday
# helper).
verbs COME_TO_TERMS => ---
  verb come | came coming
  - pp:to &AGREEMENT => 030:030
  - pp:to understanding => 030:030
  - pp:to compromise => 037:037
  - pp:to consensus => 037:037
  - pp:in response => ---

# "would not take Anwar back": a party taking a member back readmits him;
# the CAMEO dictionary's TAKE codes the bare verb a seizure (171) (session
# 35, everyday helper). "took back the town" keeps the dictionary's code.
verbs TAKE_BACK => ---
  verb take back | took taken taking
  - obj + => ---

# "returned to the negotiating table with Uganda", "agreed to return to
# the negotiation table": going back to talks is resuming them, coded as
# HOLD_TALKS codes "resumed talks" (040 with a partner, 036 when only
# agreed or announced); the dictionary's RETURN coded nothing (session 36,
# everyday helper).
verbs RETURN_TO_TALKS => ---
  verb return | returned returning
  - pp:to "negotiating table"; pp:with + => 040 intent=036
  - pp:to "negotiation table"; pp:with + => 040 intent=036
  - pp:to "negotiating table" => 040:040 recip intent=036
  - pp:to "negotiation table" => 040:040 recip intent=036
  - obj "negotiation table" => 040:040 recip intent=036

# "forces plotting to destroy the peace accord": an agreement or a process
# is wrecked, not attacked; the CAMEO dictionary's DESTROY gave 190 (use
# conventional military force) (session 36, everyday helper).
verbs DESTROY_PACT => ---
  verb destroy | destroyed destroying
  verb wreck | wrecked wrecking
  - obj &AGREEMENT => ---
  - obj "peace process" => ---
