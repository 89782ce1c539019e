package eval

// Coreference scoring on the GUM corpus (CoNLL coreference layout: token
// number, token, bracketed entity-cluster keys such as "(person-14" or
// "person-14)"). The measure is pronoun-resolution accuracy: for each
// third-person pronoun that GUM puts in a cluster with an earlier mention,
// is the antecedent the actor stage gives it (doc.Entity.Antecedent) a
// mention of that cluster? An antecedent counts as right when its last token
// lies inside a gold mention of the pronoun's cluster (so "Kenya" in the
// gold mention "Kenya and Uganda" is right for "they").
//
// Reported per pronoun group — he/she (he, him, his, himself, she, her,
// hers, herself) and they (they, them, their, theirs, themselves):
// eligible pronouns, resolved ones, correct ones; accuracy = correct /
// eligible, precision = correct / resolved.

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/gumconll"
	"github.com/dyadproject/dyad/syntax"
)

// CorefCounts are one pronoun group's counts.
type CorefCounts struct {
	Eligible, Resolved, Correct int
}

// Accuracy is correct / eligible.
func (c CorefCounts) Accuracy() float64 { return corefRatio(c.Correct, c.Eligible) }

// Precision is correct / resolved.
func (c CorefCounts) Precision() float64 { return corefRatio(c.Correct, c.Resolved) }

func corefRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// CorefScore is the pronoun-resolution score over a set of documents.
type CorefScore struct {
	Docs, Tokens int
	HeShe, They  CorefCounts
}

// GUMCorefDoc is one GUM document: its tokens, the sentence each token
// ends (after . ! ? and closing quotes) and its gold mentions.
type GUMCorefDoc struct {
	Name     string
	Tokens   []string
	Mentions []GUMCorefMention
}

// GUMCorefMention is a gold mention: token range [Start, End) and cluster.
type GUMCorefMention struct {
	Start, End int
	Cluster    int
	Type       string
}

// ReadGUMCoref reads every .conll file of dir whose document name keep
// accepts (all when keep is nil), in name order.
func ReadGUMCoref(dir string, keep func(name string) bool) ([]GUMCorefDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.conll"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("gum coref: no .conll files in %s", dir)
	}
	sort.Strings(paths)
	var out []GUMCorefDoc
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".conll")
		if keep != nil && !keep(name) {
			continue
		}
		d, err := readGUMCorefFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

func readGUMCorefFile(path string) (GUMCorefDoc, error) {
	d := GUMCorefDoc{Name: strings.TrimSuffix(filepath.Base(path), ".conll")}
	type open struct{ cluster, start int }
	stack := map[int][]open{}
	err := gumconll.Read(path, nil, func(line int, cols []string) error {
		i := len(d.Tokens)
		d.Tokens = append(d.Tokens, cols[1])
		return gumconll.Marks(cols[2], func(key string, opening, closing bool) error {
			if key == "_" {
				return nil
			}
			typ, id, ok := gumKey(key)
			if !ok {
				return fmt.Errorf("%s:%d: bad entity key %q", path, line, key)
			}
			switch {
			case opening && closing:
				d.Mentions = append(d.Mentions, GUMCorefMention{Start: i, End: i + 1, Cluster: id, Type: typ})
			case opening:
				stack[id] = append(stack[id], open{id, i})
			case closing:
				st := stack[id]
				if len(st) == 0 {
					return fmt.Errorf("%s:%d: %q closes no open mention", path, line, key)
				}
				o := st[len(st)-1]
				stack[id] = st[:len(st)-1]
				d.Mentions = append(d.Mentions, GUMCorefMention{Start: o.start, End: i + 1, Cluster: id, Type: typ})
			}
			return nil
		})
	})
	if err != nil {
		return d, err
	}
	sort.SliceStable(d.Mentions, func(a, b int) bool { return d.Mentions[a].Start < d.Mentions[b].Start })
	return d, nil
}

// gumKey splits "person-14-Kim_Jong-un" into its type and cluster number.
func gumKey(key string) (string, int, bool) {
	typ, rest, ok := strings.Cut(key, "-")
	if !ok {
		return "", 0, false
	}
	num, _, _ := strings.Cut(rest, "-")
	id, err := strconv.Atoi(num)
	return typ, id, err == nil
}

// Document builds a dyad document over the gold tokens: the text is the
// tokens joined by spaces, sentences end after . ! ? and the quotes or
// brackets that close them.
func (g *GUMCorefDoc) Document() *doc.Document {
	var b strings.Builder
	d := &doc.Document{}
	start := 0
	for i, w := range g.Tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		s := b.Len()
		b.WriteString(w)
		d.Tokens = append(d.Tokens, doc.Token{Start: s, End: b.Len(), Sentence: len(d.Sentences), Head: -1})
		end := i+1 == len(g.Tokens)
		if !end && (w == "." || w == "!" || w == "?") {
			nx := g.Tokens[i+1]
			end = nx != "\"" && nx != "'" && nx != ")" && nx != "”" && nx != "’"
		} else if !end && (w == "\"" || w == "”" || w == ")") && i > 0 {
			p := g.Tokens[i-1]
			end = p == "." || p == "!" || p == "?"
		}
		if end {
			d.Sentences = append(d.Sentences, doc.Sentence{Start: d.Tokens[start].Start, End: b.Len(), TokenStart: start, TokenEnd: i + 1})
			start = i + 1
		}
	}
	d.Text = b.String()
	d.Paragraphs = []doc.Paragraph{{Start: 0, End: len(d.Text)}}
	return d
}

var corefPronouns = map[string]bool{
	"he": false, "him": false, "his": false, "himself": false,
	"she": false, "her": false, "hers": false, "herself": false,
	"they": true, "them": true, "their": true, "theirs": true, "themselves": true,
}

// ScoreCoref runs annotate (syntax, as the pipeline does before actors) and
// the resolver over each document and scores its pronoun antecedents.
func ScoreCoref(docs []GUMCorefDoc, annotate func(*doc.Document), r *actor.Resolver) CorefScore {
	var sc CorefScore
	for i := range docs {
		g := &docs[i]
		d := g.Document()
		if annotate != nil {
			annotate(d)
		}
		r.Resolve(d)
		sc.Docs++
		sc.Tokens += len(g.Tokens)
		scoreCorefDoc(g, d, &sc)
	}
	return sc
}

func scoreCorefDoc(g *GUMCorefDoc, d *doc.Document, sc *CorefScore) {
	// token at byte offset
	tokAt := make(map[int]int, len(d.Tokens))
	for i, t := range d.Tokens {
		tokAt[t.Start] = i
	}
	endTok := func(end int) int {
		// the token whose end is end
		lo, hi := 0, len(d.Tokens)
		for lo < hi {
			m := (lo + hi) / 2
			if d.Tokens[m].End < end {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo
	}
	// predicted antecedents by pronoun token
	ante := map[int][]int{}
	for _, e := range d.Entities {
		if e.Antecedent == nil {
			continue
		}
		t, ok := tokAt[e.Start]
		if !ok {
			continue
		}
		ante[t] = append(ante[t], endTok(e.Antecedent.End))
	}
	first := map[int]int{} // cluster → first mention start
	for _, m := range g.Mentions {
		if _, ok := first[m.Cluster]; !ok {
			first[m.Cluster] = m.Start
		}
	}
	for _, m := range g.Mentions {
		if m.End != m.Start+1 {
			continue
		}
		plural, ok := corefPronouns[strings.ToLower(g.Tokens[m.Start])]
		if !ok || first[m.Cluster] >= m.Start {
			continue
		}
		c := &sc.HeShe
		if plural {
			c = &sc.They
		}
		c.Eligible++
		as := ante[m.Start]
		if len(as) == 0 {
			continue
		}
		c.Resolved++
		for _, a := range as {
			if inCluster(g, m.Cluster, a) {
				c.Correct++
				break
			}
		}
	}
}

func inCluster(g *GUMCorefDoc, cluster, tok int) bool {
	for _, m := range g.Mentions {
		if m.Cluster == cluster && tok >= m.Start && tok < m.End {
			return true
		}
	}
	return false
}

// WriteCorefReport prints a score.
func WriteCorefReport(w io.Writer, name string, sc CorefScore) {
	fmt.Fprintf(w, "%s: %d documents, %d tokens\n", name, sc.Docs, sc.Tokens)
	for _, g := range []struct {
		n string
		c CorefCounts
	}{{"he/she", sc.HeShe}, {"they", sc.They}} {
		fmt.Fprintf(w, "  %-7s eligible %5d  resolved %5d  correct %5d  accuracy %5.1f%%  precision %5.1f%%\n",
			g.n, g.c.Eligible, g.c.Resolved, g.c.Correct, 100*g.c.Accuracy(), 100*g.c.Precision())
	}
}

// RunCorefGUM scores pronoun resolution on the GUM coreference files of dir
// (gum-coref/conll) with the full actor stage after dyad's own syntax, in
// three sets: the non-news documents and the news documents outside
// actor.GUMNERHeldOut (where the rules were chosen), and the held-out news
// documents (the test). It prints the three reports and returns the test's.
func RunCorefGUM(dir string, w io.Writer) (CorefScore, error) {
	kb, err := actor.LoadKB()
	if err != nil {
		return CorefScore{}, err
	}
	ner, err := actor.DefaultNER()
	if err != nil {
		return CorefScore{}, err
	}
	models, err := syntax.Embedded()
	if err != nil {
		return CorefScore{}, err
	}
	r := actor.NewResolver(kb, ner)
	held := func(n string) bool { return slices.Contains(actor.GUMNERHeldOut, n) }
	news := func(n string) bool { return strings.HasPrefix(n, "GUM_news_") }
	var test CorefScore
	for _, s := range []struct {
		name string
		keep func(string) bool
	}{
		{"dev (other genres)", func(n string) bool { return !news(n) && !held(n) }},
		{"dev (news)", func(n string) bool { return news(n) && !held(n) }},
		{"test (held-out news)", held},
	} {
		docs, err := ReadGUMCoref(dir, s.keep)
		if err != nil {
			return CorefScore{}, err
		}
		test = ScoreCoref(docs, models.Annotate, r)
		WriteCorefReport(w, s.name, test)
	}
	return test, nil
}
