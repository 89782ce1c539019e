package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// "…, and the two leaders signed three agreements on mining, energy and
// customs cooperation": the parser hangs "cooperation" on "signed" as an open
// complement; a noun there is no clause said, and the accords stay a deed
// (session 28 review).
func TestSignedNounComplement(t *testing.T) {
	text := "Ruto welcomed Mahama at the State House on Thursday morning, and the two leaders signed three agreements on mining, energy and customs cooperation."
	d := annotate(t, text)
	quote.Attribute(d)
	if q := cueQuote(d, "signed"); q != nil {
		t.Errorf("signed quoted: %s", dump(d.Quotes))
	}
}
