package benchnews

import (
	"os"
	"path/filepath"
	"testing"
)

func TestStoriesAndTexts(t *testing.T) {
	saved := Path
	defer func() { Path = saved }()
	Path = filepath.Join(t.TempDir(), "news.jsonl")
	src := `{"id":"a","text":"Troops withdrew from the border town.","date":"2025-03-01"}
{"id":"b","text":"","date":"2025-03-02"}
{"id":"c","text":"The ministers met in Nairobi on Tuesday.","date":"2025-03-03"}
`
	if err := os.WriteFile(Path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	all := Stories(t, 0)
	if len(all) != 3 || all[0].ID != "a" || all[2].Date != "2025-03-03" {
		t.Fatalf("Stories = %+v", all)
	}
	if first := Stories(t, 2); len(first) != 2 || first[1].ID != "b" {
		t.Fatalf("Stories(limit 2) = %+v", first)
	}
	if texts := Texts(t); len(texts) != 2 || texts[1] != "The ministers met in Nairobi on Tuesday." {
		t.Fatalf("Texts = %q", texts)
	}
}

func TestCPUTimeGrows(t *testing.T) {
	t0 := CPUTime()
	x := 0
	for i := range 50_000_000 {
		x ^= i * 31
	}
	if x == 1 || CPUTime() <= t0 {
		t.Fatalf("CPU time did not grow past %v", t0)
	}
}
