# Session 33 (lead): fighting between two sides ("were killed in fighting
# between the army and the rebels", "hostilities between the two
# countries"), coded as the clash nouns are: each side used force on the
# other. Only with a "between" phrase: "fighting" alone or "with" a partner
# has no second side, and a "battle between" is often a contest of words.
nouns FIGHTING_N => ---
  noun fighting
  noun hostilities
  - pp:between => 190 recip
