package actor

import (
	"bytes"
	"strings"
	"testing"
)

func TestLearnProposesTitledPeople(t *testing.T) {
	l := NewLearner()
	resolveText(t, "", "") // loads the shared models
	r := NewResolver(testResolver.kb, testResolver.ner)
	r.NoCoref = true
	for _, c := range []struct{ date, text string }{
		{"2025-06-02", "Kenyan Trade Minister Obadiah Kiprotich Wanjala met Ugandan officials in Kampala on Monday."},
		{"2025-06-09", "Kenyan Trade Minister Obadiah Kiprotich Wanjala returned to Nairobi. " +
			"Hellen Achieng Odhiambo, Kenya's foreign minister, did not attend."},
		// known to the KB with that role at the date: nothing to propose
		{"2024-03-05", "Kenyan President William Ruto spoke to reporters."},
		// a known person whose KB code differs from the title's
		{"2015-06-01", "Brazilian Defence Minister Lula visited the troops."},
		// a lone surname with a title is not proposed as a new person
		{"2025-06-09", "Kenyan Trade Minister Wanjiku said prices would fall."},
	} {
		d := resolveText(t, c.date, c.text)
		ts := r.ResolveTitled(d)
		l.Add(d, ts)
	}
	var persons, roles bytes.Buffer
	if err := l.WriteTSV(&persons, &roles, 1); err != nil {
		t.Fatal(err)
	}
	p, rs := persons.String(), roles.String()
	for _, want := range []string{
		"learn:obadiah-kiprotich-wanjala\tObadiah Kiprotich Wanjala\tKEN\t\tdyad-learn\n",
		"learn:hellen-achieng-odhiambo\tHellen Achieng Odhiambo\tKEN\t\tdyad-learn\n",
	} {
		if !strings.Contains(p, want) {
			t.Errorf("persons lacks %q:\n%s", want, p)
		}
	}
	for _, want := range []string{
		"learn:obadiah-kiprotich-wanjala\tKENGOV\tTrade Minister\tCABINET\t2025-06-02\t2025-06-09\tdyad-learn;seen=2\n",
		"learn:hellen-achieng-odhiambo\tKENGOV\tForeign Minister\tFOREIGN\t2025-06-09\t2025-06-09\tdyad-learn;seen=1\n",
		"\tBRAGOV\tDefence Minister\tDEFENCE\t2015-06-01\t2015-06-01\tdyad-learn;seen=1\n",
		"#   Kenyan Trade Minister Obadiah Kiprotich Wanjala returned to Nairobi.\n",
	} {
		if !strings.Contains(rs, want) {
			t.Errorf("roles lacks %q:\n%s", want, rs)
		}
	}
	if strings.Contains(p+rs, "Ruto") || strings.Contains(p+rs, "Wanjiku") {
		t.Errorf("proposed a known role or a lone surname:\n%s\n%s", p, rs)
	}
	if p := l.Proposals(); len(p) != 3 || p[0].Count != 2 {
		t.Errorf("proposals %+v", p)
	}
	if s := l.Summary(); !strings.Contains(s, "2 new people, 1 new roles") {
		t.Errorf("summary %q", s)
	}
}
