package actor

import "strings"

// Session 35's everyday round (docs/EVENTS.md, "Session 35 (everyday
// helper)").

// CompoundSurnames switches compoundSurname (tests only).
var CompoundSurnames = true

// surnameParticles open a family name of two words ("Abu Rudeineh",
// "Al Maliki", "bin Zayed", "van Rompuy", "de Mistura").
var surnameParticles = map[string]bool{"abu": true, "al": true, "el": true, "bin": true, "ibn": true,
	"ould": true, "van": true, "von": true, "de": true, "da": true, "di": true, "del": true,
	"dos": true, "das": true, "le": true}

// compoundSurname reports a two-word name whose first word is a particle
// of a family name: "Abu Rudeineh" after "Nabil Abu Rudeineh" repeats the
// family name as a one-word surname does ("Erekat" after "Saeb Erekat"),
// so findNamed matches it on its last word.
func compoundSurname(name string) bool {
	if !CompoundSurnames {
		return false
	}
	f := strings.Fields(name)
	return len(f) == 2 && surnameParticles[strings.ToLower(f[0])]
}
