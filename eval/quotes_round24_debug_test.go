package eval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// Session 24 (issue 7, PolNeAR cues): missed gold cues and false predicted
// cues of a PolNeAR compartment tallied by the head word's lemma and part
// of speech and by the brief's kinds (the nineteenth round's cueClass),
// with, for each lemma, how often its uses outside quotation marks are
// gold cues and how often dyad makes them cues. Held out on train with the
// fold models of TestQuotesCV (DYAD_QUOTES_CV_SAVE) in
// DYAD_QUOTES_HOT_MODELS; the shipped detector otherwise.
//
//	DYAD_QUOTES_R24=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  [DYAD_QUOTES_HOT_MODELS=/tmp/folds] DYAD_QUOTES_R24_OUT=/tmp/r24.txt \
//	  go test ./eval -run 'TestQuotesCueLemmas$' -v
func TestQuotesCueLemmas(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R24")
	dir := os.Getenv("DYAD_QUOTES_HOT_MODELS")
	type row struct{ uses, gold, pred, both int }
	lem := map[string]*row{}
	miss := map[string]int{}
	fals := map[string]int{}
	missKind := map[string]int{}
	falsKind := map[string]int{}
	samples := map[string][]string{}
	var s QuoteScore
	run := func(i int) {
		b, d := bds[i], docs[i]
		quote.Attribute(d)
		s.ScoreQuoteDoc(b.Gold, d.Quotes)
		quoted := quote.Quoted(d)
		goldTok := make([]bool, len(d.Tokens))
		predTok := make([]bool, len(d.Tokens))
		for _, g := range b.Gold {
			if g.Role != "Cue" {
				continue
			}
			for ti, tk := range d.Tokens {
				if g.Overlaps(tk.Start, tk.End) {
					goldTok[ti] = true
				}
			}
		}
		for _, q := range d.Quotes {
			if q.Cue == nil {
				continue
			}
			for ti, tk := range d.Tokens {
				if tk.End > q.Cue.Start && tk.Start < q.Cue.End {
					predTok[ti] = true
				}
			}
		}
		for ti, tk := range d.Tokens {
			switch tk.UPOS {
			case "VERB", "NOUN", "ADJ", "ADP":
			default:
				continue
			}
			if quoted[ti] {
				continue
			}
			k := strings.ToLower(tk.Lemma) + "/" + tk.UPOS
			r := lem[k]
			if r == nil {
				r = &row{}
				lem[k] = r
			}
			r.uses++
			if goldTok[ti] {
				r.gold++
			}
			if predTok[ti] {
				r.pred++
			}
			if goldTok[ti] && predTok[ti] {
				r.both++
			}
		}
		for _, g := range missedCues(b.Gold, d.Quotes) {
			ti := missedCueHead(d, g.Frags[0][0], g.Frags[0][1])
			if ti < 0 {
				miss["(no token)"]++
				continue
			}
			txt := ""
			for _, f := range g.Frags {
				txt += b.Text[f[0]:f[1]] + " "
			}
			txt = strings.TrimSpace(txt)
			k := strings.ToLower(d.Tokens[ti].Lemma) + "/" + d.Tokens[ti].UPOS
			miss[k]++
			kind := cueClass(d, quoted, ti, txt, strings.Contains(txt, " "))
			missKind[kind]++
			if len(samples["M "+k]) < 4 {
				samples["M "+k] = append(samples["M "+k], txt+" | "+d.Tokens[ti].Deprel+" | "+short(sentenceAround(b.Text, g.Frags[0][0])))
			}
		}
		for _, q := range d.Quotes {
			if q.Cue == nil || goldCueAt(b.Gold, q) {
				continue
			}
			ti := missedCueHead(d, q.Cue.Start, q.Cue.End)
			if ti < 0 {
				fals["(no token)"]++
				continue
			}
			k := strings.ToLower(d.Tokens[ti].Lemma) + "/" + d.Tokens[ti].UPOS
			fals[k]++
			falsKind[cueClass(d, quoted, ti, q.Cue.Text, strings.Contains(q.Cue.Text, " "))+" "+q.Kind]++
			if len(samples["F "+k]) < 4 {
				samples["F "+k] = append(samples["F "+k], q.Kind+" | "+q.Cue.Text+" | "+short(sentenceAround(b.Text, q.Cue.Start)))
			}
		}
	}
	eachHeldOut(t, bds, dir, run)
	c := s.Cue
	t.Logf("cue %.2f/%.2f/%.2f (pred %d matched %d, gold %d matched %d)", 100*c.P(), 100*c.R(), 100*c.F1(), c.Pred, c.MatchedPred, c.Gold, c.MatchedGold)
	var out strings.Builder
	top := func(title string, m map[string]int, n int) {
		type kv struct {
			k string
			v int
		}
		var l []kv
		tot := 0
		for k, v := range m {
			l = append(l, kv{k, v})
			tot += v
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
		fmt.Fprintf(&out, "## %s (total %d)\n", title, tot)
		for i, e := range l {
			if i >= n {
				break
			}
			extra := ""
			if r := lem[e.k]; r != nil {
				extra = fmt.Sprintf("   uses %d gold %d pred %d both %d", r.uses, r.gold, r.pred, r.both)
			}
			fmt.Fprintf(&out, "%6d %s%s\n", e.v, e.k, extra)
		}
	}
	top("missed gold cues by kind", missKind, 100)
	top("false cues by kind and quote kind", falsKind, 100)
	top("missed gold cues by head lemma", miss, 80)
	top("false cues by head lemma", fals, 80)
	// lemmas gold far more often than predicted (net recall loss)
	var under []string
	for k, r := range lem {
		if r.gold-r.pred >= 8 {
			under = append(under, fmt.Sprintf("%6d %s uses %d gold %d pred %d both %d", r.gold-r.pred, k, r.uses, r.gold, r.pred, r.both))
		}
	}
	sort.Slice(under, func(i, j int) bool { return under[i] > under[j] })
	fmt.Fprintf(&out, "## gold minus predicted tokens, by lemma (>= 8)\n%s\n", strings.Join(under, "\n"))
	fmt.Fprintf(&out, "## samples\n")
	var ks []string
	for k := range samples {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		for _, x := range samples[k] {
			fmt.Fprintf(&out, "%s :: %s\n", k, x)
		}
	}
	if p := os.Getenv("DYAD_QUOTES_R24_OUT"); p != "" {
		if err := os.WriteFile(p, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	} else {
		t.Log(out.String())
	}
}

// TestQuotesFormTags counts, for the word forms in DYAD_QUOTES_R24_FORMS
// (comma separated), each part of speech the tagger gave them outside
// quotation marks, how often that token is a gold cue and how often dyad
// makes it one.
func TestQuotesFormTags(t *testing.T) {
	forms := os.Getenv("DYAD_QUOTES_R24_FORMS")
	if forms == "" {
		t.Skip("DYAD_QUOTES_R24_FORMS not set")
	}
	want := map[string]bool{}
	for _, f := range strings.Split(forms, ",") {
		want[f] = true
	}
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R24")
	dir := os.Getenv("DYAD_QUOTES_HOT_MODELS")
	type row struct{ uses, gold, pred int }
	m := map[string]*row{}
	var samples []string
	eachHeldOut(t, bds, dir, func(i int) {
		b, d := bds[i], docs[i]
		quote.Attribute(d)
		quoted := quote.Quoted(d)
		for ti, tk := range d.Tokens {
			w := strings.ToLower(d.Text[tk.Start:tk.End])
			if !want[w] || quoted[ti] {
				continue
			}
			k := w + "/" + tk.UPOS + "/" + tk.Deprel
			r := m[k]
			if r == nil {
				r = &row{}
				m[k] = r
			}
			r.uses++
			g, p := false, false
			for _, s := range b.Gold {
				if s.Role == "Cue" && s.Overlaps(tk.Start, tk.End) {
					g = true
				}
			}
			for _, q := range d.Quotes {
				if q.Cue != nil && q.Cue.Start < tk.End && tk.Start < q.Cue.End {
					p = true
				}
			}
			if g {
				r.gold++
			}
			if p {
				r.pred++
			}
			if tk.UPOS != "VERB" && tk.UPOS != "AUX" && g && !p && len(samples) < 60 {
				samples = append(samples, k+" :: "+short(sentenceAround(b.Text, tk.Start)))
			}
		}
	})
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		r := m[k]
		t.Logf("%-36s uses %5d gold %5d pred %5d", k, r.uses, r.gold, r.pred)
	}
	for _, s := range samples {
		t.Log(s)
	}
}

// TestQuotesRejected tallies the tokens quote.Trace says were proposed or
// considered and then left without a quote of their own (rejected as
// covered, by the filter, declined, no dependents, agentless), by the
// reason, part of speech, whether the lemma is a hand-list speech verb and
// the detector's score band, with how many are gold cues: a class whose
// gold share is above about 45 % would raise cue F1 if taken.
func TestQuotesRejected(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R24")
	dir := os.Getenv("DYAD_QUOTES_HOT_MODELS")
	type row struct{ n, gold, newGold int }
	m := map[string]*row{}
	samples := map[string][]string{}
	eachHeldOut(t, bds, dir, func(i int) {
		b, d := bds[i], docs[i]
		tr := quote.Trace(d)
		missed := missedCues(b.Gold, d.Quotes)
		scores := quote.CueScores(d)
		for ti, why := range tr {
			tk := d.Tokens[ti]
			pred := false
			for _, q := range d.Quotes {
				if q.Cue != nil && q.Cue.Start < tk.End && tk.Start < q.Cue.End {
					pred = true
				}
			}
			if pred {
				continue
			}
			reason := ""
			for _, r := range []string{"rej-cue-covered", "rej-content-covered", "rej-filter", "rej-declined", "fallback-no-deps", "fallback-agentless"} {
				if strings.Contains(why, r) {
					reason = r
					break
				}
			}
			if reason == "" {
				reason = "other:" + strings.TrimSpace(why)
			}
			_, _, sp := quote.CueLexicon(strings.ToLower(tk.Lemma))
			band := "neg"
			switch s := scores[ti]; {
			case s > 12:
				band = ">12"
			case s > 5:
				band = ">5"
			case s > 0:
				band = ">0"
			}
			spk := "other"
			if sp {
				spk = "speech"
			}
			gold, newGold := false, false
			for _, g := range b.Gold {
				if g.Role == "Cue" && g.Overlaps(tk.Start, tk.End) {
					gold = true
				}
			}
			for _, g := range missed {
				if g.Overlaps(tk.Start, tk.End) {
					newGold = true
				}
			}
			for _, k := range []string{reason, reason + " " + tk.UPOS + " " + spk + " " + band, reason + " " + tk.UPOS + " " + spk + " " + band + " " + tk.Deprel} {
				r := m[k]
				if r == nil {
					r = &row{}
					m[k] = r
				}
				r.n++
				if gold {
					r.gold++
				}
				if newGold {
					r.newGold++
				}
			}
			k := reason + " " + tk.UPOS + " " + spk + " " + band
			if len(samples[k]) < 6 {
				samples[k] = append(samples[k], fmt.Sprintf("%v/%v %.1f %s %s | %s", gold, newGold, scores[ti], tk.Deprel, d.Text[tk.Start:tk.End], short(sentenceAround(b.Text, tk.Start))))
			}
		}
	})
	var ks []string
	for k, r := range m {
		if r.n >= 10 {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	var out strings.Builder
	for _, k := range ks {
		r := m[k]
		fmt.Fprintf(&out, "%-70s n %5d gold %5d (%.0f%%) missed gold %5d (%.0f%%)\n", k, r.n, r.gold, 100*float64(r.gold)/float64(r.n), r.newGold, 100*float64(r.newGold)/float64(r.n))
	}
	var sk []string
	for k := range samples {
		sk = append(sk, k)
	}
	sort.Strings(sk)
	for _, k := range sk {
		for _, s := range samples[k] {
			fmt.Fprintf(&out, "S %s :: %s\n", k, s)
		}
	}
	if p := os.Getenv("DYAD_QUOTES_R24_OUT"); p != "" {
		os.WriteFile(p, []byte(out.String()), 0o644)
	} else {
		t.Log(out.String())
	}
}

func init() { cvFloats["veto"] = &quote.CueVeto }

// TestQuotesUnpredicted files every verb, noun and adjective outside
// quotation marks that is no predicted cue by part of speech, relation,
// the detector's score band and what quote.Trace says of it, with the
// share that is a missed gold cue: a cell above about 45 % would raise
// cue F1 if taken whole.
func TestQuotesUnpredicted(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R24")
	type row struct{ n, miss int }
	m := map[string]*row{}
	samples := map[string][]string{}
	eachHeldOut(t, bds, os.Getenv("DYAD_QUOTES_HOT_MODELS"), func(i int) {
		b, d := bds[i], docs[i]
		tr := quote.Trace(d)
		scores := quote.CueScores(d)
		quoted := quote.Quoted(d)
		missed := missedCues(b.Gold, d.Quotes)
		for ti, tk := range d.Tokens {
			if quoted[ti] || tk.UPOS != "VERB" && tk.UPOS != "NOUN" && tk.UPOS != "ADJ" {
				continue
			}
			pred := false
			for _, q := range d.Quotes {
				if q.Cue != nil && q.Cue.Start < tk.End && tk.Start < q.Cue.End {
					pred = true
					break
				}
			}
			if pred {
				continue
			}
			miss := false
			for _, g := range missed {
				if g.Overlaps(tk.Start, tk.End) {
					miss = true
					break
				}
			}
			band := "nan"
			switch s := scores[ti]; {
			case s > 12:
				band = ">12"
			case s > 5:
				band = ">5"
			case s > 2:
				band = ">2"
			case s > 0:
				band = ">0"
			case s > -3:
				band = ">-3"
			case s <= -3:
				band = "<=-3"
			}
			w := strings.Fields(tr[ti])
			why := "-"
			if len(w) > 0 {
				why = w[len(w)-1]
			}
			for _, k := range []string{tk.UPOS + " " + band, tk.UPOS + " " + band + " " + tk.Deprel, tk.UPOS + " " + band + " " + why} {
				r := m[k]
				if r == nil {
					r = &row{}
					m[k] = r
				}
				r.n++
				if miss {
					r.miss++
				}
			}
			k := tk.UPOS + " " + band + " " + why
			if len(samples[k]) < 12 && band != "<=-3" && band != "nan" {
				samples[k] = append(samples[k], fmt.Sprintf("%v %.1f %s [%s] | %s", miss, scores[ti], d.Text[tk.Start:tk.End], strings.TrimSpace(tr[ti]), short(sentenceAround(b.Text, tk.Start))))
			}
		}
	})
	var ks []string
	for k, r := range m {
		if r.n >= 20 && float64(r.miss) >= 0.3*float64(r.n) || !strings.Contains(k[5:], " ") {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	var out strings.Builder
	for _, k := range ks {
		r := m[k]
		fmt.Fprintf(&out, "%-50s n %6d missed gold %5d (%.0f%%)\n", k, r.n, r.miss, 100*float64(r.miss)/float64(r.n))
	}
	for _, k := range ks {
		for _, s := range samples[k] {
			fmt.Fprintf(&out, "S %s :: %s\n", k, s)
		}
	}
	if p := os.Getenv("DYAD_QUOTES_R24_OUT"); p != "" {
		os.WriteFile(p, []byte(out.String()), 0o644)
	} else {
		t.Log(out.String())
	}
}

// The wire-news guards of the everyday rounds (intentions, acts, posts,
// orders), flipped to measure what each costs on PolNeAR.
func init() {
	for k, v := range map[string]*bool{"intended": &quote.IntendedAct, "rejmove": &quote.RejectedMove, "gatherpurpose": &quote.GatheringPurpose,
		"approved": &quote.ApprovedFunds, "march": &quote.MarchDemand, "orderedact": &quote.OrderedAct, "ultimatum": &quote.RejectedUltimatum,
		"posts": &quote.NamedPosts, "orderedrelease": &quote.OrderedRelease, "accusedof": &quote.AccusedOf, "custody": &quote.OrderedCustody,
		"hearsay": &quote.HearsayReports, "asidesubj": &quote.AsideSubject} {
		cvSwitches[k] = v
	}
}

// TestQuotesAnnotatorAgreement scores, for each PolNeAR article annotated
// by more than one annotator, each annotation file against each other one
// with the scorer's overlap matching (a span matches when a fragment of it
// shares a byte with a fragment of a span of the same role), pooled over
// the ordered pairs: how far two people agree, against which the dev
// targets can be read. No parse is needed.
//
//	DYAD_QUOTES_R24IAA=../../shared/data/polnear/data/train go test ./eval -run 'TestQuotesAnnotatorAgreement$' -v
func TestQuotesAnnotatorAgreement(t *testing.T) {
	dir := os.Getenv("DYAD_QUOTES_R24IAA")
	if dir == "" {
		t.Skip("DYAD_QUOTES_R24IAA not set")
	}
	bds, err := ReadBratQuotesDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string][]int{}
	for i, b := range bds {
		by[b.Name] = append(by[b.Name], i)
	}
	overlap := func(a, b BratSpan) bool {
		for _, f := range a.Frags {
			if b.Overlaps(f[0], f[1]) {
				return true
			}
		}
		return false
	}
	type prf struct{ pred, mp, gold, mg int }
	sc := map[string]*prf{}
	articles, files := 0, 0
	for _, ix := range by {
		if len(ix) < 2 {
			continue
		}
		articles++
		files += len(ix)
		for _, i := range ix {
			for _, j := range ix {
				if i == j {
					continue
				}
				for _, role := range quoteRoles {
					s := sc[role]
					if s == nil {
						s = &prf{}
						sc[role] = s
					}
					var ps, gs []BratSpan
					for _, g := range bds[i].Gold {
						if g.Role == role {
							ps = append(ps, g)
						}
					}
					for _, g := range bds[j].Gold {
						if g.Role == role {
							gs = append(gs, g)
						}
					}
					s.pred += len(ps)
					s.gold += len(gs)
					for _, p := range ps {
						for _, g := range gs {
							if overlap(p, g) {
								s.mp++
								break
							}
						}
					}
					for _, g := range gs {
						for _, p := range ps {
							if overlap(p, g) {
								s.mg++
								break
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d articles with several annotation files (%d files)", articles, files)
	for _, role := range quoteRoles {
		s := sc[role]
		p, r := float64(s.mp)/float64(s.pred), float64(s.mg)/float64(s.gold)
		t.Logf("%-8s one annotator against another: P %.2f R %.2f F1 %.2f", role, 100*p, 100*r, 200*p*r/(p+r))
	}
}

// TestQuotesMultiAnnotated scores dyad (held out with
// DYAD_QUOTES_HOT_MODELS) on the annotation files of the articles that
// several annotators annotated, to set beside TestQuotesAnnotatorAgreement.
func TestQuotesMultiAnnotated(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R24")
	n := map[string]int{}
	for _, b := range bds {
		n[b.Name]++
	}
	var s QuoteScore
	eachHeldOut(t, bds, os.Getenv("DYAD_QUOTES_HOT_MODELS"), func(i int) {
		if n[bds[i].Name] < 2 {
			return
		}
		quote.Attribute(docs[i])
		s.ScoreQuoteDoc(bds[i].Gold, docs[i].Quotes)
	})
	for _, r := range []struct {
		name string
		c    *OverlapScore
	}{{"cue", &s.Cue}, {"source", &s.Source}, {"content", &s.Content}} {
		t.Logf("%-8s dyad on the multiply annotated files (%d): P %.2f R %.2f F1 %.2f", r.name, s.Docs, 100*r.c.P(), 100*r.c.R(), 100*r.c.F1())
	}
}
