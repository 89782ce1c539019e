# Session 35 (events round): a memorandum of understanding written as its
# letters ("signed MOUs with China", "Kenya and Uganda signed an MOU") is an
# agreement signed (057), as dyad.pat's SIGN codes "signed a memorandum of
# understanding with": towards the partner of the "with" phrase, or each
# other when the signatories are named together. The parser often tags
# "MOUs" an adjective with the lemma "mous", so both spellings are listed.
# An intent stays 030 as for signing.
&MOU35 = mou | mous | "memoranda of understanding" | "memorandums of understanding"
verbs SIGN_MOU => ---
  verb sign
  verb ink => ---
  - obj &MOU35; pp:with + => 057:057 intent=030
  - obj &MOU35 => 057:057 recip intent=030
