package eval

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/segment"
)

// TestSegmentationNewsDiff compares the segmenter's sentence ends on
// bench-news with those of an earlier version, to check that a change for
// web text adds no wrong breaks to news. DYAD_SEG_NEWS names a file: when it
// does not exist, the current sentence ends are written to it (the
// baseline); when it does, the ends that differ are printed with their
// context, ADDED for a new break, REMOVED for a lost one:
//
//	DYAD_SEG_NEWS=/tmp/news-ends.txt go test ./eval -run NewsDiff -v   # before the change
//	DYAD_SEG_NEWS=/tmp/news-ends.txt go test ./eval -run NewsDiff -v   # after it
func TestSegmentationNewsDiff(t *testing.T) {
	path := os.Getenv("DYAD_SEG_NEWS")
	if path == "" {
		t.Skip("set DYAD_SEG_NEWS=file to write or compare bench-news sentence ends")
	}
	stories := benchnews.Stories(t, 0)
	cur := map[string][]int{}
	nsent := 0
	for _, s := range stories {
		_, sents, _ := segment.Split(s.Text)
		nsent += len(sents)
		for _, x := range sents {
			cur[s.ID] = append(cur[s.ID], x.End)
		}
	}
	base, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		var b strings.Builder
		for _, s := range stories {
			b.WriteString(s.ID)
			for _, e := range cur[s.ID] {
				b.WriteByte(' ')
				b.WriteString(strconv.Itoa(e))
			}
			b.WriteByte('\n')
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote the sentence ends of %d stories (%d sentences) to %s", len(stories), nsent, path)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	old := map[string]map[int]bool{}
	for _, line := range strings.Split(string(base), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		m := map[int]bool{}
		for _, x := range f[1:] {
			n, err := strconv.Atoi(x)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			m[n] = true
		}
		old[f[0]] = m
	}
	added, removed := 0, 0
	for _, s := range stories {
		now := map[int]bool{}
		for _, e := range cur[s.ID] {
			now[e] = true
		}
		var diffs []int
		for e := range now {
			if !old[s.ID][e] {
				diffs = append(diffs, e)
			}
		}
		for e := range old[s.ID] {
			if !now[e] {
				diffs = append(diffs, -e-1)
			}
		}
		sort.Ints(diffs)
		for _, e := range diffs {
			tag := "ADDED"
			if e < 0 {
				tag, e = "REMOVED", -e-1
				removed++
			} else {
				added++
			}
			a, b := max(0, e-70), min(len(s.Text), e+50)
			fmt.Printf("%s %s %q || %q\n", tag, s.ID, s.Text[a:e], s.Text[e:b])
		}
	}
	t.Logf("%d stories, %d sentences: %d ends added, %d removed", len(stories), nsent, added, removed)
}
