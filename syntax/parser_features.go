package syntax

import "math/bits"

// Feature extraction. Each token gets a few 64-bit atoms (word, lemma, tags,
// suffix, shape) once per sentence; a feature is a template number mixed with
// the atoms it conjoins, so extracting one costs a few multiplications and no
// allocation. Templates follow Zhang and Nivre (2011), adapted to arc-hybrid:
// s1 plays the part of s0's head in arc-eager.

// dpTok holds one token's atoms.
type dpTok struct {
	w, l, u, x, suf, shape uint64
	c1, c2                 uint64 // coarse and fine word cluster
}

const (
	dpK1 = 0x9E3779B97F4A7C15
	dpK2 = 0xBF58476D1CE4E5B9
	dpK3 = 0x94D049BB133111EB
)

// dpStr hashes a string (FNV-1a, then mixed), ASCII-lowercased when lower,
// with digits mapped to 0 when digits.
func dpStr(s string, lower, digits bool) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lower && c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if digits && c >= '0' && c <= '9' {
			c = '0'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	h ^= h >> 31
	h *= dpK2
	return h ^ h>>29
}

// dpSuffix hashes the last three bytes of s, lowercased.
func dpSuffix(s string) uint64 {
	if len(s) > 3 {
		s = s[len(s)-3:]
	}
	return dpStr(s, true, true) ^ 0x5bd1e995
}

// dpShape sums up capitalisation, digits, hyphens and punctuation.
func dpShape(s string) uint64 {
	var upper, lower, digit, hyph, other int
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		case c >= '0' && c <= '9':
			digit++
		case c == '-':
			hyph++
		default:
			other++
		}
	}
	v := uint64(0)
	if len(s) > 0 && s[0] >= 'A' && s[0] <= 'Z' {
		v |= 1
	}
	if upper > 0 && lower == 0 {
		v |= 2
	}
	if digit > 0 {
		v |= 4
	}
	if hyph > 0 {
		v |= 8
	}
	if lower+upper+digit == 0 {
		v |= 16
	}
	if other > 0 && lower+upper+digit > 0 {
		v |= 32
	}
	if len(s) <= 3 {
		v |= 64
	}
	return v + 0x1000
}

// Atoms of the two pseudo tokens.
var (
	dpRootTok = dpTok{w: 0xA1, l: 0xA2, u: 0xA3, x: 0xA4, suf: 0xA5, shape: 0xA6, c1: 0xA7, c2: 0xA8}
	dpNoneTok = dpTok{w: 0xB1, l: 0xB2, u: 0xB3, x: 0xB4, suf: 0xB5, shape: 0xB6, c1: 0xB7, c2: 0xB8}
)

func dpMix(h, v uint64) uint64 {
	h = (h ^ v) * dpK1
	return bits.RotateLeft64(h, 27)
}

// dpFin finishes a feature hash. Keys have dpKeyBits bits: enough to keep
// collisions among a few million features negligible, few enough that the
// sorted keys of the model file delta-code in about three bytes.
func dpFin(h uint64) uint64 {
	h ^= h >> 31
	h *= dpK3
	h ^= h >> 29
	h >>= 64 - dpKeyBits
	if h == 0 {
		h = 1
	}
	return h
}

const dpKeyBits = 40

// dpMaxFeats bounds the number of templates.
const dpMaxFeats = 184

func dpDist(d int32) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	default:
		return 7
	}
}

func dpLab(s *dpState, i int32) uint64 {
	if i < 0 {
		return 0xC0
	}
	return uint64(s.lab[i]) + 0xC1
}

// features writes the features of state s over toks (tokens 0..n, token
// n+1 being the "none" token) into f and returns how many it wrote; ext adds
// the extended templates (clusters and sentence neighbours) after the
// original ones, whose keys it leaves unchanged. parser_parts.go groups the
// templates by their positions here: a template added, moved or changed
// must be placed there too (TestParsePartsGroups fails otherwise).
func dpFeatures(s *dpState, toks []dpTok, f *[dpMaxFeats]uint64, ext bool) int {
	none := int32(s.n + 1)
	at := func(i int32) int32 {
		if i < 0 {
			return none
		}
		return i
	}
	s0i, s1i, s2i := s.s(0), s.s(1), s.s(2)
	b0i, b1i, b2i := s.bi(0), s.bi(1), s.bi(2)
	var s0l1i, s0l2i, s0r1i, s0r2i, s1l1i, s1r1i, s1r2i, b0l1i, b0l2i int32 = dpNone, dpNone, dpNone, dpNone, dpNone, dpNone, dpNone, dpNone, dpNone
	if s0i >= 0 {
		s0l1i, s0l2i, s0r1i, s0r2i = s.l1[s0i], s.l2[s0i], s.r1[s0i], s.r2[s0i]
	}
	if s1i >= 0 {
		s1l1i, s1r1i, s1r2i = s.l1[s1i], s.r1[s1i], s.r2[s1i]
	}
	if b0i >= 0 {
		b0l1i, b0l2i = s.l1[b0i], s.l2[b0i]
	}
	s0, s1, s2 := &toks[at(s0i)], &toks[at(s1i)], &toks[at(s2i)]
	b0, b1, b2 := &toks[at(b0i)], &toks[at(b1i)], &toks[at(b2i)]
	s0l1, s0l2, s0r1, s0r2 := &toks[at(s0l1i)], &toks[at(s0l2i)], &toks[at(s0r1i)], &toks[at(s0r2i)]
	s1l1, s1r1, s1r2 := &toks[at(s1l1i)], &toks[at(s1r1i)], &toks[at(s1r2i)]
	b0l1, b0l2 := &toks[at(b0l1i)], &toks[at(b0l2i)]

	// Distances, valencies and label sets.
	d0 := uint64(0)
	if s0i >= 0 && b0i >= 0 {
		d0 = dpDist(b0i - s0i)
	}
	d1 := uint64(0)
	if s0i >= 0 && s1i >= 0 {
		d1 = dpDist(s0i - s1i)
	}
	var s0vl, s0vr, s1vl, s1vr, b0vl uint64
	var s0sl, s0sr, s1sr, b0sl uint64
	if s0i >= 0 {
		s0vl, s0vr, s0sl, s0sr = uint64(s.vl[s0i]), uint64(s.vr[s0i]), s.ls[s0i], s.rs[s0i]
	}
	if s1i >= 0 {
		s1vl, s1vr, s1sr = uint64(s.vl[s1i]), uint64(s.vr[s1i]), s.rs[s1i]
	}
	if b0i >= 0 {
		b0vl, b0sl = uint64(s.vl[b0i]), s.ls[b0i]
	}
	s0l1L, s0l2L, s0r1L, s0r2L := dpLab(s, s0l1i), dpLab(s, s0l2i), dpLab(s, s0r1i), dpLab(s, s0r2i)
	s1l1L, s1r1L, s1r2L := dpLab(s, s1l1i), dpLab(s, s1r1i), dpLab(s, s1r2i)
	b0l1L, b0l2L := dpLab(s, b0l1i), dpLab(s, b0l2i)

	k := 0
	t := uint64(0)
	f1 := func(a uint64) {
		t++
		f[k] = dpFin(dpMix(t*dpK2, a))
		k++
	}
	f2 := func(a, b uint64) {
		t++
		f[k] = dpFin(dpMix(dpMix(t*dpK2, a), b))
		k++
	}
	f3 := func(a, b, c uint64) {
		t++
		f[k] = dpFin(dpMix(dpMix(dpMix(t*dpK2, a), b), c))
		k++
	}
	f4 := func(a, b, c, d uint64) {
		t++
		f[k] = dpFin(dpMix(dpMix(dpMix(dpMix(t*dpK2, a), b), c), d))
		k++
	}

	// Bias.
	f1(0)
	// Single words.
	f1(s0.w)
	f1(s0.x)
	f2(s0.w, s0.x)
	f1(s0.l)
	f1(s0.u)
	f2(s0.suf, s0.x)
	f2(s0.shape, s0.x)
	f1(b0.w)
	f1(b0.x)
	f2(b0.w, b0.x)
	f1(b0.l)
	f1(b0.u)
	f2(b0.suf, b0.x)
	f2(b0.shape, b0.x)
	f1(b1.w)
	f1(b1.x)
	f2(b1.w, b1.x)
	f1(b2.w)
	f1(b2.x)
	f2(b2.w, b2.x)
	f1(s1.w)
	f1(s1.x)
	f2(s1.w, s1.x)
	f1(s1.l)
	f1(s1.u)
	f1(s2.w)
	f1(s2.x)
	// Pairs s0-b0 (the LEFT arc).
	f4(s0.w, s0.x, b0.w, b0.x)
	f3(s0.w, s0.x, b0.w)
	f3(s0.w, b0.w, b0.x)
	f3(s0.w, s0.x, b0.x)
	f3(s0.x, b0.w, b0.x)
	f2(s0.w, b0.w)
	f2(s0.x, b0.x)
	f2(s0.u, b0.u)
	f2(s0.l, b0.l)
	f2(s0.l, b0.x)
	f2(s0.x, b0.l)
	// Pairs s1-s0 (the RIGHT arc).
	f4(s1.w, s1.x, s0.w, s0.x)
	f3(s1.w, s1.x, s0.w)
	f3(s1.w, s0.w, s0.x)
	f3(s1.w, s1.x, s0.x)
	f3(s1.x, s0.w, s0.x)
	f2(s1.w, s0.w)
	f2(s1.x, s0.x)
	f2(s1.u, s0.u)
	f2(s1.l, s0.l)
	f2(s1.l, s0.x)
	f2(s1.x, s0.l)
	// Other pairs.
	f2(b0.x, b1.x)
	f2(b0.w, b1.w)
	f2(s1.x, b0.x)
	f2(s1.w, b0.w)
	// Triples of tags.
	f3(b0.x, b1.x, b2.x)
	f3(s0.x, b0.x, b1.x)
	f3(s1.x, s0.x, b0.x)
	f3(s2.x, s1.x, s0.x)
	f3(s1.x, s0.x, b1.x)
	f3(s1.u, s0.u, b0.u)
	f3(s0.u, b0.u, b1.u)
	f3(s2.x, s1.x, b0.x)
	f4(s2.x, s1.x, s0.x, b0.x)
	f4(s1.x, s0.x, b0.x, b1.x)
	// Triples with children.
	f3(s0.x, s0l1.x, b0.x)
	f3(s0.x, s0r1.x, b0.x)
	f3(s0.x, b0.x, b0l1.x)
	f3(s1.x, s1r1.x, s0.x)
	f3(s1.x, s0.x, s0l1.x)
	f3(s1.x, s0.x, s0r1.x)
	f3(s1.x, s1l1.x, s0.x)
	f3(s0.w, s0l1.x, b0.x)
	f3(s1.w, s0.x, s0r1.x)
	// Distance.
	f2(s0.w, d0)
	f2(s0.x, d0)
	f2(b0.w, d0)
	f2(b0.x, d0)
	f3(s0.w, b0.w, d0)
	f3(s0.x, b0.x, d0)
	f2(s1.w, d1)
	f2(s0.w, d1)
	f3(s1.x, s0.x, d1)
	f3(s1.w, s0.w, d1)
	// Valency.
	f2(s0.w, s0vr)
	f2(s0.x, s0vr)
	f2(s0.w, s0vl)
	f2(s0.x, s0vl)
	f2(b0.w, b0vl)
	f2(b0.x, b0vl)
	f2(s1.w, s1vr)
	f2(s1.x, s1vr)
	f2(s1.x, s1vl)
	// Children.
	f1(s0l1.w)
	f1(s0l1.x)
	f1(s0l1L)
	f1(s0r1.w)
	f1(s0r1.x)
	f1(s0r1L)
	f1(b0l1.w)
	f1(b0l1.x)
	f1(b0l1L)
	f1(s1r1.w)
	f1(s1r1.x)
	f1(s1r1L)
	f1(s1l1.x)
	f1(s1l1L)
	f2(s0.x, s0l1L)
	f2(s0.x, s0r1L)
	f2(b0.x, b0l1L)
	f2(s1.x, s1r1L)
	// Second children.
	f1(s0l2.w)
	f1(s0l2.x)
	f1(s0l2L)
	f1(s0r2.w)
	f1(s0r2.x)
	f1(s0r2L)
	f1(b0l2.w)
	f1(b0l2.x)
	f1(b0l2L)
	f1(s1r2.x)
	f1(s1r2L)
	f3(s0.x, s0l1.x, s0l2.x)
	f3(s0.x, s0r1.x, s0r2.x)
	f3(b0.x, b0l1.x, b0l2.x)
	f3(s1.x, s1r1.x, s1r2.x)
	f3(s0.x, s0l1L, s0l2L)
	f3(s0.x, s0r1L, s0r2L)
	f3(b0.x, b0l1L, b0l2L)
	// Label sets.
	f2(s0.w, s0sr)
	f2(s0.x, s0sr)
	f2(s0.w, s0sl)
	f2(s0.x, s0sl)
	f2(b0.w, b0sl)
	f2(b0.x, b0sl)
	f2(s1.x, s1sr)
	f2(s1.w, s1sr)
	f3(s1.x, s0.x, s0sl)
	f3(s0.x, b0.x, s0sr)
	if !ext {
		return k
	}
	// Sentence neighbours: the words just before and after s0 and s1, and
	// just before b0 (not always s0: s0's right part may be reduced).
	nb := func(i, d int32) *dpTok {
		if i <= 0 {
			return &toks[none]
		}
		if j := i + d; j >= 1 && j <= int32(s.n) {
			return &toks[j]
		}
		return &toks[none]
	}
	s0m, s0p, s1p, b0m := nb(s0i, -1), nb(s0i, 1), nb(s1i, 1), nb(b0i, -1)
	f2(s0.x, s0m.x)
	f2(s0.x, s0p.x)
	f3(s0m.x, s0.x, b0.x)
	f3(s0.x, s0p.x, b0.x)
	f3(s0.x, b0m.x, b0.x)
	f2(b0m.w, b0.x)
	f3(s1.x, s1p.x, s0.x)
	f1(b3tok(s, toks, none).x)
	// Word clusters.
	f1(s0.c2)
	f1(b0.c2)
	f1(b1.c2)
	f1(s1.c2)
	f2(s0.c2, s0.x)
	f2(b0.c2, b0.x)
	f2(s0.c1, b0.c1)
	f2(s0.c2, b0.c2)
	f2(s1.c1, s0.c1)
	f2(s1.c2, s0.c2)
	f2(s0.c2, b0.x)
	f2(s0.x, b0.c2)
	f2(s1.c2, s0.x)
	f2(s1.x, s0.c2)
	f3(s0.c1, b0.c1, b1.c1)
	f3(s1.c1, s0.c1, b0.c1)
	f3(s0.c1, b0.c1, d0)
	f3(s1.c1, s0.c1, d1)
	f3(s0.c1, s0l1.c1, b0.c1)
	f3(s1.c1, s0.c1, s0r1.c1)
	f2(s0l1.c2, s0.x)
	f2(s0r1.c2, s0.x)
	f2(b0l1.c2, b0.x)
	return k
}

func b3tok(s *dpState, toks []dpTok, none int32) *dpTok {
	if i := s.bi(3); i >= 0 {
		return &toks[i]
	}
	return &toks[none]
}
