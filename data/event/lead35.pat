# Session 35 (lead): "strike" with a word of agreement or of manner as its
# object is no attack. The CAMEO dictionary lists "strike" among the verbs
# of physical conflict (190 by default), so "the talks will strike a
# consensus on power-sharing" was coded as fighting. An agreement struck
# (or a bargain) is one signed (as dyad.pat's SIGN codes it); a compromise or consensus
# struck settles a dispute (as the dictionary's "reach" codes it); a
# balance, tone, note, chord or pose struck is no event.
verbs STRIKE_ACCORD => ---
  verb strike
  - obj &AGREEMENT; pp:with + => 057:057 intent=030
  - obj &AGREEMENT => 057:057 recip intent=030
  - obj bargain; pp:with + => 057:057 intent=030
  - obj bargain => 057:057 recip intent=030
  - obj compromise; pp:with + => 037:037
  - obj compromise => 037:037 recip
  - obj consensus; pp:with + => 037:037
  - obj consensus => 037:037 recip
  - obj balance; pp:between => ---
  - obj balance => ---
  - obj tone => ---
  - obj note => ---
  - obj chord => ---
  - obj pose => ---
