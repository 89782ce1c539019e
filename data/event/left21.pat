# Session 21's left-alone misfires (event/left21.go, docs/EVENTS.md
# "left-alone misfires, session 21").

# "Police fired warning shots to disperse the crowd", "fired shots in the
# air to disperse protesters": firing to disperse a gathering is violent
# repression (175) of those dispersed, as "fired tear gas" is; the shots
# are no fight (190 with no target before).
verbs FIRE_TO_DISPERSE => ---
  verb fire
  - obj "warning shots"; pp:to disperse + => 175
  - obj shots; pp:to disperse + => 175
  - pp:to disperse + => 175

# "made strong representations to Beijing", "lodged solemn representations
# with Washington", "made a strong protest to Pakistan": a formal protest
# through diplomatic channels is an official complaint (114), as "lodged a
# protest with" is (dyad.pat FILE_CASE).
&REPRESENTATIONS = representation | representations | protest | protests | "strong protest" | "formal protest" | demarche | démarche
verbs MAKE_REPRESENTATIONS => ---
  verb make | made
  verb lodge
  verb lodge with
  - obj &REPRESENTATIONS; pp:to + => 114
  - obj &REPRESENTATIONS; pp:with + => 114

# "The coalition faces collapse", "Russian oligarchs face new sanctions
# from the EU", "Iran will face retaliation": to face a hardship is no
# meeting (the CAMEO dictionary's MEET_PEOPLE gives "face" 040). What one
# faces from another is that other's act towards the subject: a threat of
# retaliation (130) or of sanctions (1312), charges (112, as the CAMEO
# dictionary codes "face charge"); with no other actor, nothing.
&RETALIATION = retaliation | reprisal | reprisals | consequences | punishment | response | "military response" | action | "military action"
&SANCTIONED = sanctions | sanction | penalties | tariffs | embargo | "new sanctions" | "fresh sanctions"
&CHARGED = charges | charge | accusations | prosecution
verbs FACE_HARDSHIP => ---
  verb face
  - obj &RETALIATION => :130
  - obj &SANCTIONED => :1312
  - obj &CHARGED => :112
  - obj collapse => ---
  - obj crisis => ---
  - obj pressure => :100

# "described the detentions as criminal", "branded the vote illegal": to
# call an act by a word of blame is to criticise (111) the one who did it.
&BLAMEWORDS = criminal | unlawful | illegal | illegitimate | unacceptable | provocative | outrageous | shameful | reckless | irresponsible | arbitrary | unjust | barbaric | "a provocation" | "a violation" | "a crime" | "a farce" | "a sham" | sham | "a disgrace" | disgraceful | hostile | "politically motivated" | absurd | baseless | groundless
verbs DESCRIBE_AS => ---
  verb describe
  verb label
  verb brand
  verb characterise
  verb characterize
  - pp:as &BLAMEWORDS => 111
