package quote

import "github.com/dyadproject/dyad/doc"

// partial attributes quotations embedded in a clause whose governing verb
// is a cue, when no clausal complement carried them already: called the
// talks “productive”, described the plan as “a disaster”. The content is
// what follows the cue in its clause.
func (a *analysis) partial() {
	toks := a.d.Tokens
	for ri := range a.regions {
		r := &a.regions[ri]
		if r.used || a.covered[r.t0] {
			continue
		}
		root := -1
		for t := r.t0; t < r.t1; t++ {
			if h := toks[t].Head; h < r.t0 || h >= r.t1 {
				if toks[t].UPOS != "PUNCT" {
					root = t
					break
				}
			}
		}
		if root < 0 {
			continue
		}
		c, h := root, toks[root].Head
		for hop := 0; hop < 4 && h >= 0; hop++ {
			if a.isVerb(h) && cues[toks[h].Lemma] != 0 && a.inRegion[h] < 0 {
				break
			}
			c, h = h, toks[h].Head
		}
		if h < 0 || !a.isVerb(h) || cues[toks[h].Lemma] == 0 || a.inRegion[h] >= 0 {
			continue
		}
		c, h = a.outerOfFutureCue(c, h) // quote/lead33.go
		switch rel := toks[c].Deprel; rel {
		case "nsubj", "nsubj:pass", "csubj", "advcl", "conj", "parataxis":
			continue
		}
		lo, hi := r.t0, r.t1-1
		for _, k := range a.kids(h) {
			switch toks[k].Deprel {
			case "nsubj", "nsubj:pass", "aux", "aux:pass", "punct", "cc", "conj", "mark", "advcl", "parataxis":
				continue
			}
			if k < h {
				continue
			}
			_, khi := a.subtree(k)
			if khi > hi {
				hi = khi
			}
		}
		if h+1 < lo {
			lo = h + 1
		}
		skip := false
		for t := lo; t <= hi; t++ {
			if a.covered[t] {
				skip = true
				break
			}
		}
		if skip {
			continue
		}
		content := a.span(lo, hi)
		r.used = true
		a.add(doc.Quote{Content: *content, Cue: a.cueSpan(h), Source: a.source(h), Kind: Mixed})
	}
}
