package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// timebankDir is the TimeBank and AQUAINT data (TimeML) in the shared data
// beside the repository.
var timebankDir = filepath.Join("..", "..", "shared", "data", "timebank-aquaint")

// minTimeBankValueF1 is the value F1 the tagger must keep on TimeBank, its
// development set (it reaches 83.4; HeidelTime scores 77.6 and SUTime 67.4
// on the TempEval-3 test set).
const minTimeBankValueF1 = 82.5

// A TimeML document written for this test, in the TimeBank layout.
const sampleTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-01" temporalFunction="false" functionInDocument="CREATION_TIME">20240501</TIMEX3></DCT>
<TITLE>Ministers meet</TITLE>
<TEXT>
Ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-04-25">Thursday</TIMEX3> in Lima &amp; Quito.

Talks <EVENT eid="e2" class="OCCURRENCE">lasted</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> <SIGNAL sid="s1">before</SIGNAL> the vote <TIMEX3 tid="t3" type="DATE" value="2024-W19">next week</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
</TimeML>
`

func TestParseTimeML(t *testing.T) {
	d, err := ParseTimeML(sampleTML)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "TEST001" || d.DCT != "2024-05-01" {
		t.Errorf("ID %q DCT %q", d.ID, d.DCT)
	}
	if strings.Contains(d.Text, "<") || !strings.Contains(d.Text, "Lima & Quito") {
		t.Errorf("text not cleaned: %q", d.Text)
	}
	want := []doc.Timex{
		{Text: "Thursday", Type: "DATE", Value: "2024-04-25"},
		{Text: "two weeks", Type: "DURATION", Value: "P2W"},
		{Text: "next week", Type: "DATE", Value: "2024-W19"},
	}
	if len(d.Gold) != len(want) {
		t.Fatalf("gold %+v", d.Gold)
	}
	for i, g := range d.Gold {
		if d.Text[g.Start:g.End] != want[i].Text || g.Text != want[i].Text || g.Type != want[i].Type || g.Value != want[i].Value {
			t.Errorf("gold %d = %+v (text %q), want %+v", i, g, d.Text[g.Start:g.End], want[i])
		}
	}
}

func TestScoreTimexDoc(t *testing.T) {
	gold := []doc.Timex{
		{Start: 0, End: 8, Type: "DATE", Value: "2024-04-25"},
		{Start: 20, End: 29, Type: "DURATION", Value: "P2W"},
		{Start: 40, End: 49, Type: "DATE", Value: "2024-W19"},
	}
	pred := []doc.Timex{
		{Start: 0, End: 8, Type: "DATE", Value: "2024-04-25"},    // exact, right
		{Start: 16, End: 29, Type: "DURATION", Value: "P2W"},     // overlap, right
		{Start: 40, End: 49, Type: "DATE", Value: "2024-W18"},    // exact, wrong value
		{Start: 60, End: 63, Type: "DATE", Value: "PRESENT_REF"}, // spurious
	}
	s := ScoreTimexDoc(gold, pred)
	if s.Strict != (PRF{Gold: 3, Pred: 4, Correct: 2}) || s.Relaxed != (PRF{Gold: 3, Pred: 4, Correct: 3}) {
		t.Errorf("strict %+v relaxed %+v", s.Strict, s.Relaxed)
	}
	if s.TypeCorrect != 3 || s.ValueCorrect != 2 {
		t.Errorf("type %d value %d", s.TypeCorrect, s.ValueCorrect)
	}
	if v := s.Value(); v.P() != 0.5 || v.R() != 2.0/3 {
		t.Errorf("value P %v R %v", v.P(), v.R())
	}
	// An exact match is not lost to an earlier overlapping prediction.
	_, exact, missed, extra := TimexMatch(
		[]doc.Timex{{Start: 5, End: 10}},
		[]doc.Timex{{Start: 0, End: 7}, {Start: 5, End: 10}})
	if exact != 1 || len(missed) != 0 || len(extra) != 1 {
		t.Errorf("exact %d missed %v extra %v", exact, missed, extra)
	}
}

// TestRunTimex checks the report on a folder of two corpora.
func TestRunTimex(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"A", "B"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, sub, "d1.tml"), []byte(sampleTML), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var b strings.Builder
	if err := RunTimex(dir, &b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"timex: A\n", "timex: B\n", "timex: all\n", "strict span", "relaxed span", "value", "type accuracy"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	// The tagger finds all three expressions of the sample exactly.
	if !strings.Contains(out, "strict span   correct     3   P 100.00  R 100.00") {
		t.Errorf("sample not tagged exactly:\n%s", out)
	}
	if err := RunTimex(t.TempDir(), &b); err == nil {
		t.Error("no error on a folder without .tml files")
	}
}

// TestTimexTimeBank holds the tagger to its value F1 on TimeBank (the
// development set) and reports AQUAINT, the held-out set, beside it.
func TestTimexTimeBank(t *testing.T) {
	tb := filepath.Join(timebankDir, "TimeBank")
	docs, err := ReadTimeMLDir(tb)
	if err != nil || len(docs) == 0 {
		t.Skip("TimeBank absent: ", tb)
	}
	s := ScoreTimeML(docs)
	var b strings.Builder
	WriteTimexReport(&b, "TimeBank", s)
	if aq, err := ReadTimeMLDir(filepath.Join(timebankDir, "AQUAINT")); err == nil && len(aq) > 0 {
		dev, test := SplitAQUAINT(aq)
		WriteTimexReport(&b, "AQUAINT", ScoreTimeML(aq))
		WriteTimexReport(&b, "AQUAINT-dev", ScoreTimeML(dev))
		WriteTimexReport(&b, "AQUAINT-test (held out)", ScoreTimeML(test))
	}
	t.Log("\n" + b.String())
	if f := 100 * s.Value().F1(); f < minTimeBankValueF1 {
		t.Errorf("value F1 on TimeBank = %.2f, want >= %.1f", f, minTimeBankValueF1)
	}
	if f := 100 * s.Relaxed.F1(); f < 93 {
		t.Errorf("relaxed span F1 on TimeBank = %.2f, want >= 93", f)
	}
}

func TestSplitAQUAINT(t *testing.T) {
	var docs []TimeMLDoc
	for _, n := range []string{"c.tml", "a.tml", "e.tml", "b.tml", "d.tml"} {
		docs = append(docs, TimeMLDoc{Path: filepath.Join("x", n)})
	}
	dev, test := SplitAQUAINT(docs)
	name := func(ds []TimeMLDoc) string {
		var out []string
		for _, d := range ds {
			out = append(out, filepath.Base(d.Path))
		}
		return strings.Join(out, " ")
	}
	if name(dev) != "a.tml c.tml e.tml" || name(test) != "b.tml d.tml" {
		t.Errorf("dev %s test %s", name(dev), name(test))
	}
}
