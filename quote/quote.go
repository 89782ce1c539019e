// Package quote is dyad's quote-attribution stage: it finds who is reported
// as saying (or writing, or believing) what, and fills Document.Quotes.
//
// It runs after segmentation, the dependency parser, actor resolution and
// the temporal tagger, and reads their layers only. Three kinds are found:
//
//   - direct: text between quotation marks (curly or straight) with a cue
//     next to it: “…,” Ruto told reporters; he said, “…”; “…,” said the
//     minister; X said: “…”; …, saying “…”; X wrote on X: “…”. A quotation
//     may run over several sentences, and over several paragraphs when a
//     paragraph opens a quotation without closing it and the next paragraph
//     opens another (the newswire convention). A quotation that follows a
//     direct quote of the same paragraph without a cue of its own continues
//     it.
//   - indirect: the clausal complement (ccomp) of a speech or cognition verb
//     (say, tell, add, warn, believe, …) with the verb's subject as source;
//     a parenthetical cue (“The talks, he said, were useful.”), whatever
//     its parse; an "as" clause (“As the ministry reported, …”); and
//     “according to X, …”.
//   - mixed: indirect speech whose content holds a quoted fragment (called
//     the talks “productive”).
//
// A learned cue detector (learned.go, weights in cuemodel.tsv trained on
// PolNeAR train; on by default) works with the rule lexicon: verbs, nouns
// and adjectives it scores as cues get their content and source attached
// through the parse, and verbs of the derived cue table it scores far below
// zero are dropped. UseLearnedCues(false) leaves the rules alone.
//
// A quoted term nobody is said to have said (scare quotes: the so-called
// “snapback” mechanism) yields nothing.
//
// The source is the cue's subject (a relative pronoun as it stands, as
// PolNeAR marks it), its "by" agent when passive, the object of a verb of
// feeling, and none for verbs of seeming; a cue without a subject takes a
// "by" agent, the speaker noun a participle modifies ("farmers hoping to
// …"), its governor's subject or, failing those, the subject of its
// nearest verb ancestor when that names someone; a time parsed as the
// subject is skipped. The speaker is the actor of the
// entity in the source span (for a relative pronoun, in the noun its clause
// modifies); a pronoun or a title (“he”, “the president”) is resolved by
// Resolve, a recency heuristic
// kept in one function so that a coreference module can replace it; a
// common-noun source ("police", "the defence ministry") names an uncoded
// speaker by its mention, and a country modifying the source's head noun
// gives that body ("Argentina's economy ministry": ARGGOV).
package quote

import (
	"sort"

	"github.com/dyadproject/dyad/doc"
)

// Kinds of quote.
const (
	Direct   = "direct"
	Indirect = "indirect"
	Mixed    = "mixed"
)

// Attribute fills d.Quotes from the document's tokens, parse and entities.
func Attribute(d *doc.Document) {
	d.Quotes = d.Quotes[:0]
	if len(d.Tokens) == 0 {
		return
	}
	a := newAnalysis(d)
	a.stages()
	a.dropDeclined()
	a.pronounPredicate()
	a.dropBareAccused() // "accusing New Delhi of ..." quoting "New Delhi" (everyday20.go)
	a.judgedTargets()   // "criticised Uganda, which he accused of …" quoting "Uganda" (round35.go)
	a.dropTitleNames()  // "a film called “Open Roads”" (round27.go)
	a.dropSayIdioms()   // "it goes without saying that …" (round31.go)
	a.trimTrailing()    // "…, spokesman Ali Juma said" cut off a content that ran on (round33.go)
	a.locativeSources() // "protested in Kisumu, demanding": not the city (round33.go)
	a.quotedAs()        // "quoted X as saying Y": the words Y (round34.go)
	a.cutSourceTimes()  // "shouted the crowds after calls by …": not the calls (round35.go)
	sort.SliceStable(a.quotes, func(i, j int) bool { return a.quotes[i].Content.Start < a.quotes[j].Content.Start })
	for i := range a.quotes {
		q := &a.quotes[i]
		if q.Source != nil {
			q.Speaker = Resolve(d, a.speakerSpan(*q.Source), a.quotes[:i])
		}
	}
	d.Quotes = append(d.Quotes, a.quotes...)
	a.release()
}

// stages runs the attribution rules in their order, before the refusals
// are dropped (Attribute, Trace, FilterExamples).
func (a *analysis) stages() {
	a.direct()
	a.headline()
	a.colonQuotes()
	a.indirect()
	a.partial()
	a.moreCues()
	a.headlineVerb()
}

// Trace attributes d as Attribute does and returns, for each token that
// was proposed or considered as an indirect cue, what became of it
// (proposed by a rule or the detector's fallback, rejected because its cue
// or content was already covered, no content found); for error analysis.
func Trace(d *doc.Document) map[int]string {
	d.Quotes = d.Quotes[:0]
	if len(d.Tokens) == 0 {
		return nil
	}
	a := newAnalysis(d)
	a.trace = map[int]string{}
	a.stages()
	a.dropDeclined()
	a.pronounPredicate()
	for _, q := range a.quotes {
		if q.Cue != nil {
			t0, _ := tokenRange(d.Tokens, q.Cue.Start, q.Cue.End)
			a.trace[t0] += "quote-" + q.Kind + " "
		}
	}
	sort.SliceStable(a.quotes, func(i, j int) bool { return a.quotes[i].Content.Start < a.quotes[j].Content.Start })
	d.Quotes = append(d.Quotes, a.quotes...)
	return a.trace
}

// Quoted reports for each token of d whether it stands between quotation
// marks (marks included), as Attribute pairs them.
func Quoted(d *doc.Document) []bool {
	a := newAnalysis(d)
	out := make([]bool, len(d.Tokens))
	for i, r := range a.inRegion {
		out[i] = r >= 0
	}
	return out
}
