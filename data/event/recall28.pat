# Session 28's recall round (docs/EVENTS.md, "Session 28 (recall round)").
# Read after round27.pat and before the CAMEO verb dictionary. Written by
# the dyad team.

# "Kenya will continue its support for Uganda", "reaffirmed its support
# for the government": support of a country named by the "for" phrase,
# told by a verb of keeping or restating it. The CAMEO dictionary has
# neither verb with a "support" object, and the sentence coded nothing;
# here it is the support itself, as the SUPPORT verbs code it ("Kenya
# will continue to support Uganda", 050, intent 030).
verbs KEEP_SUPPORT => ---
  verb continue
  verb reaffirm
  verb reiterate
  verb renew
  - obj support; pp:for + => 050 intent=030

# "The government and the rebels finalized negotiations on the truce":
# to finalize talks is to negotiate to the end, the parties each
# other's partners (046 both ways; with a partner named, "finalized
# negotiations with the bank", that one). The CAMEO dictionary lacks the
# verb.
verbs FINALIZE_TALKS => ---
  verb finalize
  verb finalise
  - obj negotiations; pp:with + => 046 intent=036
  - obj talks; pp:with + => 046 intent=036
  - obj negotiations => 046 recip intent=036
  - obj talks => 046 recip intent=036

# "Norway is facilitating peace talks between the government and the
# rebels", "the foreign minister co-chaired talks between the rebels and
# the government": to chair or facilitate the parties' talks is to
# mediate between them (045 to each party, as "mediated talks between"
# codes). The CAMEO dictionary reads "facilitate" as cooperation (060)
# with the country of the parties and has no "chair"; only with a meeting
# as the object ("facilitated trade" stays the dictionary's).
verbs CHAIR_TALKS => ---
  verb chair
  verb facilitate
  - obj &MEETING => 045
