package read

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestBadInput(t *testing.T) {
	binary := append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0x00, 0x14, 0x08}, 50)...)
	controls := bytes.Repeat([]byte("ab\x01\x02\x03\x04\x05"), 40) // no NUL, but mostly control bytes
	tests := []struct {
		name string
		file string
		in   []byte
		opt  Options
		docs int
		err  string // the only error, "" for none
		warn string // the only warning, "" for none
		text string // text of the only document, when docs == 1
	}{
		{name: "invalid UTF-8 is repaired", file: "a.txt",
			in: []byte("Talks in Bras\xedlia ended.\nThe envoy left for Bogot\xe1."), docs: 1,
			text: "Talks in Bras\ufffdlia ended.\nThe envoy left for Bogot\ufffd.",
			warn: "a.txt:1: invalid UTF-8: 2 bytes replaced with U+FFFD"},
		{name: "invalid UTF-8 names the first bad line", file: "a.txt",
			in: []byte("Fine line.\nStill fine.\nBad \xc3 here."), docs: 1,
			text: "Fine line.\nStill fine.\nBad \ufffd here.",
			warn: "a.txt:3: invalid UTF-8: 1 bytes replaced with U+FFFD"},
		{name: "empty file", file: "e.txt", in: nil, warn: "e.txt: empty file, skipped"},
		{name: "white space only", file: "w.txt", in: []byte(" \n\t\r\n  \n"), warn: "w.txt: empty file, skipped"},
		{name: "empty JSON Lines", file: "e.jsonl", in: []byte("\n\n"), warn: "e.jsonl: empty file, skipped"},
		{name: "NUL bytes", file: "archive.zip", in: binary, err: "archive.zip: binary file, skipped"},
		{name: "NUL bytes whatever the name", file: "story.txt", in: []byte("Officials\x00met."), err: "story.txt: binary file, skipped"},
		{name: "control bytes", file: "blob", in: controls, err: "blob: binary file, skipped"},
		{name: "gzip of binary", file: "x.gz", in: gz(t, binary), err: "x.gz: binary file, skipped"},
		{name: "over MaxBytes", file: "big.txt", in: bytes.Repeat([]byte("Rain fell. "), 200), opt: Options{MaxBytes: 1000},
			err: "big.txt: document is 2.1 KiB, over the --max-bytes limit of 1000 bytes"},
		{name: "over MaxBytes, gzip", file: "big.txt.gz", in: gz(t, bytes.Repeat([]byte("Rain fell. "), 200)), opt: Options{MaxBytes: 1000},
			err: "big.txt.gz: document is 2.1 KiB, over the --max-bytes limit of 1000 bytes"},
		{name: "at MaxBytes", file: "ok.txt", in: bytes.Repeat([]byte("x"), 1000), opt: Options{MaxBytes: 1000}, docs: 1,
			text: strings.Repeat("x", 1000)},
		{name: "corrupt gzip header", file: "c.txt.gz", in: []byte{0x1f, 0x8b, 0x00, 0x00}, err: "c.txt.gz: corrupt gzip: "},
		{name: "truncated gzip", file: "t.txt.gz", in: gz(t, []byte(strings.Repeat("Ministers met in Lima. ", 50)))[:40],
			err: "t.txt.gz: corrupt gzip: unexpected EOF"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := read(t, tc.file, tc.in, tc.opt)
			if len(r.docs) != tc.docs {
				t.Errorf("%d documents, want %d", len(r.docs), tc.docs)
			}
			if tc.docs == 1 && len(r.docs) == 1 && r.docs[0].Text != tc.text {
				t.Errorf("text %q, want %q", r.docs[0].Text, tc.text)
			}
			switch errs := r.errStrings(); {
			case tc.err == "" && len(errs) > 0,
				tc.err != "" && (len(errs) != 1 || !strings.HasPrefix(errs[0], tc.err)):
				t.Errorf("errors %q, want %q", errs, tc.err)
			}
			switch warns := r.warnStrings(); {
			case tc.warn == "" && len(warns) > 0,
				tc.warn != "" && (len(warns) != 1 || warns[0] != tc.warn):
				t.Errorf("warnings %q, want %q", warns, tc.warn)
			}
			if r.bytes != int64(len(tc.in)) && len(r.docs)+len(r.errs) > 0 {
				t.Errorf("items account for %d bytes, want %d", r.bytes, len(tc.in))
			}
		})
	}
}

func TestSizeMessage(t *testing.T) {
	if got := overLimit("document", 12897485, DefaultMaxBytes); got != "document is 12.3 MiB, over the --max-bytes limit of 10 MiB" {
		t.Errorf("got %q", got)
	}
	if got := overLimit("document", -1, 2048); got != "document is over the --max-bytes limit of 2 KiB" {
		t.Errorf("got %q", got)
	}
}

func TestGzip(t *testing.T) {
	text := []byte("date 2024-05-02 QUITO - Lawmakers approved the budget.")
	jsonl := []byte(`{"text": "The port reopened."}` + "\n" + `{"text": "Schools closed early."}` + "\n")
	for _, tc := range []struct {
		file  string
		in    []byte
		texts []string
	}{
		{"a.txt.gz", gz(t, text), []string{"QUITO - Lawmakers approved the budget."}},
		{"a.jsonl.gz", gz(t, jsonl), []string{"The port reopened.", "Schools closed early."}},
		{"no-extension", gz(t, jsonl), []string{"The port reopened.", "Schools closed early."}},
		{"twice.gz", append(gz(t, jsonl[:27]), gz(t, jsonl[27:])...), []string{"The port reopened.", "Schools closed early."}},
	} {
		r := read(t, tc.file, tc.in, Options{})
		var texts []string
		for _, d := range r.docs {
			texts = append(texts, d.Text)
		}
		if !slices.Equal(texts, tc.texts) || len(r.errs) > 0 {
			t.Errorf("%s: texts %q errors %q, want %q", tc.file, texts, r.errStrings(), tc.texts)
		}
		if r.bytes != int64(len(tc.in)) {
			t.Errorf("%s: items account for %d bytes, want %d", tc.file, r.bytes, len(tc.in))
		}
	}

	// A JSON Lines stream cut short keeps the lines before the damage.
	var lines bytes.Buffer
	for i := 0; i < 2000; i++ {
		lines.WriteString(`{"text": "Line of news number ` + strings.Repeat("x", i%17) + `."}` + "\n")
	}
	z := gz(t, lines.Bytes())
	r := read(t, "cut.jsonl.gz", z[:len(z)/2], Options{})
	if len(r.docs) < 100 || len(r.errs) != 1 || !strings.Contains(r.errs[0].Error(), "corrupt gzip: unexpected EOF") {
		t.Fatalf("%d documents, errors %q", len(r.docs), r.errStrings())
	}
	if e := r.errs[0]; e.Line != len(r.docs)+1 || e.Origin != "cut.jsonl.gz" {
		t.Errorf("error at %s:%d after %d documents", e.Origin, e.Line, len(r.docs))
	}
}

func TestUTF16(t *testing.T) {
	text := "title: Río crossing reopens\r\n\r\nBORDER POST - Trucks moved again 😀.\r\n"
	u := utf16.Encode([]rune(text))
	le := []byte{0xff, 0xfe}
	be := []byte{0xfe, 0xff}
	for _, c := range u {
		le = append(le, byte(c), byte(c>>8))
		be = append(be, byte(c>>8), byte(c))
	}
	for name, in := range map[string][]byte{"le.txt": le, "be.txt": be} {
		d := read(t, name, in, Options{}).one(t)
		if d.Title != "Río crossing reopens" || d.Text != "BORDER POST - Trucks moved again 😀." || d.Dateline == nil {
			t.Errorf("%s: title %q text %q dateline %v", name, d.Title, d.Text, d.Dateline)
		}
	}
	// A lone surrogate and an odd final byte are replaced, not fatal.
	bad := []byte{0xff, 0xfe, 'O', 0, 'K', 0, 0x00, 0xd8, 'x', 0, '!'}
	if d := read(t, "bad16.txt", bad, Options{}).one(t); d.Text != "OK\ufffdx\ufffd" {
		t.Errorf("text %q", d.Text)
	}
}

func TestWalkOrder(t *testing.T) {
	dir := t.TempDir()
	// Created out of order: the walk must not depend on creation order.
	writeFiles(t, dir, [][2]string{
		{"b/2.txt", "Second file in b."},
		{"a.txt", "Top file a."},
		{"b/1.txt", "First file in b."},
		{"c.jsonl", `{"text": "Line one of c."}` + "\n" + `{"text": "Line two of c."}`},
		{"B.txt", "Capital B sorts before lower case."},
		{"b/sub/0.txt", "Deep file."},
		{".hidden.txt", "Hidden file, skipped."},
		{".git/config.txt", "Hidden directory, skipped."},
		{"b/.cache/x.txt", "Hidden directory below, skipped."},
		{"a0.html", "<html><body><p>Page a0 says hello.</p></body></html>"},
	})
	want := []string{
		"B.txt", "a.txt", "a0.html", "b/1.txt", "b/2.txt", "b/sub/0.txt", "c.jsonl:1", "c.jsonl:2",
		"explicit.txt", "a.txt",
	}
	other := filepath.Join(t.TempDir(), "explicit.txt")
	if err := os.WriteFile(other, []byte("Named explicitly."), 0o644); err != nil {
		t.Fatal(err)
	}
	var first []string
	for run := 0; run < 3; run++ {
		r := walk(t, []string{dir, other, filepath.Join(dir, "a.txt")}, Options{})
		var got []string
		for _, d := range r.docs {
			rel, err := filepath.Rel(dir, d.Origin)
			if err != nil || strings.HasPrefix(rel, "..") {
				rel = filepath.Base(d.Origin)
			}
			got = append(got, filepath.ToSlash(rel))
		}
		if !slices.Equal(got, want) || len(r.errs) > 0 {
			t.Fatalf("run %d: order %q errors %q\nwant %q", run, got, r.errStrings(), want)
		}
		if run == 0 {
			first = got
		} else if !slices.Equal(got, first) {
			t.Fatalf("run %d differs: %q vs %q", run, got, first)
		}
	}

	// A hidden directory named explicitly is read.
	r := walk(t, []string{filepath.Join(dir, ".git")}, Options{})
	if len(r.docs) != 1 || r.docs[0].Text != "Hidden directory, skipped." {
		t.Errorf("explicit hidden directory: %d documents", len(r.docs))
	}

	// TotalBytes counts what Walk reads, and the items add up to it.
	paths := []string{dir, other}
	r = walk(t, paths, Options{})
	if total := TotalBytes(paths); total == 0 || r.bytes != total {
		t.Errorf("items account for %d bytes, TotalBytes says %d", r.bytes, total)
	}
	if TotalBytes([]string{dir, "-"}) != 0 {
		t.Errorf("TotalBytes with standard input must be unknown (0)")
	}
}

func TestWalkUnreadable(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, [][2]string{
		{"1.txt", "Before the bad files."},
		{"3.txt", "After the bad files."},
		{"4.txt.gz", "\x1f\x8bnot really gzip"},
		{"5.txt", "After the corrupt gzip."},
	})
	// A dangling symbolic link cannot be read, whoever runs the test.
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "2.txt")); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	r := walk(t, []string{missing, dir, "-nonexistent-"}, Options{})

	var texts []string
	for _, d := range r.docs {
		texts = append(texts, d.Text)
	}
	if want := []string{"Before the bad files.", "After the bad files.", "After the corrupt gzip."}; !slices.Equal(texts, want) {
		t.Errorf("texts %q, want %q", texts, want)
	}
	want := []string{
		missing + ": cannot read: no such file or directory",
		filepath.Join(dir, "2.txt") + ": cannot read: no such file or directory",
		filepath.Join(dir, "4.txt.gz") + ": corrupt gzip: invalid header",
		"-nonexistent-: cannot read: no such file or directory",
	}
	if got := r.errStrings(); !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !errors.Is(r.errs[0], os.ErrNotExist) {
		t.Errorf("error does not wrap the cause: %#v", r.errs[0])
	}
}

func TestWalkPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("permissions do not stop root")
	}
	dir := t.TempDir()
	writeFiles(t, dir, [][2]string{
		{"a.txt", "Readable."},
		{"locked.txt", "Not readable."},
		{"lockeddir/x.txt", "Not reachable."},
		{"z.txt", "Also readable."},
	})
	if err := os.Chmod(filepath.Join(dir, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "lockeddir"), 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(filepath.Join(dir, "lockeddir"), 0o755)
	r := walk(t, []string{dir}, Options{})
	if len(r.docs) != 2 {
		t.Errorf("%d documents, want 2", len(r.docs))
	}
	want := []string{
		filepath.Join(dir, "locked.txt") + ": cannot read: permission denied",
		filepath.Join(dir, "lockeddir") + ": cannot read: permission denied",
	}
	if got := r.errStrings(); !slices.Equal(got, want) {
		t.Errorf("errors %q, want %q", got, want)
	}
}

func TestWalkStdin(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stdin")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(`{"text": "From a pipe."}` + "\n"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Seek(0, 0); err != nil {
		t.Fatal(err)
	}
	saved := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = saved }()
	r := walk(t, []string{"-"}, Options{})
	if d := r.one(t); d.Origin != "-:1" || d.Text != "From a pipe." {
		t.Errorf("origin %q text %q", d.Origin, d.Text)
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, [][2]string{{"1.txt", "One."}, {"2.txt", "Two."}, {"3.txt", "Three."}})

	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{dir}, Options{}, func(Item) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("emit error: Walk returned %v after %d items", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Walk(ctx, []string{dir}, Options{}, func(Item) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancel: Walk returned %v after %d items", err, n)
	}

	if err := Walk(context.Background(), []string{dir}, Options{Date: "05/02/2024"}, func(Item) error { return nil }); err == nil {
		t.Errorf("an invalid Options.Date must be refused")
	}
}

// FuzzReader checks that no input makes Reader panic and that every
// document it yields keeps the invariants later stages rely on.
func FuzzReader(f *testing.F) {
	for _, seed := range []string{
		"date 2024-05-02 LIMA (Reuters) - Ministers met.",
		"title: x\n\nNEW YORK, May 3 (AP) — Text.",
		`{"text": "a"}` + "\n{bad\n",
		"<html><body><p>Hello</p></body></html>",
		"\xff\xfeA\x00",
		"\x1f\x8b\x08\x00",
		"KUALA LUMPUR, Malaysia (AP) -- x",
	} {
		f.Add("f.txt", []byte(seed))
		f.Add("f", []byte(seed))
	}
	f.Fuzz(func(t *testing.T, name string, in []byte) {
		err := Reader(context.Background(), bytes.NewReader(in), name, Options{MaxBytes: 1 << 16}, func(it Item) error {
			if (it.Doc == nil) == (it.Err == nil) {
				t.Fatalf("item with both or neither of Doc and Err")
			}
			if d := it.Doc; d != nil {
				if d.Text == "" || !utf8.ValidString(d.Text) || strings.Contains(d.Text, "\r") {
					t.Fatalf("bad text %q", d.Text)
				}
				if d.ID == "" || d.Date != "" && len(d.Date) != 10 {
					t.Fatalf("bad id %q or date %q", d.ID, d.Date)
				}
				if s := d.Dateline; s != nil && (s.Start != 0 || s.End <= 0 || s.End > len(d.Text) || d.Text[:s.End] != s.Text) {
					t.Fatalf("bad dateline %+v", s)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

func TestWalkSkipsOtherFileKinds(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"story.txt": "Ghana hosted the talks.", "notes.md": "# not a story", "scan.pdf": "%PDF-1.4",
		"plain": "Togo signed the pact.", "more.jsonl.gz": "", "page.HTML": "<html><body><p>A page.</p></body></html>",
	} {
		if body == "" {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got, warned []string
	opt := Options{Warn: func(w Warning) { warned = append(warned, filepath.Base(w.Origin)) }}
	err := Walk(context.Background(), []string{dir}, opt, func(it Item) error {
		if it.Err != nil {
			t.Errorf("unexpected rejection %v", it.Err)
			return nil
		}
		got = append(got, filepath.Base(it.Doc.Origin))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "page.HTML,plain,story.txt" {
		t.Errorf("read %v", got)
	}
	if strings.Join(warned, ",") != "notes.md,scan.pdf" {
		t.Errorf("warned about %v", warned)
	}
	// Named explicitly, any file is read.
	n := 0
	Walk(context.Background(), []string{filepath.Join(dir, "notes.md")}, Options{}, func(it Item) error { n++; return nil })
	if n != 1 {
		t.Errorf("an explicitly named .md file gave %d items", n)
	}
	for name, want := range map[string]bool{"a.TXT.gz": true, "b.csv": false, "c": true, "d.tar.gz": false} {
		if InputName(name) != want {
			t.Errorf("InputName(%q) = %v", name, !want)
		}
	}
}
