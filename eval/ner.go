package eval

// Named-entity scoring: exact-match entity precision, recall and F1 per type
// over CoNLL/IOB files (Universal NER, WNUT-17, CoNLL-2003 layouts), and the
// token-in, tag-out helper behind `dyad ner --conll`.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dyadproject/dyad/actor"
)

// NERScored are the types scored by default: the ones every gold set has.
var NERScored = []string{"PER", "ORG", "LOC"}

// NERScore holds exact-match entity counts per type and over the scored types.
type NERScore struct {
	Types     []string       // scored types, in report order
	ByType    map[string]PRF // per type
	All       PRF            // micro-average over Types
	Sentences int
	Tokens    int
}

// NERMapType maps a type for comparison with gold sets that have only PER,
// ORG and LOC: GPE counts as LOC; NORP and MISC are not scored.
func NERMapType(t string) string {
	if t == "GPE" {
		return "LOC"
	}
	return t
}

// ScoreNER compares predicted with gold BIO tags sentence by sentence. An
// entity is correct when its first token, last token and type (after
// NERMapType) all match. Only the types listed are counted (NERScored when
// nil).
func ScoreNER(gold, pred [][]string, types []string) NERScore {
	if types == nil {
		types = NERScored
	}
	sc := NERScore{Types: types, ByType: map[string]PRF{}}
	want := map[string]bool{}
	for _, t := range types {
		want[t] = true
	}
	type key struct {
		s, e int
		t    string
	}
	for i := range gold {
		sc.Sentences++
		sc.Tokens += len(gold[i])
		g := map[key]bool{}
		for _, sp := range actor.SpansFromBIO(gold[i]) {
			t := NERMapType(sp.Type)
			if want[t] {
				g[key{sp.Start, sp.End, t}] = true
				x := sc.ByType[t]
				x.Gold++
				sc.ByType[t] = x
			}
		}
		if i >= len(pred) {
			continue
		}
		for _, sp := range actor.SpansFromBIO(pred[i]) {
			t := NERMapType(sp.Type)
			if !want[t] {
				continue
			}
			x := sc.ByType[t]
			x.Pred++
			if g[key{sp.Start, sp.End, t}] {
				x.Correct++
			}
			sc.ByType[t] = x
		}
	}
	for _, t := range types {
		sc.All = sc.All.Add(sc.ByType[t])
	}
	return sc
}

// TagNER tags the words of every sentence with n, a document at a time:
// runs of sentences with the same non-empty Doc are one document; a
// sentence without one is a document of its own.
func TagNER(n *actor.NER, sents []actor.NERSentence) [][]string {
	out := make([][]string, 0, len(sents))
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && sents[i].Doc != "" && sents[j].Doc == sents[i].Doc {
			j++
		}
		words := make([][]string, 0, j-i)
		for _, s := range sents[i:j] {
			words = append(words, s.Words)
		}
		out = append(out, n.TagDocument(words)...)
		i = j
	}
	return out
}

// ScoreNERModel tags the gold sentences with n and scores the result.
func ScoreNERModel(n *actor.NER, gold []actor.NERSentence) NERScore {
	g := make([][]string, len(gold))
	for i, s := range gold {
		g[i] = s.Tags
	}
	return ScoreNER(g, TagNER(n, gold), nil)
}

// ReadNERFile reads a CoNLL/IOB file (see actor.ReadIOB for the layouts).
func ReadNERFile(path string) ([]actor.NERSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ss, err := actor.ReadIOB(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return ss, nil
}

// RunNER scores the default model (actor.DefaultNER) on the gold file at
// path and writes the report to w: `dyad eval ner FILE`. GPE predictions
// count as LOC; NORP and MISC are not scored.
func RunNER(path string, w io.Writer) error {
	gold, err := ReadNERFile(path)
	if err != nil {
		return err
	}
	n, err := actor.DefaultNER()
	if err != nil {
		return err
	}
	WriteNERReport(w, path, ScoreNERModel(n, gold))
	return nil
}

// RunNERGUM scores the default model on the GUM news documents held out
// from training (actor.GUMNERHeldOut), read from gumDir (the gum-coref/conll
// folder) and converted as for training.
func RunNERGUM(gumDir string, w io.Writer) error {
	n, err := actor.DefaultNER()
	if err != nil {
		return err
	}
	// The gold conversion reads the model's gazetteer KB (the frozen KB
	// name list it was trained with), as training did.
	kb := n.GazetteerKB()
	held := map[string]bool{}
	for _, d := range actor.GUMNERHeldOut {
		held[d] = true
	}
	gold, err := actor.ReadGUMNER(gumDir, func(d string) bool { return held[d] }, kb)
	if err != nil {
		return err
	}
	WriteNERReport(w, "GUM news held out ("+fmt.Sprint(len(actor.GUMNERHeldOut))+" documents)", ScoreNERModel(n, gold))
	return nil
}

// WriteNERReport writes per-type and overall precision, recall and F1.
func WriteNERReport(w io.Writer, name string, sc NERScore) {
	fmt.Fprintf(w, "%s: %d sentences, %d tokens (exact-match entities; GPE scored as LOC)\n", name, sc.Sentences, sc.Tokens)
	fmt.Fprintf(w, "%-8s %7s %7s %7s %6s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred", "ok")
	line := func(t string, x PRF) {
		fmt.Fprintf(w, "%-8s %7.2f %7.2f %7.2f %6d %6d %6d\n", t, 100*x.P(), 100*x.R(), 100*x.F1(), x.Gold, x.Pred, x.Correct)
	}
	for _, t := range sc.Types {
		line(t, sc.ByType[t])
	}
	line("all", sc.All)
}

// WriteCoNLL reads sentences whose tokens are given (the first column of
// each line is the token; other columns are ignored; a blank line ends a
// sentence; lines starting with "# " are comments) and writes
// "token<TAB>tag" lines with n's BIO tags, a blank line after each sentence:
// `dyad ner --conll FILE`. Sentences are tagged a document at a time when
// the file marks documents ("# newdoc" comments or "-DOCSTART-" lines,
// which are not echoed); otherwise each sentence stands alone.
func WriteCoNLL(r io.Reader, w io.Writer, n *actor.NER) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	bw := bufio.NewWriter(w)
	var words []string
	var doc [][]string
	inDoc := false
	flushDoc := func() {
		if len(doc) == 0 {
			return
		}
		for si, tags := range n.TagDocument(doc) {
			for i, t := range doc[si] {
				bw.WriteString(t)
				bw.WriteByte('\t')
				bw.WriteString(tags[i])
				bw.WriteByte('\n')
			}
			bw.WriteByte('\n')
		}
		doc = doc[:0]
	}
	flush := func() {
		if len(words) == 0 {
			return
		}
		doc = append(doc, words)
		words = nil
		if !inDoc {
			flushDoc()
		}
	}
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "# newdoc") || strings.HasPrefix(line, "-DOCSTART-") {
			flush()
			flushDoc()
			inDoc = true
			continue
		}
		if strings.HasPrefix(line, "# ") && !strings.Contains(line, "\t") {
			continue
		}
		var tok string
		if i := strings.IndexAny(line, "\t"); i >= 0 {
			tok = line[:i]
		} else if f := strings.Fields(line); len(f) > 0 {
			tok = f[0]
		}
		if tok == "" {
			continue
		}
		words = append(words, tok)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	flush()
	flushDoc()
	return bw.Flush()
}
