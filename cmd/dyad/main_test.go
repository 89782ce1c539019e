package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/read"
	"github.com/dyadproject/dyad/store"
)

// dyad runs one command line in-process and returns exit status, stdout and stderr.
func dyad(t *testing.T, ctx context.Context, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errb bytes.Buffer
	code := run(ctx, args, stdin, &out, &errb)
	return code, out.String(), errb.String()
}

type coded struct {
	Schema    int                                   `json:"schema"`
	ID        string                                `json:"id"`
	Date      *string                               `json:"date"`
	Title     string                                `json:"title"`
	Text      *string                               `json:"text"`
	Dateline  *struct{ Text string }                `json:"dateline"`
	Sentences []struct{ Start, End, Paragraph int } `json:"sentences"`
	Tokens    []json.RawMessage                     `json:"tokens"`
	Events    []json.RawMessage                     `json:"events"`
	Entities  []json.RawMessage                     `json:"entities"`
}

func parseLines(t *testing.T, out string) []coded {
	t.Helper()
	var docs []coded
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var d coded
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, line)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestCodeExamples(t *testing.T) {
	code, out, errs := dyad(t, context.Background(), nil, "code", "../../examples")
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	docs := parseLines(t, out)
	if len(docs) < 10 {
		t.Fatalf("%d documents from examples/, want ≥ 10", len(docs))
	}
	seen := map[string]bool{}
	for _, d := range docs {
		if d.Schema != 1 || d.ID == "" || d.Text == nil || d.Date == nil || len(d.Sentences) == 0 {
			t.Errorf("document %q: schema %d, text %v, date %v, %d sentences", d.ID, d.Schema, d.Text != nil, d.Date, len(d.Sentences))
			continue
		}
		if seen[d.ID] {
			t.Errorf("id %s twice", d.ID)
		}
		seen[d.ID] = true
		if d.Events == nil || d.Entities == nil {
			t.Errorf("document %s: events/entities must be lists, not absent", d.ID)
		}
		if d.Tokens != nil {
			t.Errorf("document %s has tokens without --tokens", d.ID)
		}
		for _, s := range d.Sentences {
			if s.Start < 0 || s.End > len(*d.Text) || s.Start >= s.End {
				t.Errorf("document %s: bad sentence span %+v", d.ID, s)
			}
		}
		if d.Dateline == nil || d.Dateline.Text == "" {
			t.Errorf("document %s (%s): every example has a dateline", d.ID, d.Title)
		}
	}
	if !seen["ex-wire-001"] {
		t.Errorf("JSONL ids not kept: %v", seen)
	}
}

func TestCodeIsDeterministicAcrossWorkers(t *testing.T) {
	_, one, _ := dyad(t, context.Background(), nil, "code", "-j", "1", "--tokens", "../../examples")
	_, four, _ := dyad(t, context.Background(), nil, "code", "-j", "4", "--tokens", "../../examples")
	if one != four || one == "" {
		t.Fatal("output differs between -j 1 and -j 4")
	}
	_, again, _ := dyad(t, context.Background(), nil, "code", "-j", "3", "--tokens", "../../examples")
	if again != one {
		t.Fatal("output differs between two runs")
	}
}

func TestCodeFlags(t *testing.T) {
	in := "Kenya and Ethiopia held talks in Nairobi. Both sides praised the outcome.\n"
	code, out, errs := dyad(t, context.Background(), strings.NewReader(in), "code", "--no-text", "--tokens", "--date", "2025-05-01", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	docs := parseLines(t, out)
	if len(docs) != 1 {
		t.Fatalf("%d docs", len(docs))
	}
	d := docs[0]
	if d.Text != nil {
		t.Error("--no-text printed the text")
	}
	if d.Date == nil || *d.Date != "2025-05-01" {
		t.Errorf("--date not applied: %v", d.Date)
	}
	if len(d.Sentences) != 2 || len(d.Tokens) != 14 {
		t.Errorf("%d sentences, %d tokens; want 2 and 14", len(d.Sentences), len(d.Tokens))
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{
		{"code", "--no-such-flag"},
		{"code", "--date", "May 3rd"},
		{"code", "--max-bytes", "lots"},
		{"code", "--only-patterns", "../../examples"},
		{"events", "--format", "xml"},
		{"events", "--dyad", "KEN"},
		{"eval", "segment"},
		{"nonsense"},
	} {
		code, _, errs := dyad(t, context.Background(), nil, args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", args, code, errs)
		}
	}
}

// TestBadInputGoesOn puts one of each bad input beside good documents: every
// bad one is named on stderr, every good one is printed, and the exit status is 1.
func TestBadInputGoesOn(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-good.txt", []byte("date 2025-01-02 Ghana hosted talks with Togo on Monday.\n"))
	write("b-empty.txt", nil)
	write("c-binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 3, 4, 0, 0, 9})
	write("d-lines.jsonl", []byte(`{"id":"ok1","text":"Chile recalled its envoy."}
{"id":"broken","text":
{"id":"ok2","date":"sometime","text":"Peru thanked Japan for the aid."}
`))
	write("e-latin1.txt", []byte("Bogot\xe1 hosted the summit.\n"))
	write("f-huge.txt", bytes.Repeat([]byte("word "), 400))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("title Zipped\n\nThe zipped story was read.\n"))
	zw.Close()
	write("g-zipped.txt.gz", gz.Bytes())

	code, out, errs := dyad(t, context.Background(), nil, "code", "--max-bytes", "1000", dir, filepath.Join(dir, "missing.txt"))
	if code != exitRejected {
		t.Errorf("exit %d, want 1", code)
	}
	docs := parseLines(t, out)
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID+"|"+d.Title)
	}
	if len(docs) != 5 {
		t.Errorf("printed %d documents, want 5 (good, ok1, ok2, latin1 repaired, zipped): %v", len(docs), ids)
	}
	for _, want := range []string{"b-empty.txt", "c-binary.txt", "d-lines.jsonl:2", "e-latin1.txt", "f-huge.txt", "1000", "missing.txt", "sometime"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr does not mention %q:\n%s", want, errs)
		}
	}
	for _, d := range docs {
		if d.ID == "ok2" && d.Date != nil {
			t.Errorf("unparseable date kept: %v", *d.Date)
		}
	}
}

func TestQuietSilencesWarningsNotErrors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "bad.jsonl"), []byte("{nope\n"), 0o644)
	_, _, errs := dyad(t, context.Background(), nil, "--quiet", "code", dir)
	if strings.Contains(errs, "empty.txt") {
		t.Errorf("--quiet printed a warning: %s", errs)
	}
	if !strings.Contains(errs, "bad.jsonl:1") {
		t.Errorf("--quiet hid an error: %s", errs)
	}
}

func TestIngestReplaceAndQuery(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	code, _, errs := dyad(t, context.Background(), nil, "ingest", "--db", db, "../../examples")
	if code != exitOK {
		t.Fatalf("ingest exit %d: %s", code, errs)
	}
	s, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(context.Background())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	first := st.Documents
	if first < 10 {
		t.Fatalf("%d documents stored", first)
	}
	// A rerun skips what is stored unchanged; --force replaces; neither duplicates.
	_, _, errs = dyad(t, context.Background(), nil, "ingest", "--db", db, "../../examples")
	if !strings.Contains(errs, fmt.Sprintf("%d unchanged", first)) {
		t.Errorf("rerun did not skip the unchanged documents: %s", errs)
	}
	dyad(t, context.Background(), nil, "ingest", "--force", "--db", db, "../../examples")
	s, _ = store.OpenReadOnly(db)
	st2, _ := s.Stats(context.Background())
	s.Close()
	if st2.Documents != first {
		t.Errorf("after re-ingest %d documents, want %d", st2.Documents, first)
	}
	for _, f := range []string{"table", "json", "csv"} {
		code, _, errs := dyad(t, context.Background(), nil, "events", "--db", db, "--format", f, "--dyad", "KEN-ETH", "--from", "2025-01-01")
		if code != exitOK {
			t.Errorf("events --format %s: exit %d: %s", f, code, errs)
		}
	}
	code, _, errs = dyad(t, context.Background(), nil, "events", "--db", filepath.Join(t.TempDir(), "none.db"))
	if code == exitOK || !strings.Contains(errs, "none.db") {
		t.Errorf("querying a missing database: exit %d, %q", code, errs)
	}
}

// cancelAfter is standard input that cancels the run once n bytes were read,
// as Ctrl-C would in the middle of an ingest.
type cancelAfter struct {
	r      io.Reader
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) Read(p []byte) (int, error) {
	if c.n <= 0 {
		c.cancel()
	}
	if len(p) > 512 {
		p = p[:512]
	}
	k, err := c.r.Read(p)
	c.n -= k
	return k, err
}

func TestInterruptedIngestIsConsistentAndResumable(t *testing.T) {
	var corpus bytes.Buffer
	const n = 3000
	for i := range n {
		fmt.Fprintf(&corpus, `{"id":"doc-%04d","date":"2025-03-%02d","text":"Officials from country %d met their neighbours on Monday. They agreed to meet again."}`+"\n", i, i%28+1, i)
	}
	db := filepath.Join(t.TempDir(), "t.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := &cancelAfter{r: bytes.NewReader(corpus.Bytes()), n: corpus.Len() / 2, cancel: cancel}
	code, _, errs := dyad(t, ctx, in, "ingest", "--db", db, "-")
	if code != exitSignal || !strings.Contains(errs, "interrupted") {
		t.Fatalf("exit %d, stderr %q; want 130 and a note", code, errs)
	}
	s, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := s.Stats(context.Background())
	s.Close()
	if st.Documents == 0 || st.Documents >= n {
		t.Fatalf("%d documents stored after the interruption, want some but not all", st.Documents)
	}
	if st.Sentences != 2*st.Documents {
		t.Fatalf("%d sentences for %d documents: a document was half-written", st.Sentences, st.Documents)
	}
	code, _, errs = dyad(t, context.Background(), bytes.NewReader(corpus.Bytes()), "ingest", "--db", db, "-")
	if code != exitOK || !strings.Contains(errs, fmt.Sprintf("%d unchanged", st.Documents)) {
		t.Fatalf("rerun: exit %d, %s", code, errs)
	}
	s, _ = store.OpenReadOnly(db)
	st2, _ := s.Stats(context.Background())
	s.Close()
	if st2.Documents != n || st2.Sentences != 2*n {
		t.Fatalf("after the rerun %d documents, %d sentences; want %d and %d", st2.Documents, st2.Sentences, n, 2*n)
	}
}

// TestCodeFindsReciprocalAgreement runs the whole pipeline on one example
// story: "Ghana and Togo signed a border security agreement in Accra" is a
// reciprocal agreement between the two countries, and the city where it was
// signed is not a party to it.
func TestCodeFindsReciprocalAgreement(t *testing.T) {
	code, out, errs := dyad(t, context.Background(), nil, "code", "--no-text", "../../examples/wire.jsonl")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var d struct {
		ID     string `json:"id"`
		Events []struct {
			Cameo  string `json:"cameo"`
			Source struct{ Code string }
			Target *struct{ Code string }
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &d); err != nil || d.ID != "ex-wire-001" {
		t.Fatalf("first document: %v %q", err, d.ID)
	}
	got := map[string]bool{}
	for _, e := range d.Events {
		if e.Target != nil {
			got[e.Cameo+" "+e.Source.Code+">"+e.Target.Code] = true
		}
	}
	for _, want := range []string{"057 GHA>TGO", "057 TGO>GHA"} {
		if !got[want] {
			t.Errorf("missing %s; events with targets: %v", want, got)
		}
	}
	for k := range got {
		if strings.HasSuffix(k, ">GHAGOV") {
			t.Errorf("the place of signing became a target: %s", k)
		}
	}
}

// TestPatternsFlag replaces the built-in event patterns with a file of the
// user's: only its verb codes anything.
func TestPatternsFlag(t *testing.T) {
	pat := filepath.Join(t.TempDir(), "mine.pat")
	os.WriteFile(pat, []byte("verbs SCOLD => 111\n  verb scold\n"), 0o644)
	in := "Kenya scolded Ethiopia on Monday. Kenya visited Ethiopia on Tuesday.\n"
	code, out, errs := dyad(t, context.Background(), strings.NewReader(in), "code", "--date", "2025-01-08", "--only-patterns", "--patterns", pat, "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var d struct {
		Events []struct{ Cameo string } `json:"events"`
	}
	json.Unmarshal([]byte(out), &d)
	if len(d.Events) != 1 || d.Events[0].Cameo != "111" {
		t.Errorf("events %+v, want one 111 (the visit is not in the user's patterns)", d.Events)
	}
	code, _, errs = dyad(t, context.Background(), strings.NewReader(in), "code", "--patterns", filepath.Join(t.TempDir(), "none.pat"), "-")
	if code == exitOK || !strings.Contains(errs, "none.pat") {
		t.Errorf("a missing pattern file: exit %d, %q", code, errs)
	}
}

// TestRunStagesDocTimeout: a document still in a stage after --doc-timeout
// is warned of, then reported as rejected with the stage named, and the
// documents around it are processed.
func TestRunStagesDocTimeout(t *testing.T) {
	dir := t.TempDir()
	for i, text := range []string{"First story.", "Second story hangs.", "Third story."} {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.txt", i)), []byte("date 2024-05-01 "+text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	release := make(chan struct{})
	defer close(release)
	stages := []pipeline.Stage{pipeline.Func{StageName: "stall", Fn: func(d *doc.Document) error {
		if strings.Contains(d.Text, "hangs") {
			<-release
		}
		return nil
	}}}
	var stderr bytes.Buffer
	a := &app{stdout: io.Discard, stderr: &stderr}
	opt := read.Options{}
	con := a.newConsole([]string{dir}, &opt, nil)
	var got []string
	st, err := runStages(context.Background(), con, []string{dir}, opt, inputFlags{jobs: 1, timeout: 300 * time.Millisecond},
		stages, nil, func(d *doc.Document) error { got = append(got, d.Text); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if st.done != 2 || st.rejected != 1 || len(got) != 2 {
		t.Errorf("done %d, rejected %d, sunk %q; want 2, 1 and the two other stories", st.done, st.rejected, got)
	}
	msg := stderr.String()
	if !strings.Contains(msg, "1.txt") || !strings.Contains(msg, "still in stage stall") || !strings.Contains(msg, "per-document timeout") {
		t.Errorf("stderr %q: want a warning and an error naming 1.txt and the stall stage", msg)
	}
}
