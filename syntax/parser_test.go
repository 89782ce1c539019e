package syntax

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/conllu"
)

// dpToyTreebank is a handful of sentences written for these tests (not
// taken from any treebank or news source), annotated in UD style.
const dpToyTreebank = `# sent_id = toy-1
1	Kenya	Kenya	PROPN	NNP	_	2	nsubj	_	_
2	signed	sign	VERB	VBD	_	0	root	_	_
3	a	a	DET	DT	_	5	det	_	_
4	trade	trade	NOUN	NN	_	5	compound	_	_
5	deal	deal	NOUN	NN	_	2	obj	_	_
6	with	with	ADP	IN	_	7	case	_	_
7	Uganda	Uganda	PROPN	NNP	_	2	obl	_	_
8	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = toy-2
1	The	the	DET	DT	_	2	det	_	_
2	minister	minister	NOUN	NN	_	3	nsubj	_	_
3	said	say	VERB	VBD	_	0	root	_	_
4	talks	talk	NOUN	NNS	_	6	nsubj	_	_
5	would	would	AUX	MD	_	6	aux	_	_
6	resume	resume	VERB	VB	_	3	ccomp	_	_
7	on	on	ADP	IN	_	8	case	_	_
8	Monday	Monday	PROPN	NNP	_	6	obl	_	_
9	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = toy-3
1	Troops	troop	NOUN	NNS	_	2	nsubj	_	_
2	entered	enter	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	town	town	NOUN	NN	_	2	obj	_	_
5	and	and	CCONJ	CC	_	6	cc	_	_
6	seized	seize	VERB	VBD	_	2	conj	_	_
7	weapons	weapon	NOUN	NNS	_	6	obj	_	_
8	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = toy-4
1	The	the	DET	DT	_	2	det	_	_
2	talks	talk	NOUN	NNS	_	4	nsubj:pass	_	_
3	were	be	AUX	VBD	_	4	aux:pass	_	_
4	hosted	host	VERB	VBN	_	0	root	_	_
5	by	by	ADP	IN	_	6	case	_	_
6	Norway	Norway	PROPN	NNP	_	4	obl:agent	_	_
7	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = toy-5
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	attacked	attack	VERB	VBD	_	0	root	_	_
3	a	a	DET	DT	_	4	det	_	_
4	convoy	convoy	NOUN	NN	_	2	obj	_	_
5	near	near	ADP	IN	_	6	case	_	_
6	Goma	Goma	PROPN	NNP	_	2	obl	_	_
7	,	,	PUNCT	,	_	9	punct	_	_
8	officials	official	NOUN	NNS	_	9	nsubj	_	_
9	said	say	VERB	VBD	_	2	parataxis	_	_
10	.	.	PUNCT	.	_	2	punct	_	_

`

func dpToy(t testing.TB) []conllu.Sentence {
	ss, err := conllu.Read(strings.NewReader(dpToyTreebank))
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// TestTrainParserTiny runs the whole training path on a toy treebank: the
// parser must learn it, Save/Load must round-trip, and training twice with
// the same seed must give the same model bytes.
func TestTrainParserTiny(t *testing.T) {
	toy := dpToy(t)
	opt := ParserTrainOptions{Epochs: 8, Seed: 3, TagNoise: -1, Prune: -1, DevTagNoise: -1}
	var log bytes.Buffer
	p, err := TrainParser(toy, toy, opt, &log)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "dev UAS") {
		t.Errorf("log lacks per-epoch dev scores:\n%s", log.String())
	}
	uas, las := EvalParser(p, toy, nil)
	if uas < 90 || las < 85 {
		t.Errorf("toy treebank: UAS %.1f LAS %.1f, want it learnt", uas, las)
	}
	var a, b bytes.Buffer
	if err := p.Save(&a); err != nil {
		t.Fatal(err)
	}
	q, err := LoadParser(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if u2, l2 := EvalParser(q, toy, nil); u2 != uas || l2 != las {
		t.Errorf("after Save/Load: UAS %.2f LAS %.2f, before %.2f %.2f", u2, l2, uas, las)
	}
	p2, err := TrainParser(toy, toy, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := p2.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed gave different models")
	}
	// Training on tags from TrainTags that equal the gold ones changes nothing.
	opt3 := opt
	opt3.TrainTags = func(s *conllu.Sentence) (upos, xpos []string) {
		_, u, x := dpCols(s)
		return u, x
	}
	p3, err := TrainParser(toy, toy, opt3, nil)
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	if err := p3.Save(&c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("TrainTags with the gold tags changed the model")
	}
	if _, err := LoadParser(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("LoadParser accepted garbage")
	}
}

// TestParseTreeShape checks that every output is a tree with one root,
// whatever the tags, including on empty and one-word input.
func TestParseTreeShape(t *testing.T) {
	toy := dpToy(t)
	p, err := TrainParser(toy, nil, ParserTrainOptions{Epochs: 3, Prune: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	p.Parse(nil, nil, nil, nil, nil, nil)
	inputs := [][]string{
		{"Hello"},
		{"Talks", "collapsed", "."},
		strings.Fields("the the the the the the the the the the the the"),
		strings.Fields(", , , ( ) Kenya said Uganda would sign on Monday and Tuesday . . ."),
	}
	for _, words := range inputs {
		heads := make([]int, len(words))
		deps := make([]string, len(words))
		p.Parse(words, nil, nil, nil, heads, deps)
		roots := 0
		for i, h := range heads {
			if h < 0 || h > len(words) || h == i+1 {
				t.Fatalf("%q: bad head %d for word %d", words, h, i+1)
			}
			if (h == 0) != (deps[i] == "root") {
				t.Errorf("%q: word %d head %d deprel %q", words, i+1, h, deps[i])
			}
			if h == 0 {
				roots++
			}
			// Following heads must reach the root without a cycle.
			seen := 0
			for j := i + 1; j != 0; j = heads[j-1] {
				if seen++; seen > len(words) {
					t.Fatalf("%q: cycle through word %d: %v", words, i+1, heads)
				}
			}
		}
		if roots != 1 {
			t.Errorf("%q: %d roots", words, roots)
		}
	}
}

const dpModelPath = "../model/parser.bin.zst"

// Floors for TestParserModelDev, just under what the committed model scores
// on EWT dev with predicted tags and lemmas from the shipped tagger and
// lemmatizer (85.18 / 82.30, see model/parser.txt): what the product uses.
// The model is trained for predicted tags (jackknifed), and with gold tags
// it scores lower than the gold-trained model it replaced (88.50 / 86.97
// against 88.98 / 87.49), so gold tags get only a loose floor.
const (
	dpFloorUAS     = 85.0
	dpFloorLAS     = 82.1
	dpFloorGoldUAS = 88.2
	dpFloorGoldLAS = 86.7
)

func dpLoadModel(t testing.TB) *Parser {
	t.Helper()
	path := dpModelPath
	if env := os.Getenv("DYAD_PARSER_MODEL"); env != "" {
		path = env // a candidate model, for benchmarks
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("parser model absent (%v): skipping", err)
	}
	defer f.Close()
	start := time.Now()
	p, err := LoadParser(f)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded %s in %v", path, time.Since(start))
	return p
}

// TestParserModelDev checks the committed model on EWT dev with the shipped
// tagger's predicted tags and lemmas, and with gold tags. Retraining the
// tagger moves the first figure: retrain the parser too (model/parser.txt).
func TestParserModelDev(t *testing.T) {
	dev := dpLoadEWT(t, "dev")
	p := dpLoadModel(t)
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	uas, las := EvalParser(p, ParserPredicted(m.Tagger, m.Lemma, dev), nil)
	t.Logf("EWT dev, predicted tags and lemmas: UAS %.2f LAS %.2f", uas, las)
	if uas < dpFloorUAS || las < dpFloorLAS {
		t.Errorf("EWT dev with predicted tags: UAS %.2f LAS %.2f, want at least %.1f %.1f", uas, las, dpFloorUAS, dpFloorLAS)
	}
	uas, las = EvalParser(p, dev, nil)
	t.Logf("EWT dev, gold tags: UAS %.2f LAS %.2f", uas, las)
	if uas < dpFloorGoldUAS || las < dpFloorGoldLAS {
		t.Errorf("EWT dev with gold tags: UAS %.2f LAS %.2f, want at least %.1f %.1f", uas, las, dpFloorGoldUAS, dpFloorGoldLAS)
	}
}

// dpNewsCase is a sentence written for this test in news style, with gold
// tags and lemmas, and the attachments an event coder depends on.
type dpNewsCase struct {
	text   string // words separated by spaces
	lemmas string
	upos   string
	xpos   string
	want   []dpArc
	// hard marks cases beyond the brief (PP attachment after an object
	// noun, which a greedy parser often gets "wrong" in a way the words
	// allow): their misses are logged, not failed, to keep track of them.
	hard bool
}

// dpArc asks that word Dep (1-based) hang from one of Heads with one of Rels.
type dpArc struct {
	dep   int
	heads []int
	rels  []string
}

func TestParserNews(t *testing.T) {
	p := dpLoadModel(t)
	cases := []dpNewsCase{{
		text:   "The delegation was welcomed by the president .",
		lemmas: "the delegation be welcome by the president .",
		upos:   "DET NOUN AUX VERB ADP DET NOUN PUNCT",
		xpos:   "DT NN VBD VBN IN DT NN .",
		want: []dpArc{
			{2, []int{4}, []string{"nsubj:pass"}},
			{7, []int{4}, []string{"obl", "obl:agent"}},
			{5, []int{7}, []string{"case"}},
			{4, []int{0}, []string{"root"}},
		},
	}, {
		text:   "Ghana and Togo signed the pact .",
		lemmas: "Ghana and Togo sign the pact .",
		upos:   "PROPN CCONJ PROPN VERB DET NOUN PUNCT",
		xpos:   "NNP CC NNP VBD DT NN .",
		want: []dpArc{
			{3, []int{1}, []string{"conj"}},
			{1, []int{4}, []string{"nsubj"}},
			{6, []int{4}, []string{"obj"}},
			{2, []int{3}, []string{"cc"}},
		},
	}, {
		text:   "Chile 's former president Michelle Bachelet visited Lima .",
		lemmas: "Chile 's former president Michelle Bachelet visit Lima .",
		upos:   "PROPN PART ADJ NOUN PROPN PROPN VERB PROPN PUNCT",
		xpos:   "NNP POS JJ NN NNP NNP VBD NNP .",
		want: []dpArc{
			{8, []int{7}, []string{"obj"}},
			{7, []int{0}, []string{"root"}},
		},
	}, {
		text:   "Ruto said Abiy would visit Nairobi .",
		lemmas: "Ruto say Abiy would visit Nairobi .",
		upos:   "PROPN VERB PROPN AUX VERB PROPN PUNCT",
		xpos:   "NNP VBD NNP MD VB NNP .",
		want: []dpArc{
			{5, []int{2}, []string{"ccomp"}},
			{3, []int{5}, []string{"nsubj"}},
			{1, []int{2}, []string{"nsubj"}},
			{6, []int{5}, []string{"obj"}},
		},
	}, {
		text:   "The ministers met in Accra on Friday .",
		lemmas: "the minister meet in Accra on Friday .",
		upos:   "DET NOUN VERB ADP PROPN ADP PROPN PUNCT",
		xpos:   "DT NNS VBD IN NNP IN NNP .",
		want: []dpArc{
			{5, []int{3}, []string{"obl"}},
			{7, []int{3}, []string{"obl"}},
			{2, []int{3}, []string{"nsubj"}},
		},
	}, {
		text:   "Police arrested two journalists in Harare on Tuesday .",
		lemmas: "police arrest two journalist in Harare on Tuesday .",
		upos:   "NOUN VERB NUM NOUN ADP PROPN ADP PROPN PUNCT",
		xpos:   "NN VBD CD NNS IN NNP IN NNP .",
		want: []dpArc{
			{1, []int{2}, []string{"nsubj"}},
			{4, []int{2}, []string{"obj"}},
			{6, []int{2}, []string{"obl"}},
			{8, []int{2}, []string{"obl"}},
		},
		hard: true,
	}, {
		text:   "Egypt and Qatar urged Israel to extend the ceasefire .",
		lemmas: "Egypt and Qatar urge Israel to extend the ceasefire .",
		upos:   "PROPN CCONJ PROPN VERB PROPN PART VERB DET NOUN PUNCT",
		xpos:   "NNP CC NNP VBD NNP TO VB DT NN .",
		want: []dpArc{
			{1, []int{4}, []string{"nsubj"}},
			{3, []int{1}, []string{"conj"}},
			{5, []int{4}, []string{"obj", "iobj"}},
			{7, []int{4}, []string{"xcomp"}},
			{9, []int{7}, []string{"obj"}},
		},
	}, {
		text:   "The embassy in Kabul was attacked by gunmen on Monday .",
		lemmas: "the embassy in Kabul be attack by gunman on Monday .",
		upos:   "DET NOUN ADP PROPN AUX VERB ADP NOUN ADP PROPN PUNCT",
		xpos:   "DT NN IN NNP VBD VBN IN NNS IN NNP .",
		want: []dpArc{
			{2, []int{6}, []string{"nsubj:pass"}},
			{4, []int{2}, []string{"nmod"}},
			{8, []int{6}, []string{"obl", "obl:agent"}},
			{10, []int{6}, []string{"obl"}},
		},
		hard: true,
	}}
	for _, c := range cases {
		words := strings.Fields(c.text)
		lemmas, upos, xpos := strings.Fields(c.lemmas), strings.Fields(c.upos), strings.Fields(c.xpos)
		if len(lemmas) != len(words) || len(upos) != len(words) || len(xpos) != len(words) {
			t.Fatalf("%q: columns of different lengths", c.text)
		}
		heads := make([]int, len(words))
		deps := make([]string, len(words))
		p.Parse(words, lemmas, upos, xpos, heads, deps)
		for _, a := range c.want {
			h, d := heads[a.dep-1], deps[a.dep-1]
			if !slices.Contains(a.heads, h) || !slices.Contains(a.rels, d) {
				report := t.Errorf
				if c.hard {
					report = t.Logf
				}
				report("%q: %s ← %d %s, want head %v rel %v", c.text, words[a.dep-1], h, d, a.heads, a.rels)
			}
		}
		// The subject of "visited" must be the name or the title heading
		// the phrase.
		if strings.HasPrefix(c.text, "Chile") {
			ok := false
			for i, h := range heads {
				if h == 7 && deps[i] == "nsubj" && (i+1 == 4 || i+1 == 5 || i+1 == 6) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%q: no nsubj of visited among president/Michelle/Bachelet: %v %v", c.text, heads, deps)
			}
		}
	}
}

// BenchmarkParse parses EWT dev sentence by sentence with gold tags and
// reports tokens per second.
func BenchmarkParse(b *testing.B) { benchParse(b, dpLoadModel(b)) }

// BenchmarkParseCascade is BenchmarkParse with the cascade that
// syntax.Embedded applies, the parser `dyad code` runs.
func BenchmarkParseCascade(b *testing.B) {
	benchParse(b, dpLoadModel(b).WithCascade(CascadeMin, CascadeMargin))
}

func benchParse(b *testing.B, p *Parser) {
	dev := dpLoadEWT(b, "dev")
	type sent struct{ words, lemmas, upos, xpos []string }
	ss := make([]sent, 0, len(dev))
	maxN := 0
	for i := range dev {
		var s sent
		for _, w := range dev[i].Words {
			s.words = append(s.words, w.Form)
			s.lemmas = append(s.lemmas, w.Lemma)
			s.upos = append(s.upos, w.UPOS)
			s.xpos = append(s.xpos, w.XPOS)
		}
		maxN = max(maxN, len(s.words))
		ss = append(ss, s)
	}
	heads := make([]int, maxN)
	deps := make([]string, maxN)
	tokens := 0
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := dpCPUTime()
	for i := 0; i < b.N; i++ {
		s := &ss[i%len(ss)]
		p.Parse(s.words, s.lemmas, s.upos, s.xpos, heads, deps)
		tokens += len(s.words)
	}
	// Wall-clock throughput, and throughput per CPU second of this process
	// (the fairer figure when other jobs share the machine).
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := dpCPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(tokens)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// TestParseConcurrent parses from several goroutines at once (run it with
// -race) and checks the results match sequential parsing.
func TestParseConcurrent(t *testing.T) {
	toy := dpToy(t)
	p, err := TrainParser(toy, nil, ParserTrainOptions{Epochs: 4, Prune: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		heads []int
		deps  []string
	}
	parse := func(s *conllu.Sentence) result {
		words, upos, xpos := dpCols(s)
		r := result{make([]int, len(words)), make([]string, len(words))}
		p.Parse(words, nil, upos, xpos, r.heads, r.deps)
		return r
	}
	want := make([]result, len(toy))
	for i := range toy {
		want[i] = parse(&toy[i])
	}
	errs := make(chan string, 64)
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for k := 0; k < 50; k++ {
				i := (g + k) % len(toy)
				if r := parse(&toy[i]); !slices.Equal(r.heads, want[i].heads) || !slices.Equal(r.deps, want[i].deps) {
					errs <- toy[i].ID
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for id := range errs {
		t.Errorf("%s: concurrent parse differs", id)
	}
}

func BenchmarkLoadParser(b *testing.B) {
	for i := 0; i < b.N; i++ {
		f, err := os.Open(dpModelPath)
		if err != nil {
			b.Skip("parser model absent: skipping")
		}
		if _, err := LoadParser(f); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

// TestTrainParserTinyClusters trains with the extended templates and word
// clusters: the version 2 file must round-trip (same scores, same bytes),
// carry the cluster lexicon, and training must be deterministic.
func TestTrainParserTinyClusters(t *testing.T) {
	toy := dpToy(t)
	opt := ParserTrainOptions{Epochs: 8, Seed: 3, TagNoise: -1, Prune: -1, DevTagNoise: -1,
		Clusters: []int{4, 8}, ClusterText: [][]string{{"The", "minister", "said", "talks", "failed", "."}}}
	p, err := TrainParser(toy, toy, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !p.fs.ext || len(p.fs.clus) == 0 {
		t.Fatalf("extended %v with %d cluster words, want both", p.fs.ext, len(p.fs.clus))
	}
	uas, las := EvalParser(p, toy, nil)
	if uas < 90 || las < 85 {
		t.Errorf("toy treebank: UAS %.1f LAS %.1f, want it learnt", uas, las)
	}
	var a, b, c bytes.Buffer
	if err := p.Save(&a); err != nil {
		t.Fatal(err)
	}
	q, err := LoadParser(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !q.fs.ext || len(q.fs.clus) != len(p.fs.clus) {
		t.Errorf("after Load: extended %v, %d cluster words; before %d", q.fs.ext, len(q.fs.clus), len(p.fs.clus))
	}
	for k, v := range p.fs.clus {
		if q.fs.clus[k] != v {
			t.Fatalf("cluster of key %x: %x after Load, %x before", k, q.fs.clus[k], v)
		}
	}
	if u2, l2 := EvalParser(q, toy, nil); u2 != uas || l2 != las {
		t.Errorf("after Save/Load: UAS %.2f LAS %.2f, before %.2f %.2f", u2, l2, uas, las)
	}
	if err := q.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("Save after Load changed the file")
	}
	p2, err := TrainParser(toy, toy, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := p2.Save(&c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("two trainings with the same seed gave different models")
	}
}

// TestReadClusterText reads a two-column token file with a prefix to strip.
func TestReadClusterText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "toks")
	text := "-DOCSTART- O\n\nen:Talks\tO\nen:resumed\tO\n\n\nen:Envoys\tB-PER\nen:met\tO\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ss, err := ReadClusterText(path, "en:")
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(ss)
	if want := "[[Talks resumed] [Envoys met]]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if _, err := ReadClusterText(filepath.Join(t.TempDir(), "missing"), ""); err == nil {
		t.Error("no error for a missing file")
	}
}
