# Session 34 (events round): approving or ratifying an agreement with a
# partner is signing it (057, CAMEO's "sign formal agreement", which the
# codebook describes as signing or ratifying one), towards the partner of
# its "with" phrase: "The Kenyan cabinet approved an agreement with
# Uganda". The CAMEO dictionary's ALLOW gives 031 ("obj &TREATY =>
# 031:031" comes before its own "=> 057:057"). An intent stays 030 as for
# signing (dyad.pat's SIGN). Only approve and ratify: one who endorses or
# welcomes an agreement of others ("endorsed the agreement between A and
# B") is no party to it.
&AGREEMENT34 = agreement | agreements | accord | accords | treaty | treaties | pact | deal | protocol | "memorandum of understanding"
verbs RATIFY_AGREEMENT => ---
  verb approve
  verb ratify
  - obj &AGREEMENT34; pp:with + => 057 intent=030
  - obj &AGREEMENT34 => 057 intent=030
