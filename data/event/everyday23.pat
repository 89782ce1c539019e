# dyad's patterns of session 23's everyday round (docs/EVENTS.md "Everyday
# round 23"), read after everyday22.pat and before the CAMEO verb dictionary.

# "we will go to court", "the party went to the constitutional court":
# taking a dispute to a court is a lawsuit (115); "will go to the
# streets" is a protest (141), where the dictionary's GO_SOMEWHERE codes
# "go to" a place (040, or 036 when intended).
&COURTS = court | courts | tribunal
verbs GO_TO_COURT => ---
  verb go | went goes gone
  - pp:to &COURTS => 115
  - pp:to streets => 141

# "the party will file a petition at the Supreme Court", "filed a
# challenge with the constitutional court": a petition or challenge lodged
# with a court is a lawsuit (115; the dictionary's FILE knows lawsuits,
# suits and cases "against" someone only).
verbs FILE_PETITION => ---
  verb file
  verb lodge
  - obj petition; pp:at &COURTS => 115
  - obj petition; pp:with &COURTS => 115
  - obj petition; pp:in &COURTS => 115
  - obj petition; pp:before &COURTS => 115
  - obj challenge; pp:with &COURTS => 115
  - obj challenge; pp:at &COURTS => 115
  - obj challenge; pp:in &COURTS => 115

# "who was serving a nine-year sentence", "is serving a second term":
# serving a sentence or a term is no cooperation (the dictionary's ASSIST
# codes a bare "serve" 060).
&TERMS = sentence | sentences | term | terms
verbs SERVE_SENTENCE => ---
  verb serve
  - obj &TERMS => ---
