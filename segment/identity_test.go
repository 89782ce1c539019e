package segment

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
)

// ewtDevText returns the raw text of EWT dev, one string per document:
// sentences joined by a space, paragraphs by a blank line.
func ewtDevText(tb testing.TB) []string {
	tb.Helper()
	path := filepath.Join("..", "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-dev.conllu")
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("EWT dev absent (%v)", err)
	}
	defer f.Close()
	var docs []string
	var b strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc"):
			if b.Len() > 0 {
				docs = append(docs, b.String())
				b.Reset()
			}
		case strings.HasPrefix(line, "# newpar"):
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
		case strings.HasPrefix(line, "# text = "):
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
				b.WriteByte(' ')
			}
			b.WriteString(line[len("# text = "):])
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	if b.Len() > 0 {
		docs = append(docs, b.String())
	}
	return docs
}

// segmentationHash hashes every paragraph, sentence and token offset that
// Segment gives for texts, both into fresh Documents and into reused ones.
func segmentationHash(texts []string) uint64 {
	h := fnv.New64a()
	var buf [8]byte
	put := func(v int) {
		binary.LittleEndian.PutUint64(buf[:], uint64(v))
		h.Write(buf[:])
	}
	var reused doc.Document
	for _, t := range texts {
		d := &doc.Document{Text: t}
		Segment(d)
		reused.Text = t
		Segment(&reused)
		for _, x := range []*doc.Document{d, &reused} {
			put(len(x.Paragraphs))
			for _, p := range x.Paragraphs {
				put(p.Start)
				put(p.End)
			}
			put(len(x.Sentences))
			for _, s := range x.Sentences {
				put(s.Start)
				put(s.End)
				put(s.Paragraph)
				put(s.TokenStart)
				put(s.TokenEnd)
			}
			put(len(x.Tokens))
			for _, k := range x.Tokens {
				put(k.Start)
				put(k.End)
				put(k.Sentence)
				put(k.Head)
				h.Write([]byte(k.UPOS + "\x00" + k.XPOS + "\x00" + k.Lemma + "\x00" + k.Deprel + "\x00"))
			}
		}
	}
	return h.Sum64()
}

// TestSegmentationIdentity checks that a change meant only to make the
// segmenter faster leaves its output unchanged, byte for byte, on all of
// bench-news and on the raw text of EWT dev. DYAD_SEG_HASH names a file:
// when it does not exist, the hash of the current output is written to it
// (the reference); when it does, the output's hash must equal it:
//
//	DYAD_SEG_HASH=/tmp/seg-hash.txt go test ./segment -run Identity -v   # before the change
//	DYAD_SEG_HASH=/tmp/seg-hash.txt go test ./segment -run Identity -v   # after it
func TestSegmentationIdentity(t *testing.T) {
	path := os.Getenv("DYAD_SEG_HASH")
	if path == "" {
		t.Skip("set DYAD_SEG_HASH=file to write or compare the hash of the segmentation of bench-news and EWT dev")
	}
	news := benchnews.Texts(t)
	ewt := ewtDevText(t)
	got := fmt.Sprintf("bench-news %016x\newt-dev %016x\n", segmentationHash(news), segmentationHash(ewt))
	want, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote the reference hashes (%d stories, %d EWT documents) to %s:\n%s", len(news), len(ewt), path, got)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Fatalf("segmentation changed:\ngot\n%swant\n%s", got, want)
	}
	t.Logf("identical output (%d stories, %d EWT documents):\n%s", len(news), len(ewt), got)
}
