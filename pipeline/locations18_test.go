package pipeline

import (
	"strings"
	"testing"
)

// Session 18 review of the actor stage's location rule (b412b66: a city
// written as where something happens gets no actor). The consumers that
// read a city's actor code still name its country. Stories written for the
// test.
func TestLocationCityConsumers(t *testing.T) {
	// "the government" after a visit to a capital is the host's, as the
	// capital's code (TURGOV) made it before the rule
	for _, c := range []struct {
		text, want, not string
	}{
		{"The German chancellor arrived in Ankara on Thursday. The government promised to cooperate on migration.", "TURGOV>", "DEUGOV>"},
		{"Russian diplomats held talks in Damascus. The government said it would allow aid convoys.", "SYRGOV>", "RUSGOV>"},
	} {
		if got := eventsOf(t, c.text, "2026-03-10", 1); !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("%q: events %q (want %q, not %q)", c.text, got, c.want, c.not)
		}
	}
	// a city the parser reads as one noun phrase with the day after it
	// still names where the visit goes
	if got := eventsOf(t, "UN chief inspector Hans Blix was expected to arrive in Nairobi Thursday.", "2026-03-10", 0); !strings.Contains(got, ">KEN") {
		t.Errorf("expected to arrive in Nairobi Thursday: events %q, want a target KEN", got)
	}
	// a quote's source naming people by the city they are in: the city's
	// country, not an uncoded actor named "Kinshasa"
	for _, c := range []struct{ text, want string }{
		{"Press reports in Kinshasa said the talks had failed.", "COD"},
		{"Political analysts in Luanda said the accord would hold.", "AGO"},
	} {
		d := runStandard(t, c.text, "2026-03-10")
		if len(d.Quotes) == 0 || d.Quotes[0].Speaker == nil || d.Quotes[0].Speaker.Code != c.want {
			got := "<none>"
			if len(d.Quotes) > 0 && d.Quotes[0].Speaker != nil {
				got = d.Quotes[0].Speaker.Code
			}
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
