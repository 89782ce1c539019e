package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// Session 17's everyday round: acts and purposes taken for speech, on
// sentences of our own, each with its rule on and off.

// Rejecting a move told before is an act; the purpose of a gathering
// parsed on the embassy it was outside of is no quote of the embassy.
func TestEveryday17Acts(t *testing.T) {
	checkAct(t, &quote.RejectedMove, "Chad closed its border with Sudan on Monday.\n\n"+
		"Sudan rejected the move as hostile and recalled its envoy.", "rejected")
	checkAct(t, &quote.GatheringPurpose, "Hundreds of students gathered outside the Chinese embassy on Friday to denounce the arrests.", "denounce")
}
