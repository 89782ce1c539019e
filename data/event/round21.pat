# Session 21 patterns (event/round21.go, docs/EVENTS.md "round 21"), from
# the misfires the blind development sets dev13-dev15 share.

# "Israel and the Palestinian factions began the cease-fire on Sunday": to
# begin, start, enter or go into a ceasefire is to declare and keep it
# (0871, as DECLARE_CEASEFIRE codes "observed a truce"); a coordinated
# subject, each other.
verbs BEGIN_CEASEFIRE => ---
  verb begin | began begun
  verb start
  verb enter
  verb implement
  - obj &CEASEFIRE => 0871 recip
  - pp:into &CEASEFIRE => 0871 recip

# "Vietnam and Japan decided to accelerate negotiations on a partnership
# agreement": to speed up talks is to negotiate (046; 036 when decided or
# announced); a coordinated subject, each other; a partner in a "with"
# phrase, towards it.
verbs SPEED_TALKS => ---
  verb accelerate
  verb expedite
  verb speed up | sped
  verb step up | stepped
  verb intensify
  - obj &TALKS; pp:with + => 046 intent=036
  - obj &TALKS => 046 recip intent=036

# "sent a message of condolences to his Jordanian counterpart": condolences
# sent, cabled or conveyed to someone are sympathy (018), not the message
# verb's meeting (040).
&CONDOLENCE = condolence | condolences | sympathy | sympathies
&MESSAGE_N = message | messages | cable | cables | letter | letters | telegram | telegrams | note
verbs SEND_CONDOLENCES => ---
  verb send | sent
  verb convey
  verb cable
  verb dispatch
  - obj &CONDOLENCE; pp:to + => 018
  - obj &MESSAGE_N; pp:of &CONDOLENCE; pp:to + => 018
