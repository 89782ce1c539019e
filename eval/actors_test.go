package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

func TestReadActorGold(t *testing.T) {
	in := "# comment\nstory\tstart\tend\tcode\nS1\t0\t5\tKENGOV\nS1\t10\t12\tnone\nS1\t20\t24\t?\n"
	g, err := ReadActorGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(g) != 3 || g[0].Code != "KENGOV" || g[1].Code != "none" || g[2].Scored() || g[0].Line != 3 {
		t.Fatalf("got %+v", g)
	}
	for _, bad := range []string{"S1\t0\t5\n", "S1\t5\t5\tKEN\n", "S1\t0\t5\tkengov\n", "S1\t0\t5\tKENG\n"} {
		if _, err := ReadActorGold(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestSplitActorCode(t *testing.T) {
	for code, want := range map[string][2]string{
		"KENGOV": {"KEN", "GOV"}, "KEN": {"KEN", ""}, "IGOUNO": {"UNO", "IGO"},
		"MNCJPN": {"JPN", "MNC"}, "IGO": {"", "IGO"}, "USAGOVLEG": {"USA", "GOV"},
	} {
		c, s := SplitActorCode(code)
		if c != want[0] || s != want[1] {
			t.Errorf("%s → %s %s, want %s %s", code, c, s, want[0], want[1])
		}
	}
}

func TestGoldHead(t *testing.T) {
	text := "Kenyan Trade Minister Obadiah Wanjala met the Ministry of Finance and Bank of Kisumu (East)."
	for _, c := range []struct{ span, head string }{
		{"Kenyan Trade Minister Obadiah Wanjala", "Wanjala"},
		{"Ministry of Finance", "Ministry"},
		{"Bank of Kisumu (East)", "Bank"},
		{"Kenyan", "Kenyan"},
	} {
		s := strings.Index(text, c.span)
		h0, h1 := GoldHead(text, s, s+len(c.span))
		if text[h0:h1] != c.head {
			t.Errorf("%q: head %q, want %q", c.span, text[h0:h1], c.head)
		}
	}
}

// A gold mention is matched by the entity over its head; right, wrong,
// uncoded, missed, none and extra mentions are each counted.
func TestScoreActors(t *testing.T) {
	text := "Kenyan President Amos Kiprop met Tanzanian police in Arusha. He said Nairobi agreed. Analysts were calm."
	ent := func(span, code string) doc.Entity {
		s := strings.Index(text, span)
		e := doc.Entity{Start: s, End: s + len(span), Text: span, Type: "PER"}
		e.Actor = &doc.Actor{Name: span, Code: code}
		return e
	}
	d := &doc.Document{ID: "S1", Text: text, Entities: []doc.Entity{
		ent("Kenyan President Amos Kiprop", "KENGOV"),
		ent("Tanzanian", "TZA"),   // inside the gold "Tanzanian police", not its head: not the match, not an extra
		ent("Arusha", "TZAGOV"),   // a place gold calls none
		ent("He", ""),             // matched, uncoded
		ent("Nairobi", "KENMIL"),  // wrong sector, right country
		ent("Analysts", "KENBUS"), // an extra
	}}
	span := func(s, code string) ActorGold {
		i := strings.Index(text, s)
		return ActorGold{Story: "S1", Start: i, End: i + len(s), Code: code}
	}
	gold := []ActorGold{
		span("Kenyan President Amos Kiprop", "KENGOV"),
		span("Tanzanian police", "TZACOP"),
		span("Arusha", "none"),
		span("He", "KENGOV"),
		span("Nairobi", "KENGOV"),
	}
	res, err := ScoreActors(gold, map[string]*doc.Document{"S1": d})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Total
	if c.Coded != 4 || c.Exact != 1 || c.CountryRight != 2 || c.SectorRight != 1 || c.Uncoded != 1 || c.Missed != 1 ||
		c.None != 1 || c.NoneRight != 0 || c.Extras != 1 || c.Predicted != 5 || c.Pronouns != 1 {
		t.Fatalf("counts %+v", c)
	}
	var buf bytes.Buffer
	WriteActorErrors(&buf, res)
	for _, kind := range []string{"missed", "false", "uncoded", "code", "extra"} {
		if !strings.Contains(buf.String(), kind+" ") {
			t.Errorf("no %s line in\n%s", kind, buf.String())
		}
	}
	if a := c.Accuracy(); a < 19.9 || a > 20.1 {
		t.Errorf("accuracy %.1f, want 20.0 (1 of 5)", a)
	}
}

// Review of session 14: a coded entity anywhere in a mention gold calls
// none is a false code, not only one over its head; and one entity matches
// one gold mention at most.
func TestScoreActorsStrict(t *testing.T) {
	text := "Veterans of the Kenya Border War met the former commander of Tanzanian forces."
	ent := func(span, code string) doc.Entity {
		s := strings.Index(text, span)
		e := doc.Entity{Start: s, End: s + len(span), Text: span, Type: "ORG"}
		e.Actor = &doc.Actor{Name: span, Code: code}
		return e
	}
	d := &doc.Document{ID: "S1", Text: text, Entities: []doc.Entity{
		ent("Kenya", "KEN"), // inside "the Kenya Border War", whose head is "War"
		ent("former commander of Tanzanian forces", "TZAELI"),
	}}
	span := func(s, code string) ActorGold {
		i := strings.Index(text, s)
		return ActorGold{Story: "S1", Start: i, End: i + len(s), Code: code}
	}
	gold := []ActorGold{
		span("Kenya Border War", "none"),
		span("former commander", "TZAELI"),
		span("Tanzanian forces", "TZAMIL"),
	}
	res, err := ScoreActors(gold, map[string]*doc.Document{"S1": d})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Total
	if c.None != 1 || c.NoneRight != 0 {
		t.Errorf("none mentions %d, right %d; want 1, 0 (Kenya is coded inside it)", c.None, c.NoneRight)
	}
	if c.Coded != 2 || c.Exact != 1 || c.Missed != 1 {
		t.Errorf("coded %d exact %d missed %d; want 2 1 1 (one entity, one match)", c.Coded, c.Exact, c.Missed)
	}
}
