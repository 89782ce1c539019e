package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// Session 20's everyday round: an order to free someone and an accusation
// whose quote would be its object alone are acts, each with its rule on
// and off.
func TestEveryday20Acts(t *testing.T) {
	checkAct(t, &quote.OrderedRelease, "A court in Lusaka ordered on Friday that Zulu be released on bail.", "ordered")
	// Since session 27 the charge is the content (AccusedOfContent);
	// without it the bare object is still dropped.
	toggle(&quote.AccusedOfContent, false, func() {
		checkAct(t, &quote.AccusedOf, "The opposition party accused him of rigging the vote in the north.", "accused")
	})
}
