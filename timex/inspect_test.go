package timex

import (
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
)

// Tools for tuning the rules by eye; each runs only when its variable is
// set.
//
//	DYAD_TIMEX_TEXT='They met on Friday.' DYAD_TIMEX_DATE=2024-05-01 go test ./timex -run Inspect -v
//	DYAD_TIMEX_COUNT=1 go test ./timex -run Inspect -v      # expressions of the bench corpus by count
//	DYAD_TIMEX_CONTEXT='the day' go test ./timex -run Inspect -v
//	DYAD_TIMEX_SAMPLE=7 go test ./timex -run Inspect -v     # a random sample with context
//	DYAD_TIMEX_FAR=1 go test ./timex -run Inspect -v        # relative dates over a year from publication
//	DYAD_TIMEX_DUMP=/tmp/a go test ./timex -run Inspect     # every bench expression with context, to diff two versions
//	DYAD_TIMEX_BATCH=/tmp/s.tsv go test ./timex -run Inspect -v  # lines "YYYY-MM-DD<TAB>text", each tagged alone
func TestInspect(t *testing.T) {
	if path := os.Getenv("DYAD_TIMEX_DUMP"); path != "" {
		dumpBench(t, path)
		return
	}
	if path := os.Getenv("DYAD_TIMEX_BATCH"); path != "" {
		inspectBatch(t, path)
		return
	}
	if text := os.Getenv("DYAD_TIMEX_TEXT"); text != "" {
		d := doc.Document{Text: text, Date: os.Getenv("DYAD_TIMEX_DATE")}
		segment.Segment(&d)
		Tag(&d)
		for _, x := range d.Timexes {
			fmt.Printf("%q %s %s\n", x.Text, x.Type, x.Value)
		}
		return
	}
	count, context, sample := os.Getenv("DYAD_TIMEX_COUNT"), os.Getenv("DYAD_TIMEX_CONTEXT"), os.Getenv("DYAD_TIMEX_SAMPLE")
	far := os.Getenv("DYAD_TIMEX_FAR") != ""
	if count == "" && context == "" && sample == "" && !far {
		t.Skip("set DYAD_TIMEX_TEXT, DYAD_TIMEX_COUNT, DYAD_TIMEX_CONTEXT, DYAD_TIMEX_SAMPLE or DYAD_TIMEX_FAR")
	}
	docs, _ := loadBench(t)
	seed, _ := strconv.Atoi(sample)
	r := rand.New(rand.NewSource(int64(seed)))
	counts := map[string]int{}
	shown := 0
	for k := range docs {
		d := &docs[k]
		Tag(d)
		for _, x := range d.Timexes {
			counts[x.Type+"\t"+x.Text]++
			if context != "" && x.Text == context && shown < 30 || sample != "" && r.Intn(60) == 0 || far && farOff(d.Date, x) {
				shown++
				a, b := max(0, x.Start-60), min(len(d.Text), x.End+40)
				fmt.Printf("%s %s %s\t%q\n", d.Date, x.Type, x.Value, d.Text[a:x.Start]+"[["+x.Text+"]]"+d.Text[x.End:b])
			}
		}
	}
	if count != "" {
		keys := make([]string, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool { return counts[keys[a]] > counts[keys[b]] })
		for _, k := range keys {
			fmt.Printf("%d\t%s\n", counts[k], k)
		}
	}
}

// farOff reports a date or time written without digits ("the coming
// year", "last Friday") whose year lies more than a year from the
// publication date: a likely anchoring error.
func farOff(pub string, x doc.Timex) bool {
	if len(pub) < 4 || len(x.Value) < 4 || x.Type != "DATE" && x.Type != "TIME" {
		return false
	}
	for i := 0; i < len(x.Text); i++ {
		if x.Text[i] >= '0' && x.Text[i] <= '9' {
			return false
		}
	}
	py, err1 := strconv.Atoi(pub[:4])
	vy, err2 := strconv.Atoi(x.Value[:4])
	if err1 != nil || err2 != nil {
		return false
	}
	return vy < py-1 || vy > py+1
}

// dumpBench writes every expression of the bench corpus, one a line with
// its value and context, so that two versions of the rules can be compared
// with diff on unlabelled news.
func dumpBench(t *testing.T, path string) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, _ := loadBench(t)
	for k := range docs {
		d := &docs[k]
		Tag(d)
		for _, x := range d.Timexes {
			a, b := max(0, x.Start-120), min(len(d.Text), x.End+60)
			ctx := strings.ReplaceAll(d.Text[a:x.Start]+"[["+x.Text+"]]"+d.Text[x.End:b], "\n", " ")
			fmt.Fprintf(f, "%d %d %s\t%s %s\t%q\n", k, x.Start, d.Date, x.Type, x.Value, ctx)
		}
	}
}

// inspectBatch tags each line "date<TAB>text" of the file at path as a
// document of its own and prints its expressions.
func inspectBatch(t *testing.T, path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		date, text, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		d := doc.Document{Text: text, Date: date}
		segment.Segment(&d)
		Tag(&d)
		fmt.Printf("%s %s\n", date, text)
		for _, x := range d.Timexes {
			fmt.Printf("    %q %s %s\n", x.Text, x.Type, x.Value)
		}
	}
}
