package actor

// Averaging saved recognisers: one model whose weights are the mean of
// several trainings that differ only in their shuffling seeds. Within one
// training NERTrainOptions.Runs does the same before quantising; AverageNER
// does it afterwards, for trainings run at different times (each a saved
// file), so that K trainings can be combined without training them again.

import (
	"fmt"
	"maps"
	"slices"
)

// AverageNER returns a model whose feature and transition weights are the
// means of those of models (a weight a model lacks counts as 0), with means
// below the training's default Prune (0.02) dropped as training drops them,
// quantised again at 16 bits. The models must share everything but the weights:
// labels, feature templates, word statistics (capitalisation rates and
// clusters), gazetteers and KB names, as trainings with different seeds of
// one recipe (or with borrowed word statistics) do; otherwise their
// feature spaces differ and the mean would mix unrelated features, so it
// is an error. The result takes the first model's KB, document-pass
// settings and span repairs; info, when not empty, is its Info. Averaging
// one model re-quantises it (the same weights up to rounding).
func AverageNER(models []*NER, info string) (*NER, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("ner average: no models")
	}
	a := models[0]
	for i, m := range models[1:] {
		if err := sameNERSpace(a, m); err != nil {
			return nil, fmt.Errorf("ner average: model %d differs from model 1: %w", i+2, err)
		}
	}
	nl := a.nl
	// Union of the feature keys, in order; each key's weights summed.
	sum := map[uint32][]float64{}
	for _, m := range models {
		for i, k := range m.keys {
			row := sum[k]
			if row == nil {
				row = make([]float64, nl)
				sum[k] = row
			}
			for p := m.offs[i]; p < m.offs[i+1]; p++ {
				row[m.plab[p]] += float64(m.pq[p]) * float64(m.scale)
			}
		}
	}
	k := float64(len(models))
	rows := nerRows{offs: []uint32{0}}
	mean := make([]float32, nl)
	for _, key := range slices.Sorted(maps.Keys(sum)) {
		for l, v := range sum[key] {
			mean[l] = float32(v / k)
		}
		rows.add(key, mean, nerDefaultPrune)
	}
	trans := make([]float32, len(a.trans))
	for i := range trans {
		var s float64
		for _, m := range models {
			s += float64(m.trans[i]) * float64(m.scale)
		}
		trans[i] = float32(s / k)
	}
	out := &NER{kb: a.kb, feats: a.feats, lcRate: a.lcRate, clusters: a.clusters, places: a.places,
		placeStart: a.placeStart, names: a.names, stage1: a.stage1, Info: a.Info,
		DocPass: a.DocPass, SpanFix: a.SpanFix}
	out.initLabels(a.types)
	out.quantise(rows.keys, rows.offs, rows.plab, rows.pw, trans)
	if info != "" {
		out.Info = info
	}
	return out, nil
}

// sameNERSpace reports how b's feature space differs from a's, or nil.
func sameNERSpace(a, b *NER) error {
	switch {
	case !slices.Equal(a.labels, b.labels):
		return fmt.Errorf("labels %v, %v", a.labels, b.labels)
	case a.feats != b.feats:
		return fmt.Errorf("feature templates %#x, %#x", a.feats, b.feats)
	case a.stage1 != nil || b.stage1 != nil:
		return fmt.Errorf("a stacked (two-stage) model cannot be averaged")
	case !maps.Equal(a.lcRate, b.lcRate):
		return fmt.Errorf("capitalisation rates differ (learn them once: NERTrainOptions.WordStats)")
	case !maps.Equal(a.clusters, b.clusters):
		return fmt.Errorf("word clusters differ (learn them once: NERTrainOptions.WordStats)")
	case !maps.Equal(a.places, b.places) || !maps.Equal(a.placeStart, b.placeStart) || !maps.Equal(a.names, b.names):
		return fmt.Errorf("gazetteers differ")
	case !sameKBNames(a.kb, b.kb):
		return fmt.Errorf("KB names differ")
	}
	return nil
}

// sameKBNames reports whether two gazetteer KBs hold the same names (the
// lines a model file stores).
func sameKBNames(a, b *KB) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return false
	}
	return slices.Equal(a.NERNameLines(), b.NERNameLines())
}
