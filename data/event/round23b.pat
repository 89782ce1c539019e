# Session 23 patterns, second events round (docs/EVENTS.md "Round 23b"),
# from the real-news development misses coded with the parent of the
# gold's code. Only verbs that already have a block elsewhere (see
# round22.pat's note on a new verb's null default).

# "called on X and Y to exercise restraint", "urged X to show restraint":
# an appeal to de-escalate (0256), where CALL_ON and URGE code the parent
# appeal (020). ("appealed for restraint" is the dictionary's own 025.)
verbs CALL_RESTRAINT => ---
  verb call on | called calling calls
  verb urge
  - obj restraint => 0256
  - obj exercise restraint => 0256
  - obj show restraint => 0256
