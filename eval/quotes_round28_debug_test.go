package eval

import "github.com/dyadproject/dyad/quote"

// Session 28 (quotes round 24) switches, for TestQuotesCV and
// TestQuotesRound19 variants (docs/QUOTES.md).
func init() {
	cvSwitches["trailinglex"] = &quote.TrailingLexicon
	cvSwitches["trailingaux"] = &quote.TrailingAux
	cvSwitches["parataxisend"] = &quote.ParataxisEnd
	cvFloats["trailinglexsc"] = &quote.TrailingLexScore
}

func init() {
	cvSwitches["adjclause"] = &quote.AdjClause
	cvFloats["adjclausesc"] = &quote.AdjClauseScore
}

func init() {
	cvSwitches["nounclause"] = &quote.NounClause
	cvFloats["nounclausesc"] = &quote.NounClauseScore
}
