package actor

import "testing"

// Bare bodies in a datelined story about one country that names others:
// the dateline's country, when it dominates, is theirs. With DatelineHome
// off they stay uncoded.
func TestDatelineHome(t *testing.T) {
	const text = "DAKAR, Oct. 14 - Senegalese police arrested the opposition leader Moussa Kane on Monday. " +
		"Senegalese officials said Kane would be charged on Wednesday. Senegal's interior minister blamed the opposition. " +
		"The Senegalese army stayed in its barracks. Thousands of demonstrators clashed with riot police in the capital on Tuesday. " +
		"France and the United States expressed concern."
	defer func(on bool) { DatelineHome = on }(DatelineHome)
	for _, on := range []bool{true, false} {
		DatelineHome = on
		d := resolveDateline(t, "2025-10-14", text)
		want := map[bool]string{true: "SENCOP", false: ""}[on]
		if got := entityCode18(d, "riot police"); got != want && !(got == "<missing>" && want == "") {
			t.Errorf("on=%v: riot police → %q, want %q", on, got, want)
		}
	}
}
