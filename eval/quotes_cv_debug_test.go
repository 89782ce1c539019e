package eval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// cvFolds is how many folds TestQuotesCV splits train into.
const cvFolds = 5

// TestQuotesCV chooses the learned cue detector's thresholds honestly: it
// splits a PolNeAR compartment (train) into folds by article (an article's
// annotation files stay in one fold), trains the detector on the other
// folds, attributes the held-out fold at several thresholds, and prints the
// pooled overlap scores of each setting. Dev is never read.
//
//	DYAD_QUOTES_CV=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/train.gob \
//	  go test ./eval -run TestQuotesCV -v
func TestQuotesCV(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_CV")
	fold := cvFoldOf(bds)
	gold := GoldCues(bds)
	type setting struct{ th, fb, veto, nest float64 }
	never := quote.CueNever
	settings := []setting{{never, never, -never, never}, {0, 0, -12, never}, {0, 5, -12, never}, {0, 10, -12, never}, {5, 5, -12, never}, {5, 10, -12, never}, {10, 10, -12, never}}
	if os.Getenv("DYAD_QUOTES_CV_GRID") != "" {
		for _, th := range []float64{-2, -1, 0, 1, 2, 4} {
			for _, fb := range []float64{never, -1, 0, 1, 2, 4} {
				settings = append(settings, setting{th, fb, -never, never})
			}
		}
		for _, v := range []float64{-8, -6, -4, -2} {
			settings = append(settings, setting{0, 0, v, never}, setting{1, 1, v, never}, setting{2, 2, v, never})
		}
	}
	if l := os.Getenv("DYAD_QUOTES_CV_LIST"); l != "" {
		settings = nil
		for _, s := range strings.Split(l, ";") {
			var th, fb, v, n float64
			if _, err := fmt.Sscanf(s, "%g,%g,%g,%g", &th, &fb, &v, &n); err != nil {
				t.Fatal(err)
			}
			settings = append(settings, setting{th, fb, v, n})
		}
	}
	if s := os.Getenv("DYAD_QUOTES_CV_ONLY"); s != "" {
		var th, fb, v, n float64
		if _, err := fmt.Sscanf(s, "%g,%g,%g,%g", &th, &fb, &v, &n); err != nil {
			t.Fatal(err)
		}
		settings = []setting{{th, fb, v, n}}
	}
	if os.Getenv("DYAD_QUOTES_CV_NOHOLD") != "" {
		quote.NestedHold = false
		defer func() { quote.NestedHold = true }()
	}
	if os.Getenv("DYAD_QUOTES_CV_NOSPEECH") != "" {
		quote.NestedSpeech = false
		defer func() { quote.NestedSpeech = true }()
	}
	for _, tg := range []struct {
		env string
		v   *bool
	}{{"DYAD_QUOTES_CV_NOSRC", &quote.SourceRules}, {"DYAD_QUOTES_CV_PASSNIL", &quote.PassiveNil}, {"DYAD_QUOTES_CV_NOLEFT", &quote.LeftNamed}, {"DYAD_QUOTES_CV_NOFILTER", &quote.FallbackFilter}, {"DYAD_QUOTES_CV_NOTRAIL", &quote.Trailing}, {"DYAD_QUOTES_CV_NOPASS", &quote.PassiveFilter}, {"DYAD_QUOTES_CV_NOPERSONOBJ", &quote.PersonObject}, {"DYAD_QUOTES_CV_NOSIGNED", &quote.SignedText}} {
		if os.Getenv(tg.env) != "" {
			keep := *tg.v
			*tg.v = !keep
			defer func() { *tg.v = keep }()
		}
	}
	// DYAD_QUOTES_CV_OFF=A,B flips switches (cvSwitches) for the whole run,
	// training included: for switches of the detector's features, which a
	// variant (below, flipped only while attributing) cannot compare.
	if v := os.Getenv("DYAD_QUOTES_CV_OFF"); v != "" {
		for _, n := range strings.Split(v, ",") {
			p := cvSwitches[n]
			if p == nil {
				t.Fatalf("no switch %q", n)
			}
			keep := *p
			*p = !keep
			defer func() { *p = keep }()
		}
	}
	// DYAD_QUOTES_CV_VARIANTS=A,B;C scores every setting once per variant,
	// a variant being the switches (cvSwitches) it flips: "-" flips none.
	variants := [][]string{nil}
	if v := os.Getenv("DYAD_QUOTES_CV_VARIANTS"); v != "" {
		variants = nil
		for _, s := range strings.Split(v, ";") {
			var names []string
			for _, n := range strings.Split(s, ",") {
				if n != "-" && n != "" {
					if name, _, ok := strings.Cut(n, "="); ok && cvFloats[name] != nil {
						names = append(names, n)
						continue
					}
					if cvSwitches[n] == nil {
						t.Fatalf("no switch %q", n)
					}
					names = append(names, n)
				}
			}
			variants = append(variants, names)
		}
		var all []setting
		var labels []string
		for _, vs := range variants {
			for _, s := range settings {
				all = append(all, s)
				labels = append(labels, strings.Join(vs, ","))
			}
		}
		settings, variantOf = all, labels
	}
	flip := func(si int) func() {
		if variantOf == nil || variantOf[si] == "" {
			return func() {}
		}
		var undo []func()
		for _, n := range strings.Split(variantOf[si], ",") {
			if name, val, ok := strings.Cut(n, "="); ok {
				// name=value sets a threshold of cvFloats.
				f := cvFloats[name]
				keep := *f
				fmt.Sscan(val, f)
				undo = append(undo, func() { *f = keep })
				continue
			}
			p := cvSwitches[n]
			keep := *p
			*p = !keep
			undo = append(undo, func() { *p = keep })
		}
		return func() {
			for _, u := range undo {
				u()
			}
		}
	}
	scores := make([]QuoteScore, len(settings))
	tally := map[string]int{}
	// DYAD_QUOTES_CV_LINKED=FILE tallies the held-out errors by linked
	// attribution (quotes_linked_debug_test.go), for one setting.
	var links [][]goldAtt
	linked := map[string]int{}
	if os.Getenv("DYAD_QUOTES_CV_LINKED") != "" {
		var err error
		if links, err = readBratLinks(os.Getenv("DYAD_QUOTES_CV"), bds); err != nil {
			t.Fatal(err)
		}
	}
	keepT, keepF, keepV, keepN := quote.CueThreshold, quote.CueFallback, quote.CueVeto, quote.CueNested
	defer func() {
		quote.CueThreshold, quote.CueFallback, quote.CueVeto, quote.CueNested = keepT, keepF, keepV, keepN
	}()
	for f := 0; f < cvFolds; f++ {
		var trDocs []*doc.Document
		var trGold [][][2]int
		for i := range bds {
			if fold[i] != f {
				trDocs = append(trDocs, docs[i])
				trGold = append(trGold, gold[i])
			}
		}
		epochs, prune := QuoteModelEpochs, float64(QuoteModelPrune)
		if e := os.Getenv("DYAD_QUOTES_CV_EPOCHS"); e != "" {
			fmt.Sscan(e, &epochs)
		}
		if e := os.Getenv("DYAD_QUOTES_CV_PRUNE"); e != "" {
			fmt.Sscan(e, &prune)
		}
		// DYAD_QUOTES_CV_SEED=N shuffles the training with another seed, to
		// see how far retraining alone moves the held-out scores.
		seed := int64(QuoteModelSeed)
		if e := os.Getenv("DYAD_QUOTES_CV_SEED"); e != "" {
			fmt.Sscan(e, &seed)
		}
		m := quote.TrainCueModel(trDocs, trGold, epochs, seed, prune)
		if dir := os.Getenv("DYAD_QUOTES_CV_SAVE"); dir != "" {
			// DYAD_QUOTES_CV_SAVE=DIR keeps each fold's detector
			// (fold<f>.tsv), for reading held-out errors later.
			saveCueModel(t, m, fmt.Sprintf("%s/fold%d.tsv", dir, f))
		}
		old := quote.SetCueModel(m)
		for si, s := range settings {
			quote.CueThreshold, quote.CueFallback, quote.CueVeto, quote.CueNested = s.th, s.fb, s.veto, s.nest
			undo := flip(si)
			for i, b := range bds {
				if fold[i] == f {
					quote.Attribute(docs[i])
					scores[si].ScoreQuoteDoc(b.Gold, docs[i].Quotes)
					if len(settings) == 1 {
						cvErrors(tally, b, docs[i])
						if links != nil {
							linkedErrors(linked, links[i], b, docs[i])
							srcClasses(linked, links[i], b, docs[i])
						}
					}
				}
			}
			undo()
		}
		quote.SetCueModel(old)
	}
	var out strings.Builder
	for si, s := range settings {
		c, so, co := scores[si].Cue, scores[si].Source, scores[si].Content
		if variantOf != nil {
			fmt.Fprintf(&out, "[%s] ", variantOf[si])
		}
		fmt.Fprintf(&out, "th=%-5g fb=%-5g veto=%-5g nest=%-5g cue %.2f/%.2f/%.2f source %.2f/%.2f/%.2f content %.2f/%.2f/%.2f\n",
			s.th, s.fb, s.veto, s.nest, 100*c.P(), 100*c.R(), 100*c.F1(), 100*so.P(), 100*so.R(), 100*so.F1(), 100*co.P(), 100*co.R(), 100*co.F1())
	}
	t.Log("\n" + out.String())
	if len(linked) > 0 {
		writeTally(t, os.Getenv("DYAD_QUOTES_CV_LINKED"), linked)
	}
	if len(tally) > 0 && os.Getenv("DYAD_QUOTES_CV_TALLY") != "" {
		var keys []string
		for k := range tally {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return tally[keys[i]] > tally[keys[j]] })
		f, err := os.Create(os.Getenv("DYAD_QUOTES_CV_TALLY"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for _, k := range keys {
			fmt.Fprintf(f, "%6d %s\n", tally[k], k)
		}
	}
}

var cvSample = map[string]int{}

// variantOf labels each setting with the switches it flips, when
// DYAD_QUOTES_CV_VARIANTS is set.
var variantOf []string

// cvSwitches are the package switches DYAD_QUOTES_CV_VARIANTS may flip.
var cvSwitches = map[string]*bool{
	"src": &quote.SourceRules, "passnil": &quote.PassiveNil, "left": &quote.LeftNamed,
	"filter": &quote.FallbackFilter, "trail": &quote.Trailing, "pass": &quote.PassiveFilter,
	"personobj": &quote.PersonObject, "signed": &quote.SignedText,
	"relkeep": &quote.RelativeKeep, "thrunoun": &quote.SourceThroughNoun, "nocase": &quote.SourceNoCase,
	"as": &quote.AsClause, "paren": &quote.Parenthetical, "evid": &quote.Evidential, "exp": &quote.Experiencer, "dbl": &quote.DoubledMarks, "split": &quote.SplitSiblings, "feat2": &quote.MoreCueFeatures, "mistag": &quote.MistaggedCues, "headpair": &quote.HeadPairFeatures, "noadj": &quote.SourceNotAdjunct, "sul": &quote.SubjectLemma,
	"curly": &quote.CurlyShape, "speechveto": &quote.SpeechVeto, "around": &quote.SourceAround, "agent": &quote.AroundAgent, "front": &quote.AroundFront, "inverted": &quote.AroundInverted, "acl": &quote.AroundAcl, "climb": &quote.AroundClimb, "up": &quote.AroundUp, "nounpart": &quote.NounParticiple,
	"notime": &quote.SubjectNotTime, "aside": &quote.RelativeAside, "ancestor": &quote.AncestorSubject, "trailsplit": &quote.SplitTrailing, "afterconj": &quote.AfterConj, "trailspeech": &quote.TrailingSpeech, "ancspeaker": &quote.AncestorSpeaker,
	"acts": &quote.ActVerbs, "echoes": &quote.ThingEchoes, "actobj": &quote.ActObjectOnly, "trailadj": &quote.TrailingAdjunct,
	"nounspeaker": &quote.NounSpeaker, "posshead": &quote.PossessorHead,
	"thatany": &quote.ThatAnyTag, "addrclause": &quote.AddresseeClause, "passclause": &quote.PassiveClause, "asfront": &quote.AsFronted, "pollin": &quote.PollIn, "passas": &quote.PassiveAs, "passtheme": &quote.PassiveTheme, "colonnext": &quote.ColonNext, "namethenverb": &quote.NameThenVerb, "exppass": &quote.ExperiencerPassive, "paracomma": &quote.ParataxisComma, "nounrel": &quote.NounRelative, "trailobj": &quote.TrailingObject, "parenconj": &quote.ParenConj, "nestsrc": &quote.NestedSource, "timeclause": &quote.TimeClause, "passlex": &quote.PassiveLexicon, "clausequote": &quote.ClauseQuote, "longsubj": &quote.LongSubject, "usedcueobj": &quote.UsedCueObject,
	"relcomma": &quote.RelativeComma, "aclfinite": &quote.AclFinite, "seemspeech": &quote.SeemSpeech, "colonquote": &quote.ColonQuote, "speakerline": &quote.SpeakerLine, "inview": &quote.InView, "reportedly": &quote.Reportedly, "accordcomma": &quote.AccordingComma, "trailgerund": &quote.TrailingGerund, "sayingrest": &quote.SayingRest, "objcontrol": &quote.ObjectControl, "feat11": &quote.NounFeatures, "purpose": &quote.PurposeMeeting, "aclcap": &quote.AclCap, "splitclause": &quote.SplitClause,
	"candfilter": &quote.CandidateFilter, "partyopp": &quote.PartyOpposition, "placeinsrc": &quote.PlaceInSource, "itclimb": &quote.ItClimb,
	"clus": &quote.ClusterFeatures, "continueaspect": &quote.ContinueAspect, "upfar": &quote.UpFar, "relthing": &quote.RelativeThing, "declinesay": &quote.DeclineSay, "passfeel": &quote.PassiveFeeling, "tidy": &quote.SourceTidy,
}

// cvFloats are the package thresholds a variant may set ("name=value").
var cvFloats = map[string]*float64{"nomshift": &quote.NominalShift, "actrate": &quote.ActRate}

// cvErrors counts a held-out document's missed gold cues and false cues by
// the part of speech, lemma and place of their first token.
func cvErrors(tally map[string]int, b BratDoc, d *doc.Document) {
	sample := cvSample
	quoted := quote.Quoted(d)
	scores := quote.CueScores(d)
	role := "FN"
	where := func(start, end int) string {
		// The span's head: its first token whose head lies outside it.
		for ti, tk := range d.Tokens {
			if tk.End > start && tk.Start < end && (tk.Head < 0 || d.Tokens[tk.Head].Start >= end || d.Tokens[tk.Head].End <= start) {
				in := tokenPlace(d, quoted, ti)
				sc := "nan"
				switch v := scores[ti]; {
				case v > quote.CueThreshold:
					sc = "high"
					if role == "FN" && tk.UPOS == "VERB" && cvSample["HIGHFN"] < 200 {
						cvSample["HIGHFN"]++
						tally["SAMPLE HIGHFN "+in+" "+tk.Deprel+" | "+d.Text[tk.Start:tk.End]+" | "+sentenceAround(d.Text, tk.Start)]++
					}
					if tk.UPOS == "VERB" && tk.Head >= 0 {
						tally["HIGH "+role+" "+in+" "+tk.Deprel+" "+d.Tokens[tk.Head].UPOS]++
					}
				case v > 0:
					sc = "pos"
				case v <= 0:
					sc = "neg"
				}
				tally["SCORE "+role+" "+tk.UPOS+" "+in+" "+sc]++
				return tk.UPOS + " " + tk.Deprel + " " + in + " " + tk.Lemma
			}
		}
		return "?"
	}
	for _, g := range missedCues(b.Gold, d.Quotes) {
		w := where(g.Frags[0][0], g.Frags[0][1])
		tally["FN "+w]++
		if sample[w] < 3 {
			sample[w]++
			tally["SAMPLE FN "+w+" | "+b.Text[g.Frags[0][0]:g.Frags[0][1]]+" | "+short(sentenceAround(b.Text, g.Frags[0][0]))]++
		}
		tally["FNPOS "+strings.Fields(w)[0]]++
	}
	role = "FP"
	for _, q := range d.Quotes {
		if q.Cue == nil {
			continue
		}
		hit := false
		for _, g := range b.Gold {
			if g.Role == "Cue" && g.Overlaps(q.Cue.Start, q.Cue.End) {
				hit = true
			}
		}
		if hit && q.Source != nil {
			sh := false
			for _, g := range b.Gold {
				if g.Role == "Source" && g.Overlaps(q.Source.Start, q.Source.End) {
					sh = true
				}
			}
			if !sh {
				tally["SRCFP"]++
				if cvSample["SRCFP"] < 150 {
					cvSample["SRCFP"]++
					tally["SAMPLE SRCFP "+q.Kind+" | "+q.Source.Text+" | "+q.Cue.Text+" | "+short(sentenceAround(b.Text, q.Cue.Start))]++
				}
			}
		}
		if hit && q.Source == nil {
			tally["SRCNIL "+q.Kind]++
			if cvSample["SRCNIL"] < 100 {
				cvSample["SRCNIL"]++
				tally["SAMPLE SRCNIL "+q.Kind+" | "+q.Cue.Text+" | "+short(sentenceAround(b.Text, q.Cue.Start))]++
			}
		}
		if !hit {
			w := q.Kind + " " + where(q.Cue.Start, q.Cue.End)
			tally["FP "+w]++
			if sample["FP"+w] < 3 {
				sample["FP"+w]++
				tally["SAMPLE FP "+w+" | "+q.Cue.Text+" | "+short(q.Content.Text)+" | "+short(sentenceAround(b.Text, q.Cue.Start))]++
			}
			tally["FPKIND "+q.Kind]++
		}
	}
}

// eachHeldOut calls run for every annotation file with the cue model of the
// fold that did not see it (dir/foldF.tsv, written by DYAD_QUOTES_CV_SAVE),
// or with the shipped model when dir is empty.
func eachHeldOut(t *testing.T, bds []BratDoc, dir string, run func(i int)) {
	t.Helper()
	if dir == "" {
		for i := range bds {
			run(i)
		}
		return
	}
	fold := cvFoldOf(bds)
	for f := 0; f < cvFolds; f++ {
		r, err := os.Open(fmt.Sprintf("%s/fold%d.tsv", dir, f))
		if err != nil {
			t.Fatal(err)
		}
		m, err := quote.ReadCueModel(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		old := quote.SetCueModel(m)
		for i := range bds {
			if fold[i] == f {
				run(i)
			}
		}
		quote.SetCueModel(old)
	}
}

// cvFoldOf assigns each annotation file a fold by its article, the
// articles taken in name order round robin.
func cvFoldOf(bds []BratDoc) []int {
	var names []string
	seen := map[string]bool{}
	for _, b := range bds {
		if !seen[b.Name] {
			seen[b.Name] = true
			names = append(names, b.Name)
		}
	}
	sort.Strings(names)
	idx := map[string]int{}
	for i, n := range names {
		idx[n] = i % cvFolds
	}
	out := make([]int, len(bds))
	for i, b := range bds {
		out[i] = idx[b.Name]
	}
	return out
}

// tokenPlace says where token ti of d stands: "inquote" (inside quotation
// marks), "incontent" (inside the content of a coded quote) or "out".
func tokenPlace(d *doc.Document, quoted []bool, ti int) string {
	if quoted[ti] {
		return "inquote"
	}
	tk := d.Tokens[ti]
	for _, q := range d.Quotes {
		if q.Content.Start <= tk.Start && tk.End <= q.Content.End {
			return "incontent"
		}
	}
	return "out"
}

// saveCueModel writes detector m to path.
func saveCueModel(t *testing.T, m *quote.CueModel, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := m.WriteTSV(f, QuoteModelHeader); err != nil {
		t.Fatal(err)
	}
}

func init() {
	// DYAD_QUOTES_CLUSTER_SET=N picks the cluster features (bits of
	// quote.ClusterFeatureSet) for every run of the process; the features
	// themselves are switched on with the "clus" switch
	// (DYAD_QUOTES_CV_OFF=clus, DYAD_QUOTES_TRAIN_OFF=clus): thirty-second
	// round.
	if v := os.Getenv("DYAD_QUOTES_CLUSTER_SET"); v != "" {
		fmt.Sscan(v, &quote.ClusterFeatureSet)
	}
	// DYAD_QUOTES_LEMMA_DROPOUT=F trains every detector of the run with
	// quote.LemmaDropout F.
	if v := os.Getenv("DYAD_QUOTES_LEMMA_DROPOUT"); v != "" {
		fmt.Sscan(v, &quote.LemmaDropout)
	}
	// Thirty-fifth round: DYAD_QUOTES_CV_OFF=ctx switches the context
	// features on (training included), DYAD_QUOTES_CTX_SET=N picks them
	// (quote.ContextFeatureSet), DYAD_QUOTES_BAG=K trains every detector
	// of the run as K bagged perceptrons (quote.BagModels).
	cvSwitches["ctx"] = &quote.ContextFeatures
	cvSwitches["claimrel"] = &quote.ClaimRelative
	cvSwitches["targetrel"] = &quote.TargetRelative
	cvSwitches["targetonly"] = &quote.TargetOnly
	cvSwitches["filedinto"] = &quote.FiledInto
	cvSwitches["srctime"] = &quote.SourceTimeCut
	if v := os.Getenv("DYAD_QUOTES_CTX_SET"); v != "" {
		fmt.Sscan(v, &quote.ContextFeatureSet)
	}
	if v := os.Getenv("DYAD_QUOTES_BAG"); v != "" {
		fmt.Sscan(v, &quote.BagModels)
	}
}
