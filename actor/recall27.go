package actor

import "strings"

// noCapitalPortfolioGap switches off capitalPortfolioGap (session 27,
// tests only).
var noCapitalPortfolioGap bool

// capitalRankWords are the ranks capitalPortfolioGap lets stand in the
// gap with the portfolio: "Kenyan Vice Defense Minister", "Pakistani
// Federal Minister". Not "Deputy", a legislator's title of the KB.
var capitalRankWords = map[string]bool{"Vice": true, "Federal": true, "Junior": true, "Assistant": true,
	"Acting": true}

// capitalMinistryWords are the capitalised minister's words
// capitalPortfolioGap joins: ministryWords', and "Secretary" ("Thai
// Health Secretary").
var capitalMinistryWords = map[string]bool{"Secretary": true}

// capitalPortfolioGap reports one or two capitalised portfolio or rank
// words from g up to the span b, a capitalised minister's or ministry's
// word, or a KB title of two words ending in one ("Defense Minister"): "Thai Health Minister Somchai Dee", "the French Health
// Minister", "Kenyan Vice Defense Minister", "Thai Health Secretary". The
// KB has titles for agriculture, industry, labour and defence ministers
// but none for health, education, energy or oil ministers, and the
// recogniser often leaves the portfolio out of the person's name: the
// nationality stood alone (a country actor) and the minister had no
// country.
func capitalPortfolioGap(words []string, g int, b Span) bool {
	if noCapitalPortfolioGap || b.End-b.Start > 2 || b.Start <= g || b.Start-g > 2 || b.End > len(words) {
		return false
	}
	w := words[b.End-1]
	if !isCapitalised(w) || !ministryWords[strings.ToLower(w)] && !capitalMinistryWords[w] {
		return false
	}
	port := false
	for i := g; i < b.Start; i++ {
		if !isCapitalised(words[i]) || !portfolioWords[words[i]] && !capitalRankWords[words[i]] {
			return false
		}
		port = port || portfolioWords[words[i]]
	}
	return port || capitalRankWords[words[g]] && b.Start-g == 1
}
