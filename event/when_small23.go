package event

import "strings"

// Headline infinitives (session 23). A headline writes a planned act as a
// bare "to" infinitive with no finite verb ("Premier to tour the
// provinces", "Freedonia, Sylvania to resume border talks"): the plan,
// like "will tour", not an act that happened.

// headlineInfinitive reports whether trigger v is the infinitive of a
// headline: the story's first sentence, with no final punctuation, in a
// paragraph of its own, v (or the verb it is conjoined to) marked "to" and
// no finite verb or auxiliary anywhere in the sentence.
func (s *sent) headlineInfinitive(v int) bool {
	if s.d == nil || s.idx != 0 || s.n == 0 || v < 0 || v >= s.n {
		return false
	}
	if len(s.d.Sentences) > 1 && s.d.Sentences[1].Paragraph == s.d.Sentences[0].Paragraph {
		return false // a first sentence run on into the story
	}
	return s.infinitiveLine(v)
}

// infinitiveLine reports whether trigger v is the infinitive of a line with
// no final punctuation: v (or the verb it is conjoined to) marked "to" and
// no finite verb or auxiliary anywhere in the sentence.
func (s *sent) infinitiveLine(v int) bool {
	switch s.lower[s.n-1] {
	case ".", "!", "?", "\"", "'", "”", "’", ":", ";", ")", "...", "…":
		return false
	}
	x := v
	for steps := 0; s.rel[x] == rConj && s.head[x] >= 0 && steps < 4; steps++ {
		x = s.head[x]
	}
	if !s.hasMarkTo(x) || s.upos[x] != "VERB" {
		return false
	}
	for i := 0; i < s.n; i++ {
		switch s.d.Tokens[s.base+i].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
		if s.rel[i] == rAux && s.lower[i] != "to" || s.rel[i] == rCop || strings.HasSuffix(s.lower[i], "n't") {
			return false
		}
	}
	return true
}
