# Session 22b patterns (docs/EVENTS.md "Round 22b"), from the real-news
# development misses whose sentence got no event of the gold's root, or
# one of another code for the same pair. Only verbs that already have a
# block elsewhere (see round22.pat's note on a new verb's null default).

# "the junta expressed its appreciation for Japan's support", "voiced
# gratitude to X": thanking another is praise (051), where the CAMEO
# dictionary's EXPRESS reads appreciation as an optimistic comment (013).
&THANKS = appreciation | gratitude | thanks
verbs EXPRESS_THANKS => ---
  verb express
  verb voice
  verb convey
  - obj &THANKS; pp:for + => 051
  - obj &THANKS; pp:to + => 051
  - obj &THANKS => 051

# "a junior partner threatened to withdraw its support for the cabinet":
# taking back political backing reduces relations (160).
verbs WITHDRAW_SUPPORT => ---
  verb withdraw | withdrew withdrawn
  - obj support; pp:for + => 160
  - obj support; pp:from + => 160
  - obj backing; pp:for + => 160

# "had a telephone discussion with X": one talk is a meeting (040) like
# "held discussions with X" (dyad.pat's &MEETING has the plural only).
# Only the telephone discussion for "have": a chat between private
# people is no meeting of political actors.
verbs HAVE_DISCUSSION => ---
  verb have | had
  - obj "telephone discussion"; pp:with + => 040 intent=036
  - obj "phone discussion"; pp:with + => 040 intent=036
verbs HOLD_DISCUSSION => ---
  verb hold | held
  - obj discussion; pp:with + => 040 intent=036

# "has decided to grant refuge to an exiled opposition leader": giving
# asylum is 075, where the CAMEO dictionary's GRANT reads it as humanitarian aid (0333,
# announced 033). A decision to grant it is the grant (the guide's formal
# step), so the announced form keeps 075.
verbs GRANT_ASYLUM => ---
  verb grant
  verb give | gave given
  - obj &ASYLUM; pp:to + => 075 intent=075
  - obj "political asylum"; pp:to + => 075 intent=075

# "the Danish ministry demanded explanations from Ottawa": a demand
# (100) of the one asked, where the CAMEO dictionary's DEMAND block reads
# an explanation as an investigation (090).
verbs DEMAND_EXPLANATION => ---
  verb demand
  - obj explanation; pp:from + => 100
  - obj explanations; pp:from + => 100

# "Chile and Peru signed a free trade agreement", "Ghana signed a
# contract with Brazil": signing is the formal agreement (057) the
# news guide codes for every signed accord, where the CAMEO dictionary's
# longer phrases read a trade accord as economic cooperation (061) and a
# contract as business (060). (Announced, 030, as dyad.pat's SIGN.) A
# contract only with a partner named: a firm's contract for some work, no
# partner named, stays business.
verbs SIGN_TRADE => ---
  verb sign
  - obj "free trade &AGREEMENT"; pp:with + => 057:057 intent=030
  - obj "free trade &AGREEMENT" => 057:057 recip intent=030
  - obj "trade &AGREEMENT"; pp:with + => 057:057 intent=030
  - obj "trade &AGREEMENT" => 057:057 recip intent=030
  - obj "economic &AGREEMENT"; pp:with + => 057:057 intent=030
  - obj "economic &AGREEMENT" => 057:057 recip intent=030
  - obj contract; pp:with + => 057:057 intent=030

# "the Zambian president received a phone call from the Malawian leader",
# "took a call from X": a call is one event from the caller to the one
# called (the guide's meeting direction), where the CAMEO dictionary's
# RECEIVE codes a call received both ways (041:041). "A and B spoke by
# phone" names both jointly and stays both ways.
verbs RECEIVE_CALL => ---
  verb receive
  verb get | getting got gotten
  verb take | took taken
  - obj call; pp:from + => :041 intent=036
  - obj "phone call"; pp:from + => :041 intent=036
  - obj "telephone call"; pp:from + => :041 intent=036
