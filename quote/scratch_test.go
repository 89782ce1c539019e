package quote_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// TestAttributeReusesNothing checks that Attribute, which lends its
// working arrays to the next document, leaves nothing behind for it: a
// short story attributed again after a longer one with more quotes, and
// attributed in several goroutines at once, gets the quotes it got the
// first time, field for field.
func TestAttributeReusesNothing(t *testing.T) {
	short := annotate(t, "The trade minister said exports of coffee rose by a tenth last year. "+
		"“We will open two new ports,” she told reporters in the capital.")
	long := annotate(t, "“The border stays shut until the talks resume,” the interior minister said on Monday. "+
		"Opposition leaders said the closure was hurting farmers in the north, and a union official warned "+
		"that prices would climb. The army chief told parliament that troops would stay in the valley. "+
		"According to the electoral commission, turnout reached 60 percent. "+
		"The governor called the decision “a grave mistake” and said he would appeal.")
	first := quotesJSON(t, short)
	if first == "null" || first == "[]" {
		t.Fatal("the short story has no quotes: the test needs some")
	}
	longFirst := quotesJSON(t, long)
	if len(long.Quotes) <= len(short.Quotes) {
		t.Fatalf("the long story has %d quotes, the short %d: the test needs more in the long one", len(long.Quotes), len(short.Quotes))
	}
	for round := 0; round < 3; round++ {
		quote.Attribute(long)
		if got := quotesJSON(t, long); got != longFirst {
			t.Fatalf("round %d: the long story's quotes changed:\n%s\nwant\n%s", round, got, longFirst)
		}
		quote.Attribute(short)
		if got := quotesJSON(t, short); got != first {
			t.Fatalf("round %d: after the long story the short one's quotes changed:\n%s\nwant\n%s", round, got, first)
		}
	}
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			d := short
			want := first
			if i%2 == 1 {
				d, want = long, longFirst
			}
			c := *d
			c.Quotes = nil
			for range 20 {
				quote.Attribute(&c)
			}
			b, err := json.Marshal(c.Quotes)
			if err != nil {
				got[i] = err.Error()
				return
			}
			if string(b) != want {
				got[i] = string(b)
			}
		}(i)
	}
	wg.Wait()
	for i, g := range got {
		if g != "" {
			t.Errorf("goroutine %d: quotes differ from the first attribution: %s", i, g)
		}
	}
}

// quotesJSON is d's quotes as JSON, every field.
func quotesJSON(t *testing.T, d *doc.Document) string {
	t.Helper()
	b, err := json.Marshal(d.Quotes)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
