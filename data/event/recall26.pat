# Session 26's recall round (docs/EVENTS.md, "Recall, session 26"). Read
# after recall24.pat and before the CAMEO verb dictionary. Written by the
# dyad team.

# "The ambassadors huddled informally on Monday", "the two leaders
# huddled with their aides": to huddle is to meet. The CAMEO dictionary
# has the verb in its ASSEMBLE block (040) with no reciprocal pattern, so
# a coordinated or listed subject gave one-actor events; here, as "met",
# the participants consult each other (040 each way), or the one who
# huddles with a partner named (intent 036 when only planned).
verbs HUDDLE => 040 intent=036
  verb huddle
  - pp:with + => 040 intent=036
  - => 040 recip intent=036

# "Kenyan soldiers arrested two smugglers", "troops detained five
# villagers": an arrest (173) by the military. The CAMEO dictionary's
# APPREHEND block, which holds "arrest" and "detain" beside "capture" and
# "seize", codes any act with a military subject as occupying territory
# (192), a reading for "troops seized the town" that is wrong for people
# arrested; a town seized stays the dictionary's 192 (its object
# patterns), and "seize" and "capture" are left to it.
verbs ARREST_MILITARY => ---
  verb arrest
  verb detain
  verb apprehend
  - subj &MILITARY => 173
