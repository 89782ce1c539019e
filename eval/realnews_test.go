package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/pipeline"
)

// A hand-written two-sentence story: the first sentence holds a visit and
// a statement, the second nothing codable.
const rnText = "The Ruritanian foreign minister arrived in Vulgaria on Monday for talks. Heavy rain fell over the capital."

const rnGold = `# story	start	end	events
S1	0	72	042 RUVGOV VUL	040 RUVGOV VULGOV
S1	73	106	none
S2	0	20	190 AAAMIL BBB
`

// fakeCoder is a stage that sets the sentences and the events a test
// wants, standing in for the pipeline.
func fakeCoder(events map[string][]doc.Event) pipeline.Stage {
	return pipeline.Func{StageName: "fake", Fn: func(d *doc.Document) error {
		d.Sentences = nil
		start := 0
		for i := 0; i <= len(d.Text); i++ {
			if i == len(d.Text) || d.Text[i] == '.' {
				end := i
				if i < len(d.Text) {
					end++
				}
				d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: end})
				start = end + 1
				i++
			}
		}
		d.Events = events[d.ID]
		return nil
	}}
}

func act(code string) *doc.Actor { return &doc.Actor{Code: code} }

func TestScoreRealNewsUnit(t *testing.T) {
	recs, err := ReadEventGold(strings.NewReader(rnGold))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || len(recs[0].Expected) != 2 || len(recs[1].Expected) != 0 {
		t.Fatalf("read %d records: %+v", len(recs), recs)
	}
	if !recs[0].Dev() || recs[2].Dev() {
		t.Errorf("split: story S1 should be dev and S2 held out")
	}
	stories := map[string]Story{
		"S1": {ID: "S1", Date: "2024-05-06", Text: rnText},
		"S2": {ID: "S2", Date: "2024-05-06", Text: "Troops shelled towns."},
	}
	events := map[string][]doc.Event{
		"S1": {
			// right code and actors
			{Sentence: 0, Cameo: "042", Source: *act("RUVGOV"), Target: act("VUL")},
			// right root and countries, wrong sub-code and sector
			{Sentence: 0, Cameo: "043", Source: *act("RUVGOV"), Target: act("VUL")},
			// a one-actor event: scored only in "all emitted"
			{Sentence: 0, Cameo: "010", Source: *act("RUVGOV")},
			// negated: never scored
			{Sentence: 1, Cameo: "190", Source: *act("RUVMIL"), Target: act("VUL"), Negated: true},
		},
		"S2": {{Sentence: 0, Cameo: "195", Source: *act("AAAMIL"), Target: act("BBBCVL")}},
	}
	var details bytes.Buffer
	res, err := ScoreRealNews(recs, stories, &pipeline.Pipeline{Stages: []pipeline.Stage{fakeCoder(events)}}, &details)
	if err != nil {
		t.Fatal(err)
	}
	if res.Records != 3 || res.Stories != 2 {
		t.Fatalf("records %d stories %d", res.Records, res.Stories)
	}
	// Strict: record 1 finds 042 but misses 040 and has the extra 043;
	// record 2 is right (the negated event is dropped); record 3 misses.
	s := res.Total.Strict
	if s.Expected != 4 || s.Found != 2 || s.Exact != 1 || s.ExtraRecords != 2 {
		t.Errorf("strict %+v", s)
	}
	// Relaxed: record 1 expects {04 RUV VUL} twice over (one after
	// merging) and gets it; record 3 becomes 19 AAA BBB, found.
	r := res.Total.Relaxed
	if r.Expected != 3 || r.Found != 3 || r.Exact != 3 || r.ExtraRecords != 0 {
		t.Errorf("relaxed %+v", r)
	}
	// All emitted: the 010 one-actor event is an extra too.
	if e := res.Total.Emitted; e.ExtraEvents != 3 || e.Exact != 1 {
		t.Errorf("emitted %+v", e)
	}
	if res.Development.Strict.Records != 2 || res.HeldOut.Strict.Records != 1 {
		t.Errorf("splits dev %d held-out %d", res.Development.Strict.Records, res.HeldOut.Strict.Records)
	}
	if res.WithEvents.Strict.Records != 2 || res.NoEvents.Strict.Exact != 1 {
		t.Errorf("with events %+v, none %+v", res.WithEvents.Strict, res.NoEvents.Strict)
	}
	if !strings.Contains(details.String(), "MISS  S1 0-72 [dev]") || !strings.Contains(details.String(), "one-actor (not scored): 010 RUVGOV ---") {
		t.Errorf("details:\n%s", details.String())
	}
	var out bytes.Buffer
	WriteRealNewsReport(&out, "gold.tsv", res)
	if !strings.Contains(out.String(), "held-out (odd)") || !strings.Contains(out.String(), "relaxed") {
		t.Errorf("report:\n%s", out.String())
	}
}

func TestReadEventGoldErrors(t *testing.T) {
	for _, bad := range []string{
		"S1\t0\t10\n",                // no event column
		"S1\t10\t5\tnone\n",          // end before start
		"S1\t0\t10\t42 A\n",          // two fields
		"S1\t0\t10\tnone\t042 A B\n", // none beside an event
		"S1\t0\t10\tvisit RUS UKR\n", // not a code
		"# only a comment\n",         // no records
	} {
		if _, err := ReadEventGold(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestCountryLevel(t *testing.T) {
	for in, want := range map[string]string{"RUSGOV": "RUS", "USA": "USA", "IGOUNOKID": "IGOUNO", "IGOUNO": "IGOUNO", "---": "---", "PSEREBHMS": "PSE"} {
		if got := CountryLevel(in); got != want {
			t.Errorf("CountryLevel(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestRealNewsGold scores the whole default pipeline on the real-news gold
// (data/event/gold/realnews.tsv) over the bench-news stories, and holds it
// above floors a little under what it reached when the gold was made
// (strict exact 59.8%, relaxed 63.1% on the total). The stories live
// outside the repository: skipped when absent.
func TestRealNewsGold(t *testing.T) {
	stories := filepath.Join("..", "..", "shared", "data", "bench-news", "te3-silver-news.jsonl")
	if _, err := os.Stat(stories); err != nil {
		t.Skipf("bench-news stories not present (%s): the real-news event measure needs ../shared/data", stories)
	}
	if testing.Short() {
		t.Skip("runs the whole pipeline over 65 stories: skipped with -short")
	}
	var out bytes.Buffer
	res, err := RunRealNews(filepath.Join("..", "data", "event", "gold", "realnews.tsv"), stories, &out, RealNewsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if res.Records != 122 || res.Stories != 65 {
		t.Errorf("records %d stories %d, want 122 and 65", res.Records, res.Stories)
	}
	if got := res.Total.Strict.ExactShare(); got < 0.55 {
		t.Errorf("strict exact %.3f below the 0.55 floor", got)
	}
	if got := res.Total.Relaxed.ExactShare(); got < 0.58 {
		t.Errorf("relaxed exact %.3f below the 0.58 floor", got)
	}
	if got := res.Total.Strict.FoundShare(); got < 0.52 {
		t.Errorf("strict found %.3f below the 0.52 floor", got)
	}
}

// TestEventGoldDevOnly: a "# split: dev" line makes every record of a gold
// file a development record, whatever its story's position.
func TestEventGoldDevOnly(t *testing.T) {
	recs, err := ReadEventGold(strings.NewReader("# split: dev\n" + rnGold))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if !r.Dev() {
			t.Errorf("record %s %d-%d: held out in a dev-only file", r.Story, r.Start, r.End)
		}
	}
	recs, err = ReadEventGold(strings.NewReader("# split: development set two\n" + rnGold))
	if err != nil {
		t.Fatal(err)
	}
	if recs[2].Dev() {
		t.Errorf("only the exact directive makes a file dev-only")
	}
}

// TestRealNewsGoldDevSets scores the default pipeline on the five
// development-only real-news gold sets (data/event/gold/realnews-dev2.tsv
// to -dev6.tsv, made to choose rules on: their figures
// are no held-out measure) and holds them over floors a little under what
// the rules reached on them (strict exact 69.2%, 73.8% and 61.2%, strict
// found 78.4%, 54.5% and 66.2% for the first three when they were made;
// before the rules 58.5%, 60.0% and 52.2% exact, 40.2%, 43.4% and 54.1%
// found; dev5 77.3% exact and 73.2% found in session 5, 65.2% and 60.6%
// when first scored; dev6 72.2% exact and 79.2% found in session 6, 66.7%
// and 47.2% when first scored).
func TestRealNewsGoldDevSets(t *testing.T) {
	stories := filepath.Join("..", "..", "shared", "data", "bench-news", "te3-silver-news.jsonl")
	if _, err := os.Stat(stories); err != nil {
		t.Skipf("bench-news stories not present (%s): the real-news event measure needs ../shared/data", stories)
	}
	if testing.Short() {
		t.Skip("runs the whole pipeline over 120 stories: skipped with -short")
	}
	for _, tc := range []struct {
		file         string
		records      int
		exact, found float64
	}{{"realnews-dev2.tsv", 65, 0.66, 0.72}, {"realnews-dev3.tsv", 65, 0.70, 0.50}, {"realnews-dev4.tsv", 67, 0.57, 0.60}, {"realnews-dev5.tsv", 66, 0.70, 0.66}, {"realnews-dev6.tsv", 72, 0.66, 0.70}} {
		var out bytes.Buffer
		res, err := RunRealNews(filepath.Join("..", "data", "event", "gold", tc.file), stories, &out, RealNewsOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Log("\n" + out.String())
		if res.Records != tc.records || res.HeldOut.Strict.Records != 0 {
			t.Errorf("%s: records %d, held out %d: want %d, all dev", tc.file, res.Records, res.HeldOut.Strict.Records, tc.records)
		}
		if got := res.Total.Strict.ExactShare(); got < tc.exact {
			t.Errorf("%s: strict exact %.3f below the %.2f floor", tc.file, got, tc.exact)
		}
		if got := res.Total.Strict.FoundShare(); got < tc.found {
			t.Errorf("%s: strict found %.3f below the %.2f floor", tc.file, got, tc.found)
		}
	}
}
