package timex

import (
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
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
func TestInspect(t *testing.T) {
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
	if count == "" && context == "" && sample == "" {
		t.Skip("set DYAD_TIMEX_TEXT, DYAD_TIMEX_COUNT, DYAD_TIMEX_CONTEXT or DYAD_TIMEX_SAMPLE")
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
			if context != "" && x.Text == context && shown < 30 || sample != "" && r.Intn(60) == 0 {
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
