package geo

// Round 35 (session 35; docs/GEO.md, "Session 35").

// Round35 switches the session 35 rule on (pactWords in namesNoPlace).
var Round35 = true

// pactWords are capitalised words that make the place name before them the
// name of a treaty, an alliance or a declaration: "the Warsaw Pact", "the
// Kyoto Protocol", "the Geneva Conventions", "the Oslo Accords". Such a
// name is no place: "former Warsaw Pact states seeking NATO membership"
// placed a Russian premier's warning in Bratislava at Warsaw.
var pactWords = setOf("Pact Protocol Protocols Treaty Accord Accords Convention Conventions Declaration Charter")

// pactName reports whether next, the word after a place name, makes it a
// treaty's name.
func pactName(next string) bool { return Round35 && pactWords[next] }
