package event_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/event"
)

// Stories of session 36's everyday round (event/everyday36.go,
// actor/everyday36.go, everyday.pat). Sentences written for the tests.

// storyLine is a story's events as "cameo source>target@place", joined by
// "; " (negation as " neg").
func storyLine(t *testing.T, date, text string) string {
	t.Helper()
	var got []string
	for _, e := range codeStory(t, date, text).Events {
		s := e.Cameo + " " + code(&e.Source) + ">" + code(e.Target)
		if e.Place != nil {
			s += "@" + e.Place.Name
		}
		if e.Negated {
			s += " neg"
		}
		got = append(got, s)
	}
	return strings.Join(got, "; ")
}

type storyCase struct{ text, want, old string }

// checkStories codes each story with the rule on and again after off()
// (restored by on()).
func checkStories(t *testing.T, cases []storyCase, off, on func()) {
	t.Helper()
	for _, c := range cases {
		if g := storyLine(t, "2026-11-16", c.text); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
	off()
	defer on()
	for _, c := range cases {
		if g := storyLine(t, "2026-11-16", c.text); g != c.old {
			t.Errorf("rule off, %q: got %q, want %q", c.text, g, c.old)
		}
	}
}

// TestEveryday36SpeechContent: a place in what a "saying" clause says is
// not the place of the criticism it explains (speechContent), also when
// the parser hangs the quoted clause on the event's verb (quotedPlace); a
// place of the speech verb itself, or of an event told inside the
// content, stays.
func TestEveryday36SpeechContent(t *testing.T) {
	checkStories(t, []storyCase{
		{"Kenya criticized Uganda, saying the Ugandan army was weak in Somalia.",
			"111 KEN>UGA", "111 KEN>UGA@Somalia"},
		{`The Islamic Jihad (Holy War) movement also condemned the Kenyan military operations in Nairobi, saying the Kenyan army "tries to recover its dignity lost in the recent war in Somalia."`,
			"111 PSEREB>KENMIL", "111 PSEREB>KENMIL@Somalia"},
		{"Kenya criticized Uganda on Monday, speaking in Nairobi.",
			"111 KEN>UGA@Nairobi", "111 KEN>UGA@Nairobi"},
		{"Kenya criticized Uganda, saying Ugandan troops had killed civilians in Somalia.",
			"111 KEN>UGA; 202 UGAMIL>-@Somalia", "111 KEN>UGA@Somalia; 202 UGAMIL>-@Somalia"},
	}, func() { event.SpeechContentPlaces = false }, func() { event.SpeechContentPlaces = true })
}

// TestEveryday36InfinitiveClauseTerms: "agreed to resume talks if the
// sanctions were lifted" agrees to talks; the sanctions of the condition
// do not make it ACCEPT's "pp:to sanctions" (163). "agreed to the
// sanctions" keeps it.
func TestEveryday36InfinitiveClauseTerms(t *testing.T) {
	checkStories(t, []storyCase{
		{"Kenya agreed to resume talks if the sanctions were lifted.", "036 KEN>-", "163 KEN>-"},
		{"Kenya agreed to the sanctions.", "163 KEN>-", "163 KEN>-"},
	}, func() { event.InfinitiveClauseTerms = false }, func() { event.InfinitiveClauseTerms = true })
}

// TestEveryday36PactAndTable: returning to the negotiating table resumes
// talks (everyday.pat RETURN_TO_TALKS), destroying an accord is no
// military force (DESTROY_PACT); destroying a bridge still is. The switch
// is the pattern lines.
func TestEveryday36PactAndTable(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kenya will return to the negotiating table with Uganda.", "036 KEN>UGA"},
		{"Kenya agreed on Monday to return to the negotiating table.", "036 KEN>-"},
		{"Kenyan forces might plot to destroy the peace accord.", ""},
		{"Kenyan forces destroyed the bridge.", "190 KENMIL>-"},
	} {
		if g := storyLine(t, "2026-11-16", c.text); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestEveryday36ArticleSurname: "Khaled al-Masri" is one name; the given
// name alone was matched in the KB to a Gulf royal of that name.
func TestEveryday36ArticleSurname(t *testing.T) {
	story := "The group's leader in Gaza, Khaled al-Masri, criticized Israel on Monday."
	src := func() string {
		for _, e := range codeStory(t, "2026-11-16", story).Events {
			return e.Source.Text + "/" + code(&e.Source)
		}
		return "none"
	}
	// the whole name as source: not "Khaled/", nor "none" (no event)
	if got := src(); !strings.HasPrefix(got, "Khaled al-Masri/") {
		t.Errorf("source %q, want the whole name", got)
	}
	actor.ArticleSurnames = false
	defer func() { actor.ArticleSurnames = true }()
	if got := src(); !strings.HasPrefix(got, "Khaled/ARE") {
		t.Errorf("rule off: source %q, want Khaled/ARE... (the royal) as before", got)
	}
}

// TestEveryday36SentenceInitialFamilyName: "Ban" opening a sentence after
// "Ban Ki Moon" is the minister, not the word "ban".
func TestEveryday36SentenceInitialFamilyName(t *testing.T) {
	story := "Japanese Prime Minister Shinzo Abe met South Korean foreign minister Ban Ki Moon on Monday. Ban arrived in Japan on Sunday."
	want := "040 JPNGOV>KORGOV; 042 KORGOV>JPN@Japan"
	if g := storyLine(t, "2026-11-16", story); !strings.HasPrefix(g, "040 JPNGOV>KORGOV") || !strings.Contains(g, "042 KORGOV>JPN") {
		t.Errorf("got %q, want %q", g, want)
	}
	actor.SentenceInitialRepeats = false
	defer func() { actor.SentenceInitialRepeats = true }()
	if g := storyLine(t, "2026-11-16", story); strings.Contains(g, "042") {
		t.Errorf("rule off: got %q, want no arrival as before", g)
	}
}

// TestEveryday36OfficeRepeats: a bare repeat of a KB person whom the KB
// places in no office at the story's date keeps the government office the
// story gave him ("Foreign Minister Taro Aso ... Aso"), and "the foreign
// minister" of the next sentence is then he.
func TestEveryday36OfficeRepeats(t *testing.T) {
	story := "Japanese Foreign Minister Taro Aso met Kenyan President William Ruto on Monday. Aso criticized Uganda on Tuesday."
	src := func() string {
		for _, e := range codeStory(t, "2006-11-06", story).Events {
			if e.Sentence == 1 {
				return code(&e.Source)
			}
		}
		return "none"
	}
	if got := src(); got != "JPNGOV" {
		t.Errorf("Aso's criticism: source %q, want JPNGOV", got)
	}
	actor.OfficeRepeats = false
	defer func() { actor.OfficeRepeats = true }()
	if got := src(); got != "JPNELI" {
		t.Errorf("rule off: source %q, want JPNELI as before", got)
	}
}
