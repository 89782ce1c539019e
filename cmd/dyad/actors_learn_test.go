package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestActorsLearn(t *testing.T) {
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "learned")
	stories := map[string]string{
		"a.txt": "date 2025-06-02\n\nNAIROBI - Kenyan Trade Minister Obadiah Kiprotich Wanjala met traders on Monday.\n",
		"b.txt": "date 2025-06-09\n\nKAMPALA - Kenyan Trade Minister Obadiah Kiprotich Wanjala returned to Kampala.\n",
	}
	for name, text := range stories {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := dyad(t, context.Background(), nil, "actors", "learn", "--out", out, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "2 documents") || !strings.Contains(stderr, "1 new people") {
		t.Errorf("summary: %s", stderr)
	}
	roles, err := os.ReadFile(filepath.Join(out, "roles-learned.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(roles), "learn:obadiah-kiprotich-wanjala\tKENGOV\tTrade Minister\tCABINET\t2025-06-02\t2025-06-09\tdyad-learn;seen=2") {
		t.Errorf("roles-learned.tsv:\n%s", roles)
	}
	persons, err := os.ReadFile(filepath.Join(out, "persons-learned.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(persons), "\nid\tname\tcountry\tnames\tsource\n") ||
		!strings.Contains(string(persons), "Obadiah Kiprotich Wanjala\tKEN") {
		t.Errorf("persons-learned.tsv:\n%s", persons)
	}
	if code, _, _ := dyad(t, context.Background(), nil, "actors", "learn", "--min-count", "0", in); code != 2 {
		t.Errorf("--min-count 0: exit %d, want 2", code)
	}
}
