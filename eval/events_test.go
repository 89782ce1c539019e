package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

func suitePath(parts ...string) string {
	return filepath.Join(append([]string{"..", "..", "shared", "data", "event-suites"}, parts...)...)
}

// TestPetrarchSuiteUD runs the UD-PETRARCH validation suite with the UD
// parses and dictionaries it ships, and holds dyad above a floor just under
// what it reaches. DYAD_EVENTS_DETAILS=file writes the per-record listing.
func TestPetrarchSuiteUD(t *testing.T) {
	path := suitePath("udpetrarch-2_02", "PETR_Validate_records_2_02.xml")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("UD-PETRARCH suite not present (%s): skipping", path)
	}
	var out bytes.Buffer
	opt := SuiteOptions{}
	if f := os.Getenv("DYAD_EVENTS_DETAILS"); f != "" {
		w, err := os.Create(f)
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		opt.Details = w
	}
	res, err := RunPetrarchSuiteWith(path, &out, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if res.Skipped != "" {
		t.Fatalf("skipped: %s", res.Skipped)
	}
	tot := res.Total
	if tot.Records < 200 {
		t.Fatalf("only %d records scored", tot.Records)
	}
	if got := tot.FoundShare(); got < floorFound {
		t.Errorf("found %.1f%% of expected events, want ≥ %.1f%%", 100*got, 100*floorFound)
	}
	if got := tot.ExtraShare(); got > ceilExtra {
		t.Errorf("extra events on %.1f%% of records, want ≤ %.1f%%", 100*got, 100*ceilExtra)
	}
}

// Floors at the targets (the coder reaches 92.3% and 7.8%).
const (
	floorFound = 0.92
	ceilExtra  = 0.08
)

// TestPetrarchSuitesDyadParse runs the suites that ship constituency parses
// only (petrarch2-unit with its own dictionaries, hybrid-2_02 with 2_02's)
// on dyad's own parse of their raw sentences, and holds the share of records
// coded exactly right above floors just under what dyad reaches.
func TestPetrarchSuitesDyadParse(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every record: skipped with -short")
	}
	parse, err := DyadParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path  string
		floor float64
	}{
		{suitePath("petrarch2-unit", "PETR.UnitTest.records.xml"), 0.68},
		{suitePath("hybrid-2_02", "hybrid_validate_2_02.xml"), 0.81},
	} {
		if _, err := os.Stat(tc.path); err != nil {
			t.Logf("suite not present (%s): skipping it", tc.path)
			continue
		}
		var out bytes.Buffer
		res, err := RunPetrarchSuiteWith(tc.path, &out, SuiteOptions{Parser: parse, UseParser: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Log("\n" + out.String())
		if res.Skipped != "" || res.Split != "even/odd" || res.Parse != "dyad" || res.Total.Records < 200 {
			t.Fatalf("%s: skipped %q, split %q, parse %q, %d records", tc.path, res.Skipped, res.Split, res.Parse, res.Total.Records)
		}
		if got := res.Total.ExactShare(); got < tc.floor {
			t.Errorf("%s: %.1f%% of records exactly right, want ≥ %.1f%%", tc.path, 100*got, 100*tc.floor)
		}
	}
}

func TestDevRecord(t *testing.T) {
	// Halves: the first ceil(n/2) scored records; even/odd: the file position.
	if !DevRecord(true, 9, 2, 5) || DevRecord(true, 0, 3, 5) {
		t.Error("halves split wrong")
	}
	if !DevRecord(false, 4, 0, 5) || DevRecord(false, 3, 0, 5) {
		t.Error("even/odd split wrong")
	}
}

func TestPetrarchSuiteNeedsParser(t *testing.T) {
	path := suitePath("petrarch2-unit", "PETR.UnitTest.records.xml")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("PETRARCH-2 unit suite not present (%s): skipping", path)
	}
	var out bytes.Buffer
	res, err := RunPetrarchSuite(path, &out, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Skipped == "" || !strings.Contains(out.String(), "dependency parser") {
		t.Fatalf("want the suite reported as needing a parser, got %q", out.String())
	}
}

// BenchmarkCode codes the UD-PETRARCH suite's parsed sentences with its
// dictionaries (parsing and dictionary loading excluded) and reports
// sentences per second on one core.
func BenchmarkCode(b *testing.B) {
	path := suitePath("udpetrarch-2_02", "PETR_Validate_records_2_02.xml")
	s, err := ReadPetrarchSuite(path)
	if err != nil {
		b.Skipf("UD-PETRARCH suite not present (%v): skipping", err)
	}
	sc, err := LoadSuiteCoder(s, SuiteOptions{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*doc.Document
	for _, r := range s.Records {
		if r.CoNLLU == "" {
			continue
		}
		d, err := DocFromCoNLLU(r.CoNLLU, r.Date)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		sc.Coder.Code(d, sc.Actors)
		n += len(d.Sentences)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

func TestPICONegation(t *testing.T) {
	path := suitePath("udpetrarch-2_02", "PETR_Validate_Internal_Coding_Ontology_1_01.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("PICO file not present (%s): skipping", path)
	}
	neg, err := readPICONegation(path)
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string]string{"110": "050", "170": "057"} {
		if got := neg[code]; got != want {
			t.Errorf("negation of %s = %q, want %s", code, got, want)
		}
	}
	if v, ok := picoValue("-0xFFFF+0x0070"); !ok || v != -0xFFFF+0x70 {
		t.Errorf("picoValue = %d, %v", v, ok)
	}
}

func TestScoreRecord(t *testing.T) {
	a := SuiteEvent{"042", "ARN", "GON"}
	b := SuiteEvent{"043", "GON", "ARN"}
	x := SuiteEvent{"190", "ARN", "GON"}
	r := &PetrarchRecord{Expected: []SuiteEvent{a, b}}
	if c := scoreRecord(r, []SuiteEvent{a, b}); c.Found != 2 || c.Exact != 1 || c.ExtraRecords != 0 {
		t.Errorf("exact record scored %+v", c)
	}
	if c := scoreRecord(r, []SuiteEvent{a, x}); c.Found != 1 || c.Exact != 0 || c.ExtraEvents != 1 {
		t.Errorf("partial record scored %+v", c)
	}
	none := &PetrarchRecord{NoEvents: true}
	if c := scoreRecord(none, nil); c.Expected != 1 || c.Found != 1 || c.Exact != 1 {
		t.Errorf("empty record scored %+v", c)
	}
	if c := scoreRecord(none, []SuiteEvent{x}); c.Found != 0 || c.ExtraRecords != 1 {
		t.Errorf("empty record with an event scored %+v", c)
	}
}

func TestReadPetrarchSuiteUD(t *testing.T) {
	path := suitePath("udpetrarch-2_02", "PETR_Validate_records_2_02.xml")
	s, err := ReadPetrarchSuite(path)
	if err != nil {
		t.Skipf("UD-PETRARCH suite not present (%v): skipping", err)
	}
	if filepath.Base(s.Verbfile) != "PETR_Validate_verbs_2_02.txt" || len(s.Include) != 9 {
		t.Errorf("environment: verbs %q include %v", s.Verbfile, s.Include)
	}
	var demo *PetrarchRecord
	for i := range s.Records {
		if s.Records[i].ID == "DEMO-03" {
			demo = &s.Records[i]
		}
	}
	if demo == nil || len(demo.Expected) != 2 || demo.Date != "1995-01-03" || demo.CoNLLU == "" {
		t.Fatalf("DEMO-03 read as %+v", demo)
	}
	d, err := DocFromCoNLLU(demo.CoNLLU, demo.Date)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 1 || d.Tokens[7].Deprel != "root" || d.Tokens[7].Head != -1 {
		t.Errorf("parse read wrongly: %d sentences, token 8 %+v", len(d.Sentences), d.Tokens[7])
	}
}

// TestReadPetrarchSuiteUnit reads the PETRARCH-2 unit suite: its
// conventions, its single-quoted attributes ('"INJURY TOLL"') and, for
// hybrid-2_02, the 2_02 dictionaries found beside it.
func TestReadPetrarchSuiteUnit(t *testing.T) {
	s, err := ReadPetrarchSuite(suitePath("petrarch2-unit", "PETR.UnitTest.records.xml"))
	if err != nil {
		t.Skipf("PETRARCH-2 unit suite not present (%v): skipping", err)
	}
	if !s.PetrarchTwo || s.HasUD() || filepath.Base(s.Verbfile) != "PETR.Validate.verbs.txt" {
		t.Errorf("unit suite: PetrarchTwo %v, UD %v, verbs %q", s.PetrarchTwo, s.HasUD(), s.Verbfile)
	}
	quoted := false
	for _, r := range s.Records {
		for _, e := range r.Expected {
			quoted = quoted || e.Source == `"INJURY TOLL"`
		}
	}
	if !quoted {
		t.Error(`single-quoted source '"INJURY TOLL"' not read`)
	}
	h, err := ReadPetrarchSuite(suitePath("hybrid-2_02", "hybrid_validate_2_02.xml"))
	if err != nil {
		t.Skipf("hybrid suite not present (%v): skipping", err)
	}
	if h.PetrarchTwo || filepath.Base(h.Verbfile) != "PETR_Validate_verbs_2_02.txt" || h.PICOfile == "" {
		t.Errorf("hybrid suite: PetrarchTwo %v, verbs %q, PICO %q", h.PetrarchTwo, h.Verbfile, h.PICOfile)
	}
}
