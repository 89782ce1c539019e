package syntax

// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011)
// with the root at the bottom of the stack, and its dynamic oracle
// (Goldberg and Nivre 2013).
//
//	SHIFT    push b0
//	LEFT-l   s0 ← b0 with label l; pop s0
//	RIGHT-l  s1 → s0 with label l; pop s0
//
// Every word is attached when it is popped, so stack and buffer words are
// always headless. RIGHT from the root (token 0) is allowed only once the
// buffer is empty, and only with the root label, so each tree has exactly one
// root; the root label is used for nothing else.
//
// Classes: 0 = SHIFT, 1..L = LEFT with label c-1, L+1..2L = RIGHT with
// label c-L-1.

const dpNone = -1

type dpState struct {
	n      int
	stack  []int32
	b      int32 // buffer front; the buffer is b..n, empty when b > n
	head   []int32
	lab    []int16
	l1, l2 []int32 // leftmost and second leftmost child
	r1, r2 []int32 // rightmost and second rightmost child
	vl, vr []uint8 // number of left and right children (capped)
	ls, rs []uint64
}

func (s *dpState) reset(n int) {
	s.n = n
	m := n + 2
	grow := func(a []int32) []int32 {
		if cap(a) < m {
			return make([]int32, m)
		}
		return a[:m]
	}
	s.head = grow(s.head)
	s.l1, s.l2, s.r1, s.r2 = grow(s.l1), grow(s.l2), grow(s.r1), grow(s.r2)
	if cap(s.lab) < m {
		s.lab = make([]int16, m)
		s.vl, s.vr = make([]uint8, m), make([]uint8, m)
		s.ls, s.rs = make([]uint64, m), make([]uint64, m)
	}
	s.lab, s.vl, s.vr, s.ls, s.rs = s.lab[:m], s.vl[:m], s.vr[:m], s.ls[:m], s.rs[:m]
	for i := 0; i < m; i++ {
		s.head[i] = dpNone
		s.lab[i] = dpNone
		s.l1[i], s.l2[i], s.r1[i], s.r2[i] = dpNone, dpNone, dpNone, dpNone
		s.vl[i], s.vr[i] = 0, 0
		s.ls[i], s.rs[i] = 0, 0
	}
	s.stack = append(s.stack[:0], 0)
	s.b = 1
}

func (s *dpState) terminal() bool { return s.b > int32(s.n) && len(s.stack) == 1 }

// s returns the i-th stack item from the top, or dpNone.
func (s *dpState) s(i int) int32 {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return dpNone
}

// bi returns the i-th buffer item, or dpNone.
func (s *dpState) bi(i int) int32 {
	if j := s.b + int32(i); j <= int32(s.n) {
		return j
	}
	return dpNone
}

// valid reports which of the three moves are allowed; right-to-root says
// whether a RIGHT would attach to the root (then only the root label goes).
func (s *dpState) valid() (shift, left, right, rightRoot bool) {
	bufOK := s.b <= int32(s.n)
	shift = bufOK
	if len(s.stack) >= 2 {
		left = bufOK
		s1 := s.stack[len(s.stack)-2]
		if s1 == 0 {
			right = !bufOK
			rightRoot = true
		} else {
			right = true
		}
	}
	return
}

func (s *dpState) attach(h, d int32, l int16) {
	s.head[d] = h
	s.lab[d] = l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		// Left children arrive from the nearest outwards: d is the new leftmost.
		s.l2[h] = s.l1[h]
		s.l1[h] = d
		if s.vl[h] < 255 {
			s.vl[h]++
		}
		s.ls[h] |= bit
	} else {
		// Right children arrive left to right: d is the new rightmost.
		s.r2[h] = s.r1[h]
		s.r1[h] = d
		if s.vr[h] < 255 {
			s.vr[h]++
		}
		s.rs[h] |= bit
	}
}

// apply performs class c (numbered as at the top of this file) with L
// labels.
func (s *dpState) apply(c, L int) {
	switch {
	case c == 0:
		s.stack = append(s.stack, s.b)
		s.b++
	case c <= L:
		s0 := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, s0, int16(c-1))
	default:
		s0 := s.stack[len(s.stack)-1]
		s1 := s.stack[len(s.stack)-2]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s1, s0, int16(c-L-1))
	}
}

// dpGold is a sentence's gold tree for the oracle.
type dpGold struct {
	head []int32   // gold head per token (index 0 unused)
	lab  []int16   // gold label index, -1 when unknown
	deps [][]int32 // gold dependents per token, 0..n
}

func newDPGold(heads []int32, labs []int16) *dpGold {
	n := len(heads) - 1
	g := &dpGold{head: heads, lab: labs, deps: make([][]int32, n+1)}
	for d := 1; d <= n; d++ {
		h := heads[d]
		if h >= 0 && int(h) <= n {
			g.deps[h] = append(g.deps[h], int32(d))
		}
	}
	return g
}

// costs returns the structural costs of SHIFT, LEFT and RIGHT in state s
// (the number of gold arcs each makes unreachable); -1 marks an invalid move.
func (g *dpGold) costs(s *dpState, onStack []bool) (cs, cl, cr int) {
	shift, left, right, _ := s.valid()
	cs, cl, cr = -1, -1, -1
	b := s.b
	var s0, s1 int32 = dpNone, dpNone
	if len(s.stack) >= 1 {
		s0 = s.stack[len(s.stack)-1]
	}
	if len(s.stack) >= 2 {
		s1 = s.stack[len(s.stack)-2]
	}
	// Gold dependents of s0 still in the buffer.
	depsInBuf := 0
	if s0 > 0 {
		for _, d := range g.deps[s0] {
			if d >= b {
				depsInBuf++
			}
		}
	}
	if shift {
		c := 0
		h := g.head[b]
		if h >= 0 && h != s0 && (h == 0 || (h < b && onStack[h])) {
			c++
		}
		for _, d := range g.deps[b] {
			if d < b && onStack[d] {
				c++
			}
		}
		cs = c
	}
	if left {
		c := depsInBuf
		h := g.head[s0]
		if h != b && (h == s1 || h > b) {
			c++
		}
		cl = c
	}
	if right {
		c := depsInBuf
		if h := g.head[s0]; h >= b {
			c++
		}
		cr = c
	}
	return
}
