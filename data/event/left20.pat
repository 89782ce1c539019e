# Session 20's left-alone misfires (event/left20.go, docs/EVENTS.md).

# "The two presidents co-chaired the joint commission": the co-chairs of a
# joint body's meeting meet each other, as HOLD_TALKS codes "co-chaired the
# meeting".
&JOINTBODY = commission | committee | council | forum | session | conference | "joint commission" | "joint committee" | "joint council" | "business forum"
verbs CO_CHAIR => ---
  verb co-chair
  - obj &JOINTBODY => 040:040 recip intent=036
  - obj &JOINTBODY; pp:with + => 040 intent=036
