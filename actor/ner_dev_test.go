package actor_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/eval"
)

var (
	nerDevFlag          = flag.Bool("ner-dev", false, "train NER without the development material and score it on UNER-EWT dev and the GUM dev news documents after every epoch")
	nerDevEpochs        = flag.Int("ner-epochs", 12, "epochs for -ner-dev")
	nerDevWikiANN       = flag.Bool("ner-wikiann", false, "add WikiANN for -ner-dev")
	nerDevWNUT          = flag.Bool("ner-wnut", false, "add WNUT-17 for -ner-dev")
	nerDevClusters      = flag.Int("ner-clusters", 0, "word clusters for -ner-dev")
	nerDevOwnRepeat     = flag.Int("ner-own-repeat", 1, "repeat own sentences for -ner-dev")
	nerDevMinCount      = flag.Int("ner-mincount", 1, "feature count cut-off for -ner-dev")
	nerDevGaz           = flag.String("ner-gaz", "../data/ner/gazetteer", "gazetteer folder for -ner-dev")
	nerDevNewsRepeat    = flag.Int("ner-news-repeat", 1, "repeat GUM news/interview documents")
	nerDevHalf          = flag.Bool("ner-half", false, "train on half of the dev news documents, measure on the other half")
	nerDevHalfOnly      = flag.Bool("ner-half-only", false, "measure on the second half of the dev news documents only (baseline for -ner-half)")
	nerDevInterview     = flag.Bool("ner-interview", false, "also hold out the GUM interview documents and measure on them with the dev news")
	nerDevStack         = flag.Bool("ner-stack", false, "document-level second stage for -ner-dev")
	nerDevWikiGaz       = flag.Bool("ner-wikigaz", false, "WikiANN train entities as a phrase gazetteer")
	nerDevOwn           = flag.String("ner-own", "../data/ner", "own sentences folder for -ner-dev")
	nerDevExtraFeatures = flag.Uint("ner-extra-features", 0, "feature bits added to the default set")
	nerDevRuns          = flag.Int("ner-runs", 1, "perceptron runs averaged")
	nerDevSeed          = flag.Uint64("ner-seed", 1, "seed")
	nerDevFeatures      = flag.Uint("ner-features", 0, "feature template mask for -ner-dev (0 default)")
	nerDevPolNeAR       = flag.Bool("ner-raw-polnear", false, "add the PolNeAR texts to the raw text for -ner-dev")
	nerDevSilver        = flag.String("ner-silver", "", "with -ner-dev: comma-separated saved models whose agreed tags on the raw text are added as training sentences")
	nerDevSilverMax     = flag.Int("ner-silver-max", 0, "with -ner-silver: at most this many silver sentences")
	nerDevWordStats     = flag.String("ner-wordstats", "", "with -ner-dev: take capitalisation rates and clusters from this saved model instead of learning them")
)

const sharedData = "../../shared/data"

// devGazetteerKB is the name KB of the frozen list in the -ner-gaz folder
// (data/ner/gazetteer/kb.txt), as training reads it.
func devGazetteerKB() (*actor.KB, error) {
	return actor.NERGazetteerKB(filepath.Join(*nerDevGaz, actor.NERKBNamesFile))
}

func TestNERDev(t *testing.T) {
	if !*nerDevFlag {
		t.Skip("run with -ner-dev")
	}
	kb, err := devGazetteerKB()
	if err != nil {
		t.Fatal(err)
	}
	c := actor.NERCorpora{Shared: sharedData, Own: *nerDevOwn, WikiANN: *nerDevWikiANN, WNUT: *nerDevWNUT, OwnRepeat: *nerDevOwnRepeat, NewsRepeat: *nerDevNewsRepeat, RawPolNeAR: *nerDevPolNeAR}
	half := map[string]bool{}
	if *nerDevHalf {
		// Train on every other dev document, measure on the rest.
		for i, d := range actor.GUMNERDev {
			if i%2 == 0 {
				half[d] = true
			}
		}
		c.ExtraDev = func(d string) bool { return half[d] }
	}
	if *nerDevInterview {
		c.Exclude = func(d string) bool { return strings.HasPrefix(d, "GUM_interview_") }
	}
	train, raw, sum, err := actor.LoadNERCorpora(c, kb)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(sum)
	gumDev, unerDev := readNERDev(t, kb, func(d string) bool {
		return !half[d] && (!*nerDevHalfOnly || !halfOf(d))
	})
	start := time.Now()
	var wordStats *actor.NER
	if *nerDevWordStats != "" {
		if wordStats, err = actor.LoadNERFile(*nerDevWordStats); err != nil {
			t.Fatal(err)
		}
	}
	if *nerDevSilver != "" {
		var ms []*actor.NER
		for _, p := range strings.Split(*nerDevSilver, ",") {
			m, err := actor.LoadNERFile(p)
			if err != nil {
				t.Fatal(err)
			}
			ms = append(ms, m)
		}
		silver := actor.SilverNER(raw, ms, *nerDevSilverMax)
		t.Logf("silver: %d sentences", len(silver))
		train = append(train, silver...)
	}
	var phrases []actor.NERSentence
	if *nerDevWikiGaz {
		phrases, err = eval.ReadNERFile(filepath.Join(sharedData, "wikiann-en", "train"))
		if err != nil {
			t.Fatal(err)
		}
	}
	m, err := actor.TrainNER(train, raw, kb, actor.NERTrainOptions{PhraseLists: phrases,
		Stack: *nerDevStack, WordStats: wordStats, Gazetteer: *nerDevGaz, Epochs: *nerDevEpochs, Clusters: *nerDevClusters, MinCount: *nerDevMinCount, Seed: *nerDevSeed, Runs: *nerDevRuns, Features: uint32(*nerDevFeatures), AddFeatures: uint32(*nerDevExtraFeatures), Log: os.Stderr,
		EpochEnd: func(ep int, m *actor.NER) {
			if ep == *nerDevEpochs && testing.Verbose() {
				byDoc := map[string][]actor.NERSentence{}
				var docs []string
				for _, s := range gumDev {
					if byDoc[s.Doc] == nil {
						docs = append(docs, s.Doc)
					}
					byDoc[s.Doc] = append(byDoc[s.Doc], s)
				}
				for _, d := range docs {
					g := eval.ScoreNERModel(m, byDoc[d])
					fmt.Fprintf(os.Stderr, "  %-24s F1 %.2f gold %d pred %d\n", d, 100*g.All.F1(), g.All.Gold, g.All.Pred)
				}
			}
			g := eval.ScoreNERModel(m, gumDev)
			u := eval.ScoreNERModel(m, unerDev)
			if ep == *nerDevEpochs {
				// Untyped: every scored type counts as one.
				gold := make([][]string, len(gumDev))
				for i, s := range gumDev {
					gold[i] = untype(s.Tags)
				}
				pred := eval.TagNER(m, gumDev)
				for i := range pred {
					pred[i] = untype(pred[i])
				}
				x := eval.ScoreNER(gold, pred, []string{"ENT"})
				fmt.Fprintf(os.Stderr, "  untyped GUM-dev-news F1 %.2f\n", 100*x.All.F1())
			}
			fmt.Fprintf(os.Stderr, "epoch %2d  GUM-dev-news F1 %.2f (PER %.2f ORG %.2f LOC %.2f)  UNER-dev F1 %.2f (PER %.2f ORG %.2f LOC %.2f)  %s\n", ep,
				100*g.All.F1(), 100*g.ByType["PER"].F1(), 100*g.ByType["ORG"].F1(), 100*g.ByType["LOC"].F1(),
				100*u.All.F1(), 100*u.ByType["PER"].F1(), 100*u.ByType["ORG"].F1(), 100*u.ByType["LOC"].F1(), time.Since(start).Round(time.Second))
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if *nerSaveFlag != "" {
		f, err := os.Create(*nerSaveFlag)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Save(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}

var (
	nerErrFlag   = flag.Bool("ner-errors", false, "train (dev setting) and print GUM dev news errors")
	nerNoSpanFix = flag.Bool("ner-no-spanfix", false, "with -ner-errors: turn the span repairs off (NER.SpanFix)")
	nerErrTop    = flag.Int("ner-errors-top", 30, "with -ner-errors: how many of the most frequent error strings to list")
	nerErrUNER   = flag.Bool("ner-errors-uner", false, "with -ner-errors: also list the UNER-EWT dev sentences with errors")
)

func TestNERDevErrors(t *testing.T) {
	if !*nerErrFlag {
		t.Skip("run with -ner-errors")
	}
	kb, err := devGazetteerKB()
	if err != nil {
		t.Fatal(err)
	}
	c := actor.NERCorpora{Shared: sharedData, Own: "../data/ner", WNUT: *nerDevWNUT, WikiANN: *nerDevWikiANN, OwnRepeat: *nerDevOwnRepeat}
	if *nerDevInterview {
		c.Exclude = func(d string) bool { return strings.HasPrefix(d, "GUM_interview_") }
	}
	var m *actor.NER
	if *nerLoadFlag != "" {
		// A saved development model (-ner-dev -ner-save) instead of training.
		var err error
		if m, err = actor.LoadNERFile(*nerLoadFlag); err != nil {
			t.Fatal(err)
		}
	} else {
		train, raw, _, err := actor.LoadNERCorpora(c, kb)
		if err != nil {
			t.Fatal(err)
		}
		m, err = actor.TrainNER(train, raw, kb, actor.NERTrainOptions{Stack: *nerDevStack, Gazetteer: *nerDevGaz, Epochs: *nerDevEpochs, Clusters: *nerDevClusters})
		if err != nil {
			t.Fatal(err)
		}
	}
	m.SpanFix = !*nerNoSpanFix
	dev := map[string]bool{}
	for _, d := range actor.GUMNERDev {
		dev[d] = true
	}
	gumDev, _ := actor.ReadGUMNER(filepath.Join(sharedData, "gum-coref", "conll"), func(d string) bool { return dev[d] || *nerDevInterview && strings.HasPrefix(d, "GUM_interview_") }, kb)
	allPred := eval.TagNER(m, gumDev)
	tab := newNERErrTable()
	for si, s := range gumDev {
		tab.addWords(s.Words, s.Tags, allPred[si])
	}
	tab.print(os.Stdout, "GUM dev news")
	tab.printTop(os.Stdout, *nerErrTop)
	if _, uner := readNERDev(t, kb, func(string) bool { return false }); len(uner) > 0 {
		ut := newNERErrTable()
		up := eval.TagNER(m, uner)
		for si, s := range uner {
			ut.addWords(s.Words, s.Tags, up[si])
		}
		ut.print(os.Stdout, "UNER-EWT dev")
		ut.printTop(os.Stdout, *nerErrTop)
	}
	printNERErrorSentences(gumDev, allPred)
	if *nerErrUNER {
		_, uner := readNERDev(t, kb, func(string) bool { return false })
		printNERErrorSentences(uner, eval.TagNER(m, uner))
	}
}

// printNERErrorSentences prints each sentence with a PER, ORG or LOC error
// (GPE as LOC) and its missed (gold, not predicted exactly) and extra
// (predicted, not gold exactly) entities.
func printNERErrorSentences(sents []actor.NERSentence, allPred [][]string) {
	for si, s := range sents {
		pred := allPred[si]
		gs, ps := map[string]bool{}, map[string]bool{}
		key := func(sp actor.NERSpan) string {
			return fmt.Sprintf("%d:%d:%s", sp.Start, sp.End, eval.NERMapType(sp.Type))
		}
		for _, sp := range actor.SpansFromBIO(s.Tags) {
			gs[key(sp)] = true
		}
		for _, sp := range actor.SpansFromBIO(pred) {
			ps[key(sp)] = true
		}
		var out []string
		for _, sp := range actor.SpansFromBIO(s.Tags) {
			tt := eval.NERMapType(sp.Type)
			if (tt == "PER" || tt == "ORG" || tt == "LOC") && !ps[key(sp)] {
				out = append(out, fmt.Sprintf("  MISS %s [%s]", tt, join(s.Words[sp.Start:sp.End])))
			}
		}
		for _, sp := range actor.SpansFromBIO(pred) {
			tt := eval.NERMapType(sp.Type)
			if (tt == "PER" || tt == "ORG" || tt == "LOC") && !gs[key(sp)] {
				out = append(out, fmt.Sprintf("  EXTRA %s [%s]", tt, join(s.Words[sp.Start:sp.End])))
			}
		}
		if len(out) > 0 {
			fmt.Println(s.Doc, "|", join(s.Words))
			for _, o := range out {
				fmt.Println(o)
			}
		}
	}
}

func join(w []string) string {
	s := ""
	for i, x := range w {
		if i > 0 {
			s += " "
		}
		s += x
	}
	return s
}

var nerSaveFlag = flag.String("ner-save", "", "with -ner-dev: save the final model to this path")

// halfOf reports whether d is one of the dev documents -ner-half trains on.
func halfOf(d string) bool {
	for i, x := range actor.GUMNERDev {
		if x == d {
			return i%2 == 0
		}
	}
	return false
}

func untype(tags []string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		switch {
		case len(t) > 2 && (t[2:] == "PER" || t[2:] == "ORG" || t[2:] == "LOC" || t[2:] == "GPE"):
			out[i] = t[:2] + "ENT"
		default:
			out[i] = "O"
		}
	}
	return out
}

var (
	nerLoadFlag    = flag.String("ner-load", "", "score this saved model on the development sets (TestNERDevLoad)")
	nerDocPassFlag = flag.String("ner-docpass", "", "semicolon-separated PerPart,Acronym,Phrase settings to compare (TestNERDevLoad)")
)

// TestNERDevLoad scores a saved development model (-ner-dev -ner-save) on
// GUM dev news and UNER-EWT dev under several document-pass settings.
func TestNERDevLoad(t *testing.T) {
	if *nerLoadFlag == "" {
		t.Skip("run with -ner-load MODEL")
	}
	if _, err := os.Stat(sharedData); err != nil {
		t.Skip("shared data absent:", err)
	}
	m, err := actor.LoadNERFile(*nerLoadFlag)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := devGazetteerKB()
	if err != nil {
		t.Fatal(err)
	}
	gumDev, unerDev := readNERDev(t, kb, nil)
	settings := []actor.NERDocPass{{}, actor.DefaultNERDocPass}
	if *nerDocPassFlag != "" {
		settings = settings[:1]
		for _, s := range strings.Split(*nerDocPassFlag, ";") {
			var p actor.NERDocPass
			if _, err := fmt.Sscanf(s, "%g,%g,%g", &p.PerPart, &p.Acronym, &p.Phrase); err != nil {
				t.Fatalf("-ner-docpass %q: %v", s, err)
			}
			settings = append(settings, p)
		}
	}
	for _, x := range []struct {
		p   actor.NERDocPass
		fix bool
	}{{settings[0], false}, {settings[len(settings)-1], false}} {
		m.DocPass, m.SpanFix = x.p, x.fix
		g := eval.ScoreNERModel(m, gumDev)
		u := eval.ScoreNERModel(m, unerDev)
		fmt.Fprintf(os.Stderr, "docpass %v, no span fixes  GUM-dev-news F1 %.2f (PER %.2f ORG %.2f LOC %.2f)  UNER-dev F1 %.2f (PER %.2f ORG %.2f LOC %.2f)\n", x.p,
			100*g.All.F1(), 100*g.ByType["PER"].F1(), 100*g.ByType["ORG"].F1(), 100*g.ByType["LOC"].F1(),
			100*u.All.F1(), 100*u.ByType["PER"].F1(), 100*u.ByType["ORG"].F1(), 100*u.ByType["LOC"].F1())
	}
	m.SpanFix = true
	for _, p := range settings {
		m.DocPass = p
		g := eval.ScoreNERModel(m, gumDev)
		u := eval.ScoreNERModel(m, unerDev)
		fmt.Fprintf(os.Stderr, "docpass %v  GUM-dev-news F1 %.2f (PER %.2f ORG %.2f LOC %.2f)  UNER-dev F1 %.2f (PER %.2f ORG %.2f LOC %.2f)\n", p,
			100*g.All.F1(), 100*g.ByType["PER"].F1(), 100*g.ByType["ORG"].F1(), 100*g.ByType["LOC"].F1(),
			100*u.All.F1(), 100*u.ByType["PER"].F1(), 100*u.ByType["ORG"].F1(), 100*u.ByType["LOC"].F1())
	}
}

// readNERDev reads the development sentences: the GUM dev documents (and
// the interviews with -ner-dev-interview) that also pass keep, when keep is
// not nil, and the UNER EWT dev file.
func readNERDev(t *testing.T, kb *actor.KB, keep func(doc string) bool) (gum, uner []actor.NERSentence) {
	t.Helper()
	dev := map[string]bool{}
	for _, d := range actor.GUMNERDev {
		dev[d] = true
	}
	gum, err := actor.ReadGUMNER(filepath.Join(sharedData, "gum-coref", "conll"), func(d string) bool {
		return (dev[d] || *nerDevInterview && strings.HasPrefix(d, "GUM_interview_")) && (keep == nil || keep(d))
	}, kb)
	if err != nil {
		t.Fatal(err)
	}
	uner, err = eval.ReadNERFile(filepath.Join(sharedData, "uner-english-ewt", "en_ewt-ud-dev.iob2"))
	if err != nil {
		t.Fatal(err)
	}
	return gum, uner
}

// nerErrTable counts exact-match errors over PER, ORG and LOC (GPE as LOC)
// by class: a gold entity found with the right span but another type
// (type), one overlapped by a predicted entity of other bounds (boundary;
// "+type" when the type differs too), one no prediction touches (missed),
// and a predicted entity that touches no gold one (spurious). A boundary
// error counts once, under the gold entity's type.
type nerErrTable struct {
	n    map[string]map[string]int // type -> class -> count
	strs map[string]int            // "class gold-type→pred-type [words]" -> count (with addWords)
}

func newNERErrTable() *nerErrTable {
	return &nerErrTable{n: map[string]map[string]int{}, strs: map[string]int{}}
}

// addWords counts the errors of one sentence as add does and also keeps
// their strings, for the most frequent errors (printTop).
func (e *nerErrTable) addWords(words, gold, pred []string) {
	e.add(gold, pred)
	nerClasses(gold, pred, func(class string, g, p *actor.NERSpan) {
		switch {
		case g == nil:
			pt, _ := scoredNERType(p.Type)
			e.strs[fmt.Sprintf("%-8s %s [%s]", class, pt, join(words[p.Start:p.End]))]++
			return
		case class == "correct":
			return
		}
		gt, _ := scoredNERType(g.Type)
		what := ""
		if p != nil {
			pt, _ := scoredNERType(p.Type)
			what = pt
			if class != "type" {
				class, what = "boundary", fmt.Sprintf("%s [%s]", pt, join(words[p.Start:p.End]))
			}
		}
		e.strs[fmt.Sprintf("%-8s %s [%s] → %s", class, gt, join(words[g.Start:g.End]), what)]++
	})
}

// printTop prints the k most frequent error strings (addWords).
func (e *nerErrTable) printTop(w *os.File, k int) {
	keys := make([]string, 0, len(e.strs))
	for s := range e.strs {
		keys = append(keys, s)
	}
	sort.Slice(keys, func(i, j int) bool {
		if e.strs[keys[i]] != e.strs[keys[j]] {
			return e.strs[keys[i]] > e.strs[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Fprintf(w, "the %d most frequent errors (count, class, gold type [words] → prediction):\n", k)
	for i, s := range keys {
		if i == k {
			break
		}
		fmt.Fprintf(w, "%4d  %s\n", e.strs[s], s)
	}
}

func (e *nerErrTable) inc(typ, class string) {
	if e.n[typ] == nil {
		e.n[typ] = map[string]int{}
	}
	e.n[typ][class]++
}

func scoredNERType(t string) (string, bool) {
	t = eval.NERMapType(t)
	return t, t == "PER" || t == "ORG" || t == "LOC"
}

func (e *nerErrTable) add(gold, pred []string) {
	nerClasses(gold, pred, func(class string, g, p *actor.NERSpan) {
		sp := g
		if sp == nil {
			sp = p
		}
		t, _ := scoredNERType(sp.Type)
		e.inc(t, class)
	})
}

// nerClasses classifies one sentence's scored gold entities (correct,
// type, boundary, boundary+type or missed, with p the prediction that
// decided it, nil when missed) and its spurious predictions (class
// "spurious", g nil).
func nerClasses(gold, pred []string, fn func(class string, g, p *actor.NERSpan)) {
	gs, ps := actor.SpansFromBIO(gold), actor.SpansFromBIO(pred)
	overlaps := func(a, b actor.NERSpan) bool { return a.Start < b.End && b.Start < a.End }
	for i := range gs {
		g := &gs[i]
		gt, ok := scoredNERType(g.Type)
		if !ok {
			continue
		}
		class := "missed"
		var hit *actor.NERSpan
		for j := range ps {
			p := &ps[j]
			pt, _ := scoredNERType(p.Type)
			if p.Start == g.Start && p.End == g.End {
				class, hit = "type", p
				if pt == gt {
					class = "correct"
				}
				break
			}
			if overlaps(*g, *p) && class == "missed" {
				class, hit = "boundary", p
				if pt != gt {
					class = "boundary+type"
				}
			}
		}
		fn(class, g, hit)
	}
	for j := range ps {
		p := &ps[j]
		if _, ok := scoredNERType(p.Type); !ok {
			continue
		}
		touched := false
		for _, g := range gs {
			if _, ok := scoredNERType(g.Type); ok && overlaps(g, *p) {
				touched = true
				break
			}
		}
		if !touched {
			fn("spurious", nil, p)
		}
	}
}

func (e *nerErrTable) print(w *os.File, name string) {
	classes := []string{"correct", "type", "boundary", "boundary+type", "missed", "spurious"}
	fmt.Fprintf(w, "errors on %s (exact match, PER/ORG/LOC; GPE as LOC)\n%-5s", name, "")
	for _, c := range classes {
		fmt.Fprintf(w, " %13s", c)
	}
	fmt.Fprintln(w)
	tot := map[string]int{}
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		fmt.Fprintf(w, "%-5s", typ)
		for _, c := range classes {
			fmt.Fprintf(w, " %13d", e.n[typ][c])
			tot[c] += e.n[typ][c]
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%-5s", "all")
	for _, c := range classes {
		fmt.Fprintf(w, " %13d", tot[c])
	}
	fmt.Fprintln(w)
}
