package gumconll

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMarks(t *testing.T) {
	cases := []struct{ col, want string }{
		{"(person-3)", "person-3 open close;"},
		{"(person-3(place-7)", "person-3 open;place-7 open close;"},
		{"place-7)person-3)", "place-7 close;person-3 close;"},
		{"_", "_;"},
		{"", ""},
		{"()", ""},
	}
	for _, c := range cases {
		var b strings.Builder
		err := Marks(c.col, func(key string, opening, closing bool) error {
			b.WriteString(key)
			if opening {
				b.WriteString(" open")
			}
			if closing {
				b.WriteString(" close")
			}
			b.WriteString(";")
			return nil
		})
		if err != nil || b.String() != c.want {
			t.Errorf("Marks(%q) = %q, %v; want %q", c.col, b.String(), err, c.want)
		}
	}
}

func TestMarksStops(t *testing.T) {
	n := 0
	err := Marks("(a-1)(b-2)", func(string, bool, bool) error { n++; return fmt.Errorf("stop") })
	if err == nil || n != 1 {
		t.Fatalf("got %v after %d marks; want the first mark's error", err, n)
	}
}

func TestRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.conll")
	src := "# begin document GUM_news_test\n1\tRebels\t(org-1)\n\n2\tretreated\t_\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var comments, rows []string
	err := Read(path, func(c string) { comments = append(comments, c) }, func(line int, cols []string) error {
		rows = append(rows, fmt.Sprintf("%d:%s", line, cols[1]))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(comments, "|") + " " + strings.Join(rows, "|"); got != "# begin document GUM_news_test 2:Rebels|4:retreated" {
		t.Errorf("got %q", got)
	}
	if err := os.WriteFile(path, []byte("1\tshort\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Read(path, nil, func(int, []string) error { return nil }); err == nil || !strings.Contains(err.Error(), ":1:") {
		t.Errorf("two columns: got %v, want an error naming line 1", err)
	}
}
