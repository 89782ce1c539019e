package syntax

import "math"

// Post-hoc pruning of the tagger's weights: dropping the class weights that
// are small in magnitude shrinks the table (and the tagger's cache misses)
// while changing few decisions. The parser's counterpart is Parser.Pruned.

// Pruned returns a copy of w without the cells whose weight is smaller
// than min in magnitude, and without the features left with no cell.
func (w *Weights) Pruned(min float64) *Weights {
	b := newWeightsBuilder(w.nClass, w.nFeat)
	var keep []WeightCell
	w.Each(func(key uint64, cells []WeightCell) {
		keep = keep[:0]
		for _, c := range cells {
			if math.Abs(float64(c.W)) >= min {
				keep = append(keep, c)
			}
		}
		if len(keep) > 0 {
			b.add(key, keep)
		}
	})
	return b.build()
}

// Pruned returns a copy of t whose weights are pruned at min (see
// Weights.Pruned), without its rare-word model; the lexicons and labels
// are shared with t.
func (t *Tagger) Pruned(min float64) *Tagger {
	q := t.withoutRare()
	q.w = t.w.Pruned(min)
	return q
}
