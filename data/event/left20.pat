# Session 20's left-alone misfires (event/left20.go, docs/EVENTS.md).

# "The two presidents co-chaired the joint commission": the co-chairs of a
# joint body's meeting meet each other, as HOLD_TALKS codes "co-chaired the
# meeting".
&JOINTBODY = commission | committee | council | forum | session | conference | "joint commission" | "joint committee" | "joint council" | "business forum"
verbs CO_CHAIR => ---
  verb co-chair
  - obj &JOINTBODY => 040:040 recip intent=036
  - obj &JOINTBODY; pp:with + => 040 intent=036

# "Police broke up a protest": breaking up a gathering is dispersing it, the
# repression "disperse" codes (175), not the dictionary's "break" (190);
# "trying to break up the alliance between Turkey and NATO" is no use of
# force at all; any other "break up" keeps DESTROY's 190 ("broke up a terrorist
# cell"). Fights broken up are event/left20b.go's (brokeUpFights).
&GATHERING = protest | protests | demonstration | demonstrations | rally | rallies | "sit-in" | march | vigil | gathering
&ALLIANCE = alliance | coalition | bloc | partnership | union | federation | pact
verbs BREAK_UP => 190
  verb break up | broke broken
  - obj &GATHERING => 175
  - obj &ALLIANCE => ---
