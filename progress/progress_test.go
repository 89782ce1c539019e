package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestQuietOnNonTerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, 100, false)
	b.Add(3, 50)
	b.Clear()
	if buf.Len() != 0 {
		t.Fatalf("drew %q on a non-terminal", buf.String())
	}
	if b.Docs() != 3 || b.Bytes() != 50 {
		t.Fatalf("counts %d %d", b.Docs(), b.Bytes())
	}
}

func TestLineShowsRateAndETA(t *testing.T) {
	var buf bytes.Buffer
	clockNow := time.Unix(1000, 0)
	b := New(&buf, 4_000_000, false)
	b.now = func() time.Time { return clockNow }
	b.start = clockNow
	b.Force(true)
	clockNow = clockNow.Add(2 * time.Second)
	b.Add(1234, 1_000_000)
	got := b.Line()
	for _, want := range []string{"1,234 docs", "1.0 MB", "0.5 MB/s", "617 docs/s", "25%", "ETA 0:06"} {
		if !strings.Contains(got, want) {
			t.Errorf("line %q lacks %q", got, want)
		}
	}
	if !strings.HasPrefix(buf.String(), "\r") {
		t.Errorf("forced bar did not draw: %q", buf.String())
	}
	b.Clear()
	if !strings.HasSuffix(buf.String(), "\r") {
		t.Errorf("clear did not return the cursor: %q", buf.String())
	}
}
