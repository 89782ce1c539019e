# Session 23's left-alone misfires (event/left23.go, docs/EVENTS.md
# "Left-alone misfires, session 23").

# "Ruto and Museveni spoke by phone on Tuesday": parties named jointly who
# spoke or talked by phone (over or on the phone) made a call to each
# other, 041 both ways, as CONFER's "by telephone" already codes; only the
# dictionary's "telephone" was there, so "phone" gave nothing. A call made
# "to" someone stays everyday.pat's SPOKE_BY_PHONE (041 to each).
verbs SPOKE_BY_PHONE_JOINT => ---
  verb speak | spoke spoken
  verb talk
  - pp:by phone => 041:041
  - pp:over phone => 041:041
  - pp:on phone => 041:041
  - pp:over telephone => 041:041
  - pp:on telephone => 041:041
