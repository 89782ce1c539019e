package actor

// NER features. Every feature is a 64-bit hash of a template number and the
// strings or word hashes it looks at; words are hashed once per sentence and
// features combine those hashes, so extraction allocates nothing.

import (
	"unicode"
	"unicode/utf8"
)

type nerTok struct {
	hw, hl, hs uint64    // exact word, lower-case word, shape
	pre, suf   [4]uint64 // lower-case prefixes and suffixes of 1–4 bytes
	gz         uint8     // KB span: kind<<2 | position (B0 I1 L2 U3), 0 none
	lc         uint8     // capitalisation-rate bucket
	cl         uint16    // word cluster + 1, 0 none
	cap        uint8     // 0 lower/other, 1 capitalised, 2 all capitals, 3 digit
	pl         uint8     // phrase gazetteer: kind bits (1 city, 2 admin1, 4 PER, 8 ORG, 16 LOC)
	plPos      uint8     // and position in the phrase (B I L U)
	nm         uint8     // personal-name bits
	kw         uint8     // keyword class (ner_run.go)
	run        uint16    // capitalised run: 1 | position (B0 I1 L2 U3)<<1 | first-word class<<3 | last-word class<<6; 0 outside
	runFirst   int32     // and the indices of its first and last words
	runLast    int32
	pos        uint64 // hash of the part-of-speech tag (nfPOS), hNoPOS without one
	init       bool   // first word of the sentence
	punct      bool
}

const (
	fnvOff   = 14695981039346656037
	fnvPrime = 1099511628211
)

func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func feat1(t uint64, a uint64) uint64 { return mix64(a ^ t*0x9e3779b97f4a7c15) }
func feat2(t uint64, a, b uint64) uint64 {
	return mix64(feat1(t, a) ^ b*0xc2b2ae3d27d4eb4f)
}
func feat3(t uint64, a, b, c uint64) uint64 {
	return mix64(feat2(t, a, b) ^ c*0x165667b19e3779f9)
}

// Feature templates.
const (
	tBias uint64 = iota + 1
	tW
	tLW
	tSH
	tP1
	tP2
	tP3
	tP4
	tS1
	tS2
	tS3
	tS4
	tLWm1
	tLWp1
	tLWm2
	tLWp2
	tSHm1
	tSHp1
	tSH3
	tBIm
	tBIp
	tInitSH
	tInitLW
	tGZ
	tGZSH
	tGZm1
	tGZp1
	tLC
	tLCInit
	tLCSH
	tCL
	tCLm1
	tCLp1
	tHeadSH
	tCapm1p1
	tWm1SH
	tCLSH
	tPL
	tPLSH
	tPLm1
	tPLp1
	tNM
	tNMm1
	tNMp1
	tNMSH
	tStage1
	tStage1m1
	tStage1p1
	tDocMaj
	tDocFL
	tDocLow
	tDocMajS1
	tRun
	tRunW
	tLWm3
	tLWp3
	tBI2m
	tBI2p
	tRunm1
	tRunp1
	tPOS
	tPOSm1
	tPOSp1
	tPOS2m
	tPOS2p
	tPOSCap
	// New templates go last: the numbers are hashed into the model.
)

const (
	hBOS   = 0x6a09e667f3bcc908
	hEOS   = 0xbb67ae8584caa73b
	hNoPOS = 0x3c6ef372fe94f82b
)

// hashWord returns the hashes of w, its lower-case form and its shape, and
// the prefix and suffix hashes of the lower-case form.
func hashWord(w string, t *nerTok) {
	hw, hl, hs := uint64(fnvOff), uint64(fnvOff), uint64(fnvOff)
	var lastShape byte
	upper, lower, digit, other := 0, 0, 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		hw = (hw ^ uint64(c)) * fnvPrime
		lc := c
		if 'A' <= c && c <= 'Z' {
			lc = c + 32
		}
		hl = (hl ^ uint64(lc)) * fnvPrime
		if i < 4 {
			t.pre[i] = hl
		}
		var sh byte
		switch {
		case 'A' <= c && c <= 'Z':
			sh = 'X'
			upper++
		case 'a' <= c && c <= 'z':
			sh = 'x'
			lower++
		case '0' <= c && c <= '9':
			sh = 'd'
			digit++
		case c >= 0x80:
			// Non-ASCII letters: look at the rune once, at its first byte.
			if c >= 0xC0 {
				r, _ := utf8.DecodeRuneInString(w[i:])
				switch {
				case unicode.IsUpper(r):
					sh = 'X'
					upper++
				case unicode.IsLetter(r):
					sh = 'x'
					lower++
				default:
					sh = 'u'
					other++
				}
			} else {
				continue
			}
		default:
			sh = c
			other++
		}
		if sh != lastShape {
			hs = (hs ^ uint64(sh)) * fnvPrime
			lastShape = sh
		}
	}
	for i := len(w); i < 4; i++ {
		t.pre[i] = hl
	}
	// Suffixes: lower-case bytes from the end.
	hsuf := uint64(fnvOff ^ 0x55)
	for k := 0; k < 4; k++ {
		if k < len(w) {
			c := w[len(w)-1-k]
			if 'A' <= c && c <= 'Z' {
				c += 32
			}
			hsuf = (hsuf ^ uint64(c)) * fnvPrime
		}
		t.suf[k] = hsuf
	}
	t.hw, t.hl, t.hs = hw, hl, hs
	t.cap = 0
	switch {
	case upper > 0 && lower == 0 && upper+digit > 1:
		t.cap = 2
	case upper > 0 && len(w) > 0 && startsUpper(w):
		t.cap = 1
	case digit > 0 && upper == 0 && lower == 0:
		t.cap = 3
	}
	t.punct = upper == 0 && lower == 0 && digit == 0
}

func startsUpper(w string) bool {
	c := w[0]
	if c < 0x80 {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lowerHash is the lower-case hash of w, as hashWord computes it.
func lowerHash(w string) uint64 {
	h := uint64(fnvOff)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 32
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// prepare fills sc.tok for words and the feature hashes of every token
// (sc.fs[sc.fstart[i]:sc.fstart[i+1]]).
func (n *NER) prepare(words []string, sc *nerScratch, dc *nerDocCtx) {
	nw := len(words)
	if cap(sc.tok) < nw {
		sc.tok = make([]nerTok, nw)
	}
	toks := sc.tok[:nw]
	init := true
	capWords, lowWords := 0, 0
	for i, w := range words {
		t := &toks[i]
		hashWord(w, t)
		t.gz = 0
		t.init = init && !t.punct
		if !t.punct {
			init = false
			if !t.init && len(w) > 3 {
				if t.cap == 1 || t.cap == 2 {
					capWords++
				} else if t.cap == 0 {
					lowWords++
				}
			}
		}
		t.lc = 0
		if n.lcRate != nil {
			t.lc = n.lcRate[t.hl]
		}
		t.cl = 0
		if n.clusters != nil && n.feats&nfClusters != 0 {
			t.cl = n.clusters[t.hw]
		}
	}
	headline := capWords >= 3 && capWords > 3*lowWords
	if n.feats&nfPOS != 0 {
		for i := range toks {
			toks[i].pos = hNoPOS
			if i < len(sc.upos) && sc.upos[i] != "" {
				toks[i].pos = lowerHash(sc.upos[i])
			}
		}
	}
	for i := range toks {
		toks[i].pl, toks[i].plPos = 0, 0
		toks[i].nm = 0
	}
	if n.names != nil && n.feats&nfNames != 0 {
		for i := range toks {
			if toks[i].cap == 1 || toks[i].cap == 2 {
				toks[i].nm = n.names[toks[i].hl]
			}
		}
	}
	if n.placeStart != nil && n.feats&nfPlaces != 0 {
		for i := 0; i < nw; {
			t := &toks[i]
			ml := 0
			if t.cap == 1 || t.cap == 2 {
				ml = int(n.placeStart[t.hl])
			}
			if ml == 0 {
				i++
				continue
			}
			ml = min(ml, nw-i)
			found := 0
			var kind uint8
			for l := ml; l >= 1; l-- {
				if k, ok := n.places[phraseHash(toks[i:i+l])]; ok {
					found, kind = l, k
					break
				}
			}
			if found == 0 {
				i++
				continue
			}
			if found == 1 {
				toks[i].pl, toks[i].plPos = kind, 3
			} else {
				for j := i; j < i+found; j++ {
					pos := uint8(1)
					if j == i {
						pos = 0
					} else if j == i+found-1 {
						pos = 2
					}
					toks[j].pl, toks[j].plPos = kind, pos
				}
			}
			i += found
		}
	}
	if n.feats&nfRun != 0 {
		markRuns(toks, n.feats&nfRunJoin != 0, n.feats&nfRunKw != 0)
	}
	if n.kb != nil && n.feats&nfGazette != 0 {
		for _, sp := range n.kb.MatchTokens(words) {
			k := uint8(sp.Hits[0].Kind)
			if sp.End-sp.Start == 1 {
				toks[sp.Start].gz = k<<2 | 3
				continue
			}
			for i := sp.Start; i < sp.End; i++ {
				pos := uint8(1)
				if i == sp.Start {
					pos = 0
				} else if i == sp.End-1 {
					pos = 2
				}
				toks[i].gz = k<<2 | pos
			}
		}
	}
	sc.fs = sc.fs[:0]
	if cap(sc.fstart) < nw+1 {
		sc.fstart = make([]int32, nw+1)
	}
	sc.fstart = sc.fstart[:nw+1]
	fs := sc.fs
	get := func(i int) *nerTok {
		if i < 0 || i >= nw {
			return nil
		}
		return &toks[i]
	}
	hlOf := func(i int) uint64 {
		if i < 0 {
			return hBOS
		}
		if i >= nw {
			return hEOS
		}
		return toks[i].hl
	}
	hsOf := func(i int) uint64 {
		if i < 0 {
			return hBOS
		}
		if i >= nw {
			return hEOS
		}
		return toks[i].hs
	}
	capOf := func(i int) uint64 {
		if t := get(i); t != nil {
			return uint64(t.cap) + 1
		}
		return 9
	}
	for i := 0; i < nw; i++ {
		sc.fstart[i] = int32(len(fs))
		t := &toks[i]
		fs = append(fs, feat1(tBias, 0))
		if n.feats&nfLex != 0 {
			fs = append(fs, feat1(tW, t.hw), feat1(tLW, t.hl), feat1(tSH, t.hs),
				feat1(tP1, t.pre[0]), feat1(tP2, t.pre[1]), feat1(tP3, t.pre[2]), feat1(tP4, t.pre[3]),
				feat1(tS1, t.suf[0]), feat1(tS2, t.suf[1]), feat1(tS3, t.suf[2]), feat1(tS4, t.suf[3]))
			if t.init {
				fs = append(fs, feat1(tInitSH, t.hs), feat1(tInitLW, t.hl))
			}
		}
		if n.feats&nfContext != 0 {
			fs = append(fs, feat1(tLWm1, hlOf(i-1)), feat1(tLWp1, hlOf(i+1)),
				feat1(tLWm2, hlOf(i-2)), feat1(tLWp2, hlOf(i+2)),
				feat1(tSHm1, hsOf(i-1)), feat1(tSHp1, hsOf(i+1)),
				feat3(tSH3, hsOf(i-1), t.hs, hsOf(i+1)),
				feat3(tCapm1p1, capOf(i-1), capOf(i), capOf(i+1)),
				feat2(tWm1SH, hlOf(i-1), t.hs))
		}
		if n.feats&nfWide != 0 {
			// Words at ±3, and the bigrams before and after the word.
			fs = append(fs, feat1(tLWm3, hlOf(i-3)), feat1(tLWp3, hlOf(i+3)),
				feat2(tBI2m, hlOf(i-2), hlOf(i-1)), feat2(tBI2p, hlOf(i+1), hlOf(i+2)))
		}
		if n.feats&nfBigram != 0 {
			fs = append(fs, feat2(tBIm, hlOf(i-1), t.hl), feat2(tBIp, t.hl, hlOf(i+1)))
		}
		if n.feats&nfGazette != 0 {
			if t.gz != 0 {
				fs = append(fs, feat1(tGZ, uint64(t.gz)), feat2(tGZSH, uint64(t.gz), uint64(t.cap)))
			}
			if p := get(i - 1); p != nil && p.gz != 0 {
				fs = append(fs, feat1(tGZm1, uint64(p.gz)))
			}
			if p := get(i + 1); p != nil && p.gz != 0 {
				fs = append(fs, feat1(tGZp1, uint64(p.gz)))
			}
		}
		if n.feats&nfLcRate != 0 {
			init := uint64(0)
			if t.init {
				init = 1
			}
			fs = append(fs, feat1(tLC, uint64(t.lc)), feat2(tLCInit, uint64(t.lc), init), feat2(tLCSH, uint64(t.lc), t.hs))
		}
		if n.feats&nfClusters != 0 {
			cl := func(j int) uint64 {
				if p := get(j); p != nil {
					return uint64(p.cl)
				}
				return 1 << 20
			}
			fs = append(fs, feat1(tCL, cl(i)), feat1(tCLm1, cl(i-1)), feat1(tCLp1, cl(i+1)), feat2(tCLSH, cl(i), t.hs))
		}
		if n.feats&nfPlaces != 0 {
			if t.pl != 0 {
				fs = append(fs, feat2(tPL, uint64(t.pl), uint64(t.plPos)), feat2(tPLSH, uint64(t.pl), uint64(t.cap)))
			}
			if p := get(i - 1); p != nil && p.pl != 0 {
				fs = append(fs, feat2(tPLm1, uint64(p.pl), uint64(p.plPos)))
			}
			if p := get(i + 1); p != nil && p.pl != 0 {
				fs = append(fs, feat2(tPLp1, uint64(p.pl), uint64(p.plPos)))
			}
		}
		if n.feats&nfNames != 0 {
			nm := func(j int) uint64 {
				if p := get(j); p != nil {
					return uint64(p.nm)
				}
				return 8
			}
			if t.nm != 0 {
				fs = append(fs, feat1(tNM, nm(i)), feat2(tNMSH, nm(i), uint64(t.lc)))
			}
			fs = append(fs, feat2(tNMm1, nm(i-1), nm(i)), feat2(tNMp1, nm(i), nm(i+1)))
		}
		if n.feats&nfRun != 0 {
			// The token's position in its capitalised run (with nfRunKw
			// also the keyword classes of the run's first and last
			// words); tRunW adds the word's own keyword class, which is
			// 0 without nfRunKw (the shipped model: it then repeats tRun,
			// kept so that the model's hashes stay as trained). With
			// nfKwCtx, the neighbours' keyword classes.
			kwOf := func(j int) uint64 {
				if p := get(j); p != nil {
					return uint64(p.kw)
				}
				return 15
			}
			if t.run != 0 {
				fs = append(fs, feat1(tRun, uint64(t.run)), feat2(tRunW, uint64(t.run), uint64(t.kw)))
			}
			if n.feats&nfKwCtx != 0 {
				fs = append(fs, feat2(tRunm1, kwOf(i-1), uint64(t.cap)), feat2(tRunp1, kwOf(i+1), uint64(t.cap)))
			}
		}
		if n.feats&nfPOS != 0 {
			posOf := func(j int) uint64 {
				if j < 0 {
					return hBOS
				}
				if j >= nw {
					return hEOS
				}
				return toks[j].pos
			}
			fs = append(fs, feat1(tPOS, t.pos), feat1(tPOSm1, posOf(i-1)), feat1(tPOSp1, posOf(i+1)),
				feat2(tPOS2m, posOf(i-1), t.pos), feat2(tPOS2p, t.pos, posOf(i+1)), feat2(tPOSCap, t.pos, uint64(t.cap)))
		}
		if n.feats&nfHeadline != 0 && headline {
			fs = append(fs, feat1(tHeadSH, t.hs))
		}
		if dc != nil && dc.s1 != nil {
			s1 := func(j int) uint64 {
				if j < 0 || j >= nw {
					return 99
				}
				return uint64(dc.s1[j])
			}
			fs = append(fs, feat1(tStage1, s1(i)), feat2(tStage1m1, s1(i-1), s1(i)), feat2(tStage1p1, s1(i), s1(i+1)))
			if t.cap == 1 || t.cap == 2 {
				if st := dc.stats[t.hl]; st != nil {
					maj, agree, tot := st.majority()
					nb := uint64(min(tot, 4))
					fs = append(fs, feat3(tDocMaj, maj, agree, nb), feat1(tDocFL, uint64(st.first)<<8|uint64(st.last)),
						feat2(tDocMajS1, maj, s1(i)))
					if st.low > 0 {
						fs = append(fs, feat2(tDocLow, uint64(min(st.low, 3)), uint64(t.cap)))
					}
				}
			}
		}
	}
	sc.fstart[nw] = int32(len(fs))
	sc.fs = fs
}

// phraseHash is the hash of a sequence of words by their lower-case hashes.
func phraseHash(toks []nerTok) uint64 {
	h := uint64(0x243f6a8885a308d3)
	for i := range toks {
		h = mix64(h ^ toks[i].hl)
	}
	return h
}

// nerDocCtx is what a second-stage model knows of the document: the first
// stage's labels of the sentence and statistics of every word over the
// whole document.
type nerDocCtx struct {
	s1    []int
	stats map[uint64]*nerDocStat
}

// nerDocStat counts, for a word of a document, the first stage's entity
// types over its capitalised occurrences, the types of the entities it
// begins and ends, and its lower-case occurrences.
type nerDocStat struct {
	typ         [8]uint16 // by type; index 7: capitalised occurrences outside entities
	first, last uint8     // type bits of multi-word entities it begins or ends
	low         int
}

func (st *nerDocStat) majority() (maj, agree uint64, tot int) {
	best := -1
	kinds := 0
	for t := 0; t < 8; t++ {
		c := int(st.typ[t])
		tot += c
		if c > 0 {
			kinds++
		}
		if c > 0 && (best < 0 || c > int(st.typ[best])) {
			best = t
		}
	}
	if best < 0 {
		return 9, 0, 0
	}
	if kinds == 1 {
		agree = 1
	}
	return uint64(best), agree, tot
}

// docStats gathers nerDocStat for the capitalised words of a document from
// the first stage's label sequences.
func docStats(sents [][]string, paths [][]int, nl int) map[uint64]*nerDocStat {
	_ = nl
	stats := map[uint64]*nerDocStat{}
	for si, words := range sents {
		path := paths[si]
		for i, w := range words {
			if w == "" || !startsUpper(w) {
				continue
			}
			h := lowerHash(w)
			st := stats[h]
			if st == nil {
				st = &nerDocStat{}
				stats[h] = st
			}
			p, t := labelPart(path[i])
			if p == 'O' {
				if st.typ[7] < 65535 {
					st.typ[7]++
				}
				continue
			}
			if st.typ[t] < 65535 {
				st.typ[t]++
			}
			switch p {
			case 'B':
				st.first |= 1 << t
			case 'L':
				st.last |= 1 << t
			}
		}
	}
	for _, words := range sents {
		for _, w := range words {
			if w != "" && !startsUpper(w) {
				if st := stats[lowerHash(w)]; st != nil {
					st.low++
				}
			}
		}
	}
	return stats
}
