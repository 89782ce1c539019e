package eval

import (
	"fmt"
	"os"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/geo"
)

// TestGeoTune searches the tagger's weights on the GeoVirus dev split (set
// DYAD_GEO_TUNE=1); the test split is never read.
func TestGeoTune(t *testing.T) {
	gold, upstream := geoSplitsUpstream(t, "DYAD_GEO_TUNE",
		"set DYAD_GEO_TUNE=1 to search the geoparser's weights on GeoVirus dev", "dev")
	dev, ann := gold[0], upstream[0]
	g, _ := geo.Load()
	tg := geo.NewTagger(g)
	best, bestW := -1.0, tg.W
	for _, a1 := range []float64{0, 1, 2} {
		for _, cap := range []float64{1.5, 2.5, 3.5} {
			for _, seat := range []float64{0.5, 1.5} {
				for _, dc := range []float64{3, 4, 5} {
					w := geo.DefaultWeights
					w.Admin1, w.Capital, w.AdminSeat, w.DocCtry = a1, cap, seat, dc
					tg.W = w
					var s GeoScore
					for i, d := range ann {
						tg.Tag(d)
						s.ScoreGeoDoc(g, dev[i].Gold, d.Places)
					}
					obj := s.Toponyms.F1() + s.Acc161()
					fmt.Printf("%.4f F1 %.2f acc %.2f ctry %.2f %+v\n", obj, 100*s.Toponyms.F1(), 100*s.Acc161(), 100*s.CountryAcc(), w)
					if obj > best {
						best, bestW = obj, w
					}
				}
			}
		}
	}
	fmt.Printf("best %+v\n", bestW)
}

// geoSplitsUpstream reads GeoVirus and runs the stages before geo over the
// articles of each split, for the weight-search tests; it skips with why
// unless the environment variable env is set. The test split is never
// asked for.
func geoSplitsUpstream(t *testing.T, env, why string, splits ...string) ([][]GeoDoc, [][]*doc.Document) {
	t.Helper()
	if os.Getenv(env) == "" {
		t.Skip(why)
	}
	docs := geoVirusDocs(t)
	stages, err := GeoStages()
	if err != nil {
		t.Fatal(err)
	}
	gold := make([][]GeoDoc, len(splits))
	ann := make([][]*doc.Document, len(splits))
	for h, split := range splits {
		gold[h], _ = SplitGeoDocs(docs, split)
		for _, gd := range gold[h] {
			d := &doc.Document{Text: gd.Text}
			for _, st := range stages {
				if err := st.Process(d); err != nil {
					t.Fatal(err)
				}
			}
			ann[h] = append(ann[h], d)
		}
	}
	return gold, ann
}
