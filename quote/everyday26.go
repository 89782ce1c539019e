package quote

// SourceCCComma extends SourceCC to a conjunction after a comma: in
// "Police fired …, and opposition leader Amina Juma accused …" the parser
// hangs both the comma and "and" on the subject, so "and" was not the
// subject phrase's first word and stayed in the source ("and opposition
// leader").
var SourceCCComma = true

// SourceNameAppos keeps in the source a name the parser made an
// apposition of the title noun right before it, with no comma between:
// "opposition leader Amina Juma accused …" gave the source "opposition
// leader" while the speaker was the whole phrase. Appositions after a
// comma ("Juma, the minister") and days ("the ministry Sunday") stay
// out, as before.
var SourceNameAppos = true

// leadingCC reports whether dependent k of subject s is a coordinating
// conjunction that opens the subject's phrase, after nothing or after
// punctuation only.
func (a *analysis) leadingCC(s, k int) bool {
	if k >= s {
		return false
	}
	if a.lo[s] == k {
		return true
	}
	if !SourceCCComma {
		return false
	}
	for t := a.lo[s]; t < k; t++ {
		if a.d.Tokens[t].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// nameAppos reports whether dependent k of noun s is an apposition that is
// a proper name starting right after s: "leader Amina Juma".
func (a *analysis) nameAppos(s, k int) bool {
	toks := a.d.Tokens
	return SourceNameAppos && k > s && toks[k].Deprel == "appos" && toks[k].UPOS == "PROPN" &&
		toks[s].UPOS == "NOUN" && a.lo[k] == s+1 && toks[s+1].UPOS == "PROPN" && !a.temporal(k)
}
