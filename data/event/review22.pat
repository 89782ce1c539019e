# Session 22's probe review (docs/EVENTS.md "Probe review, session 22"):
# sentences written to probe the whole pipeline. Only verbs that already
# have blocks elsewhere (round22.pat says why).

# "Britain and France promised to deliver 1,000 air defence missiles to
# Ukraine", "Germany sent tanks to Kyiv": arms given are military aid (072;
# promised, 0332), as GIVE_AID (dyad.pat) codes "weapons" and "military
# aid" but no weapon by its name.
&ARMS = arms | missile | missiles | tank | tanks | ammunition | munitions | drone | drones | artillery | howitzer | howitzers | rocket | rockets | jets | "fighter jets" | "military equipment" | "air defence systems" | "air defense systems"
verbs GIVE_ARMS => ---
  verb provide
  verb send | sent
  verb deliver
  verb supply
  - obj &ARMS; pp:to + => 072 intent=0332

# "The African Union suspended Mali's membership": a member put out of a
# bloc's work (160), as CUT_CONTACTS (dyad.pat) codes "suspended Mali from
# the bloc"; the member is the possessor of "membership".
verbs SUSPEND_MEMBER => ---
  verb suspend
  - obj membership => 160
