package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// Session 19's everyday round: an expulsion ordered and an ultimatum
// rejected are acts, not words, each with its rule on and off.
func TestEveryday19Acts(t *testing.T) {
	checkAct(t, &quote.OrderedAct, "The military leader ordered the expulsion of France's ambassador on Monday.", "ordered")
	checkAct(t, &quote.RejectedUltimatum, "The junta in Niamey rejected the ultimatum on Wednesday.", "rejected")
}

// Naming a government or a cabinet fills posts; it reports no speech.
func TestNamedPosts(t *testing.T) {
	checkAct(t, &quote.NamedPosts, "The president will name a new cabinet next week.", "name")
	checkAct(t, &quote.NamedPosts, "The prime minister appointed a new government on Friday.", "appointed")
}
