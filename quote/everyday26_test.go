package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// "…, and opposition leader X accused …": the source is the whole subject
// phrase with the name, without the comma and "and".
func TestSourceCCCommaAndNameAppos(t *testing.T) {
	d := annotate(t, "Police fired tear gas at protesters outside parliament on Tuesday, and opposition leader Kalonzo Musyoka accused the government of wasting public money on foreign trips.")
	checkRule(t, d, &quote.SourceCCComma, "accused", func(q *doc.Quote) bool {
		return q.Source != nil && !strings.HasPrefix(q.Source.Text, "and")
	})
	d = annotate(t, "Police fired tear gas at protesters outside parliament on Tuesday, and opposition leader Kalonzo Musyoka accused the government of wasting public money on foreign trips.")
	checkRule(t, d, &quote.SourceNameAppos, "accused", func(q *doc.Quote) bool {
		return srcIs(q, "opposition leader Kalonzo Musyoka")
	})
}
