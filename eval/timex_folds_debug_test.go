package eval

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"
)

// foldDoc is one development document's counts for value F1.
type foldDoc struct {
	corpus, id        string
	fold              int
	gold, pred, right int
}

// TestTimexFolds is the cross-check of a rule (session 27): the two
// development sets split by file into two folds (fold k is TimeBank's half
// k and AQUAINT-dev's half k, the halves of TestTimexHalves), so that a
// rule chosen on one fold is checked on the other. It runs only when
// DYAD_TIMEX_FOLDS is set; AQUAINT-test is never read.
//
//	DYAD_TIMEX_FOLDS=/tmp/base.tsv go test ./eval -run TimexFolds -v   # write the per-document counts
//	DYAD_TIMEX_FOLDS=/tmp/new.tsv DYAD_TIMEX_BASE=/tmp/base.tsv go test ./eval -run TimexFolds -v
//
// With DYAD_TIMEX_BASE it prints each fold's change in right values and
// predictions against the base run and whether both folds agree. It also
// prints how far value F1 moves by chance alone on AQUAINT-dev: the
// standard deviation of the difference between the two halves of random
// splits by file, the spread a rule's gain or a dev/test gap must exceed
// before it says anything.
func TestTimexFolds(t *testing.T) {
	out := os.Getenv("DYAD_TIMEX_FOLDS")
	if out == "" {
		t.Skip("set DYAD_TIMEX_FOLDS=FILE to write and print the two development folds")
	}
	var docs []foldDoc
	for _, name := range []string{"TimeBank", "AQUAINT-dev"} {
		for i, d := range readTimeMLNamed(t, name) {
			s := ScoreTimexDoc(d.Gold, TagTimeML(d))
			docs = append(docs, foldDoc{name, d.ID, i % 2, s.Relaxed.Gold, s.Relaxed.Pred, s.ValueCorrect})
		}
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		fmt.Fprintf(f, "%s\t%s\t%d\t%d\t%d\t%d\n", d.corpus, d.id, d.fold, d.gold, d.pred, d.right)
	}
	f.Close()
	var base map[string]foldDoc
	if p := os.Getenv("DYAD_TIMEX_BASE"); p != "" {
		base = readFoldDocs(t, p)
	}
	for k := 0; k < 2; k++ {
		var g, p, r, bp, br int
		for _, d := range docs {
			if d.fold != k {
				continue
			}
			g, p, r = g+d.gold, p+d.pred, r+d.right
			if b, ok := base[d.corpus+"\t"+d.id]; ok {
				bp, br = bp+b.pred, br+b.right
			}
		}
		fmt.Printf("fold %d: gold %4d pred %4d right %4d value F1 %6.2f", k, g, p, r, f1(r, g, p))
		if base != nil {
			fmt.Printf("   against base: right %+d pred %+d value F1 %+.2f", r-br, p-bp, f1(r, g, p)-f1(br, g, bp))
		}
		fmt.Println()
	}
	var aq []foldDoc
	for _, d := range docs {
		if d.corpus == "AQUAINT-dev" {
			aq = append(aq, d)
		}
	}
	sd, mean := splitSpread(aq, 2000)
	fmt.Printf("AQUAINT-dev, 2000 random splits by file into halves: half A - half B value F1 s.d. %.2f (mean |A - B| %.2f);"+
		" for halves twice the size (AQUAINT-dev against AQUAINT-test) about s.d. %.2f\n", sd, mean, sd/math.Sqrt2)
}

// f1 is 2·right / (gold + pred) in percent.
func f1(right, gold, pred int) float64 {
	if gold+pred == 0 {
		return 0
	}
	return 200 * float64(right) / float64(gold+pred)
}

// splitSpread splits docs at random into two halves n times and returns the
// standard deviation of the difference of their value F1 and the mean of
// its absolute value.
func splitSpread(docs []foldDoc, n int) (sd, meanAbs float64) {
	r := rand.New(rand.NewSource(27))
	idx := make([]int, len(docs))
	for i := range idx {
		idx[i] = i
	}
	var sum, sum2, abs float64
	for it := 0; it < n; it++ {
		r.Shuffle(len(idx), func(a, b int) { idx[a], idx[b] = idx[b], idx[a] })
		var c [2][3]int
		for j, i := range idx {
			h := 0
			if j >= len(idx)/2 {
				h = 1
			}
			c[h][0] += docs[i].gold
			c[h][1] += docs[i].pred
			c[h][2] += docs[i].right
		}
		x := f1(c[0][2], c[0][0], c[0][1]) - f1(c[1][2], c[1][0], c[1][1])
		sum, sum2, abs = sum+x, sum2+x*x, abs+math.Abs(x)
	}
	m := sum / float64(n)
	return math.Sqrt(sum2/float64(n) - m*m), abs / float64(n)
}

// readFoldDocs reads a file written by TestTimexFolds, keyed by corpus and
// document id.
func readFoldDocs(t *testing.T, path string) map[string]foldDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := map[string]foldDoc{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 6 {
			continue
		}
		var n [4]int
		for i := range n {
			n[i], _ = strconv.Atoi(c[2+i])
		}
		m[c[0]+"\t"+c[1]] = foldDoc{c[0], c[1], n[0], n[1], n[2], n[3]}
	}
	return m
}
