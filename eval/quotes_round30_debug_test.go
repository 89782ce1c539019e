package eval

import "github.com/dyadproject/dyad/quote"

// The thirtieth session's switches (quote/round30.go) for the variant
// runs of TestQuotesRound19 and TestQuotesCueDump:
//
//	DYAD_QUOTES_R19S=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  DYAD_QUOTES_R19_VARIANTS="-;askedclause;askedquestion;participlesplit" go test ./eval -run 'TestQuotesRound19$' -v
func init() {
	cvSwitches["askedclause"] = &quote.AskedClause
	cvSwitches["askedquestion"] = &quote.AskedQuestion
	cvSwitches["participlesplit"] = &quote.ParticipleSplit
	cvSwitches["copulanoun"] = &quote.CopulaNoun
	cvFloats["copulanounsc"] = &quote.CopulaNounScore
	cvSwitches["aspassive"] = &quote.AsPassive
	cvSwitches["traillong"] = &quote.TrailingLongSource
	cvSwitches["sayidioms"] = &quote.SayIdioms
}
