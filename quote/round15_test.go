package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// Fifteenth round: each rule on hand-parsed sentences of our own, with the
// rule on and off.

// "The minister has been widely criticized for the delay.": an agentless
// passive of the cue lexicon the detector scores high quotes, its critics
// unsaid.
func TestPassiveSure(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/1/det", "minister/NOUN/NN/minister/5/nsubj:pass", "has/AUX/VBZ/have/5/aux",
		"been/AUX/VBN/be/5/aux:pass", "widely/ADV/RB/widely/5/advmod", "criticized/VERB/VBN/criticize/-1/root",
		"for/ADP/IN/for/8/case", "the/DET/DT/the/8/det", "delay/NOUN/NN/delay/5/obl", "./PUNCT/././5/punct",
	})
	checkRule(t, d, &quote.PassiveSure, "criticized", func(q *doc.Quote) bool {
		return q.Source == nil && q.Content.Text == "for the delay"
	})
}

// "Mwangi praised county engineers." with the verb parsed as a modifier of
// "engineers": the words after it are its content.
func TestLinearRest(t *testing.T) {
	d := handParsed(t, []string{
		"Mwangi/PROPN/NNP/Mwangi/-1/root", "praised/VERB/VBD/praise/3/amod", "county/NOUN/NN/county/3/compound",
		"engineers/NOUN/NNS/engineer/0/appos", "./PUNCT/././0/punct",
	}, [2]int{0, 0})
	checkRule(t, d, &quote.LinearRest, "praised", func(q *doc.Quote) bool {
		return q.Content.Text == "county engineers"
	})
}

// "Asked about the levy on Friday, Otieno went further: “That would be a
// mistake.”": the colon ends a clause whose subject speaks.
func TestColonClause(t *testing.T) {
	d := handParsed(t, []string{
		"Asked/VERB/VBN/ask/8/advcl", "about/ADP/IN/about/3/case", "the/DET/DT/the/3/det",
		"levy/NOUN/NN/levy/0/obl", "on/ADP/IN/on/5/case", "Friday/PROPN/NNP/Friday/0/obl",
		",/PUNCT/,/,/0/punct", "Otieno/PROPN/NNP/Otieno/8/nsubj", "went/VERB/VBD/go/-1/root",
		"further/ADV/RBR/further/8/advmod", ":/PUNCT/:/:/8/punct", "“/PUNCT/``/“/16/punct",
		"That/PRON/DT/that/16/nsubj", "would/AUX/MD/would/16/aux", "be/AUX/VB/be/16/cop",
		"a/DET/DT/a/16/det", "mistake/NOUN/NN/mistake/8/parataxis", "./PUNCT/././16/punct",
		"”/PUNCT/''/”/16/punct",
	}, [2]int{7, 7})
	checkRule(t, d, &quote.ColonClause, "went further", func(q *doc.Quote) bool {
		return srcIs(q, "Otieno") && strings.Contains(q.Content.Text, "That would be a mistake")
	})
}

// "Bardot attacked city fathers over what she called the “massacre” of
// stray dogs." with "fathers" hung on the name: the guessed content ends
// before the quote of "called", which stays.
func TestLinearRestYields(t *testing.T) {
	d := handParsed(t, []string{
		"Bardot/PROPN/NNP/Bardot/1/nsubj", "attacked/VERB/VBD/attack/-1/root", "city/NOUN/NN/city/3/compound",
		"fathers/NOUN/NNS/father/0/appos", "over/ADP/IN/over/5/case", "what/PRON/WP/what/3/nmod",
		"she/PRON/PRP/she/7/nsubj", "called/VERB/VBD/call/5/acl:relcl", "the/DET/DT/the/10/det",
		"“/PUNCT/``/“/10/punct", "massacre/NOUN/NN/massacre/7/obj", "”/PUNCT/''/”/10/punct",
		"of/ADP/IN/of/14/case", "stray/ADJ/JJ/stray/14/amod", "dogs/NOUN/NNS/dog/10/nmod",
		"./PUNCT/././1/punct",
	}, [2]int{0, 0})
	checkRule(t, d, &quote.LinearRest, "attacked", func(q *doc.Quote) bool {
		return q.Content.Text == "city fathers" && quoteWithCue(d, "called") != nil
	})
}

// BenchmarkAttributeRound15 alternates the fifteenth round's switches off
// and on over the same parsed stories (MB per CPU-second each way).
//
//	go test ./quote -run '^$' -bench AttributeRound15 -benchtime 20x
func BenchmarkAttributeRound15(b *testing.B) {
	sws := []*bool{&quote.PassiveSure, &quote.LinearRest, &quote.ColonClause}
	benchSwitchesAlternated(b, func(on bool) {
		for _, p := range sws {
			*p = on
		}
	})
}
