package event_test

// Event places and dates across a story, with the whole pipeline on
// stories written for these tests (docs/EVENTS.md, "Places").

import (
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/pipeline"
)

var (
	storyOnce   sync.Once
	storyStages []pipeline.Stage
	storyErr    error
)

// codeStory runs the standard pipeline over text published on date, with
// the dateline (a city in capitals before " - ") the reader would find.
func codeStory(t *testing.T, date, text string) *doc.Document {
	t.Helper()
	storyOnce.Do(func() { storyStages, storyErr = pipeline.Standard(pipeline.Options{}) })
	if storyErr != nil {
		t.Fatal(storyErr)
	}
	d := &doc.Document{ID: "t", Date: date, Text: text}
	if i := strings.Index(text, " - "); i > 0 && strings.ToUpper(text[:i]) == text[:i] {
		sp := d.SpanOf(0, i)
		d.Dateline = &sp
	}
	if err := (&pipeline.Pipeline{Stages: storyStages}).Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// storyEvents returns the events of sentence si whose action begins with
// word; the test fails when there is none.
func storyEvents(t *testing.T, d *doc.Document, si int, word string) []doc.Event {
	t.Helper()
	var out []doc.Event
	for _, e := range d.Events {
		if e.Sentence == si && strings.HasPrefix(e.Action.Text, word) {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		var all []string
		for _, e := range d.Events {
			all = append(all, e.Cameo+" "+e.Action.Text)
		}
		t.Fatalf("no event on %q in sentence %d; events: %q", word, si, all)
	}
	return out
}

func placeName(e doc.Event) string {
	if e.Place == nil {
		return ""
	}
	return e.Place.Name
}

// TestPlaceVisitCarries: a visit's host city places the later events
// between the visitor and the hosts, and the visitor's statements of the
// trip, which the story gives no place of their own; the dateline (another
// country's capital) does not, and neither does the topic of the praise.
func TestPlaceVisitCarries(t *testing.T) {
	d := codeStory(t, "2024-05-02", "KAMPALA - Kenyan President William Ruto arrived in Kigali on Monday for a three-day state visit. "+
		"Rwandan President Paul Kagame received Ruto at the airport and the two presidents held talks on Tuesday. "+
		"The two governments signed five agreements on trade and transport. "+
		"Ruto praised Rwanda's efforts to end the fighting around Goma.")
	for _, c := range []struct {
		si   int
		word string
	}{{0, "arrived"}, {1, "received"}, {1, "held talks"}, {2, "signed"}, {3, "praised"}} {
		for _, e := range storyEvents(t, d, c.si, c.word) {
			if got := placeName(e); got != "Kigali" {
				t.Errorf("sentence %d %q (%s): placed in %q, want Kigali", c.si, c.word, e.Cameo, got)
			}
		}
	}
}

// TestPlaceVisitEnds: the occasion's place carries to the two sides' events
// only while the story stays with it: a visit told in the background of a
// later sentence ("during a visit to Kigali last year") does not place the
// events that follow it three sentences on, and the events of other sides
// never take it.
func TestPlaceVisitEnds(t *testing.T) {
	d := codeStory(t, "2024-05-02", "Kenyan President William Ruto arrived in Kigali on Monday for a three-day state visit. "+
		"Somalia accused Ethiopia of violating its sovereignty. "+
		"Police in Mombasa arrested 12 opposition supporters on Tuesday. "+
		"Kenya's electoral commission published the final results. "+
		"Farmers in the Rift Valley began the harvest early. "+
		"Rwandan President Paul Kagame received Ruto at the State House.")
	for _, e := range storyEvents(t, d, 1, "accused") {
		if e.Place != nil {
			t.Errorf("Somalia's accusation placed in %q", placeName(e))
		}
	}
	for _, e := range storyEvents(t, d, 5, "received") {
		if e.Place != nil {
			t.Errorf("a welcome five sentences on placed in %q", placeName(e))
		}
	}
}

// TestPlaceSubjectVisiting: a subject "currently visiting" a city, or "who
// arrived in" it, is there for the meeting the clause tells; what the
// meeting is to discuss is no place of it.
func TestPlaceSubjectVisiting(t *testing.T) {
	d := codeStory(t, "2024-05-02", "Japanese Foreign Minister Yoko Kamikawa, currently visiting Canberra, is scheduled to meet "+
		"Australian Foreign Minister Penny Wong on Friday and to discuss the deployment of US forces in Darwin.")
	for _, e := range storyEvents(t, d, 0, "meet") {
		if got := placeName(e); got != "Canberra" {
			t.Errorf("%s %q placed in %q, want Canberra", e.Cameo, e.Action.Text, got)
		}
	}
}

// TestPlaceDatelineForeign: the dateline does not place an act between
// other countries only; it still places one of its own country's actors.
func TestPlaceDatelineForeign(t *testing.T) {
	d := codeStory(t, "2024-05-02", "NAIROBI - Somalia accused Ethiopia of violating its sovereignty. "+
		"Kenyan police arrested 12 protesters on Wednesday.")
	for _, e := range storyEvents(t, d, 0, "accused") {
		if e.Place != nil {
			t.Errorf("Somalia's accusation placed in %q by a Kenyan dateline", placeName(e))
		}
	}
	for _, e := range storyEvents(t, d, 1, "arrested") {
		if got := placeName(e); got != "Nairobi" {
			t.Errorf("Kenyan arrests placed in %q, want the dateline Nairobi", got)
		}
	}
}

// TestPlaceLeadDetailed: a lead's agreement the next sentence's signing
// between the same two sides places.
func TestPlaceLeadDetailed(t *testing.T) {
	d := codeStory(t, "2024-05-02", "Ghana and Togo agreed on Tuesday to expand their cooperation on border security. "+
		"Ghanaian and Togolese ministers signed the accord in Lome.")
	for _, e := range storyEvents(t, d, 0, "expand") {
		if got := placeName(e); got != "Lomé" {
			t.Errorf("%s %q placed in %q, want Lomé", e.Cameo, e.Action.Text, got)
		}
	}
}

// TestDateInvitation: an invitation is made when it is told, not by the
// deadline or the later time of the visit it invites to; a past day the
// parser hangs on the invited act is still the invitation's.
func TestDateInvitation(t *testing.T) {
	d := codeStory(t, "2024-05-02", "Kenyan President William Ruto invited Ethiopian Prime Minister Abiy Ahmed to visit Nairobi before the end of June. "+
		"Ruto invited Abiy to visit Mombasa next month.")
	for si := 0; si < 2; si++ {
		for _, e := range storyEvents(t, d, si, "invited") {
			if e.Date != "2024-05-02" || e.DateEnd != "" {
				t.Errorf("sentence %d: invitation dated %q–%q (%s) by the visit's time", si, e.Date, e.DateEnd, e.DateType)
			}
			if si == 0 && e.Place != nil {
				t.Errorf("invitation placed in %q, the place it invites to", placeName(e))
			}
		}
	}
	d = codeStory(t, "2024-05-02", "Kenyan President William Ruto invited Ethiopian Prime Minister Abiy Ahmed to rejoin the talks on Monday.")
	for _, e := range storyEvents(t, d, 0, "invited") {
		if e.Date != "2024-04-29" {
			t.Errorf("invitation dated %q (%s), want Monday 2024-04-29", e.Date, e.DateType)
		}
	}
}

// TestPlaceNotTopic: what a statement is about does not place it; a place
// phrase on the statement itself still does.
func TestPlaceNotTopic(t *testing.T) {
	d := codeStory(t, "2024-05-02", "Kenyan President William Ruto praised Ethiopia's efforts to end the conflict in the Tigray region. "+
		"Ruto criticised Eritrea in Nairobi on Wednesday.")
	for _, e := range storyEvents(t, d, 0, "praised") {
		if e.Place != nil {
			t.Errorf("praise placed in %q, the place of what it praises", placeName(e))
		}
	}
	for _, e := range storyEvents(t, d, 1, "criticised") {
		if got := placeName(e); got != "Nairobi" {
			t.Errorf("criticism placed in %q, want Nairobi", got)
		}
	}
}

// TestPlaceNotReporters: the place of whoever reports an event, named
// before he reports it, is not the event's, unless he is of the event's own
// side (then he speaks for it where he is); a trailing attribution's place
// is left alone.
func TestPlaceNotReporters(t *testing.T) {
	d := codeStory(t, "2024-05-02", "John Mwangi, the UN envoy in Mogadishu, said that Kenya and Ethiopia would sign a border agreement. "+
		"Peter Kamau, the Kenyan ambassador in Geneva, said that Kenya would back the Ethiopian proposal.")
	for _, e := range storyEvents(t, d, 0, "sign") {
		if e.Place != nil {
			t.Errorf("%s %s>%s placed in %q, the reporter's city", e.Cameo, e.Source.Code, e.Target.Code, placeName(e))
		}
	}
	for _, e := range storyEvents(t, d, 1, "back") {
		if got := placeName(e); got != "Geneva" {
			t.Errorf("Kenya's intent placed in %q, want Geneva where its ambassador spoke", got)
		}
	}
}
