package eval

import (
	"fmt"
	"testing"

	"github.com/dyadproject/dyad/geo"
)

// TestGeoHalves scores weight variants on the two halves of the GeoVirus
// dev split (dev-a: article index mod 4 = 0, dev-b: mod 4 = 2), to check
// that a choice made on one half carries over to the other (set
// DYAD_GEO_HALVES=1). The test split is never read.
func TestGeoHalves(t *testing.T) {
	halves, ann := geoSplitsUpstream(t, "DYAD_GEO_HALVES",
		"set DYAD_GEO_HALVES=1 to score weight variants on the halves of GeoVirus dev", "dev-a", "dev-b")
	g, _ := geo.Load()
	tg := geo.NewTagger(g)
	for _, v := range geoVariants() {
		tg.W = v.w
		line := v.name
		for h := range halves {
			var s GeoScore
			for i, d := range ann[h] {
				tg.Tag(d)
				s.ScoreGeoDoc(g, halves[h][i].Gold, d.Places)
			}
			line += fmt.Sprintf("\t%s F1 %.2f acc %.2f ctry %.2f", []string{"dev-a", "dev-b"}[h],
				100*s.Toponyms.F1(), 100*s.Acc161(), 100*s.CountryAcc())
		}
		fmt.Println(line)
	}
}

type geoVariant struct {
	name string
	w    geo.Weights
}

// geoVariants are the weights compared by TestGeoHalves.
func geoVariants() []geoVariant {
	var vs []geoVariant
	for _, dc := range []float64{3, 4, 5} {
		for _, a2 := range []float64{-1, 0} {
			for _, wp := range []int64{50000, 100000, 200000} {
				for _, da := range []float64{1, 2} {
					w := geo.DefaultWeights
					w.DocCtry, w.Admin2, w.WeakPop, w.DocAdmin1 = dc, a2, wp, da
					vs = append(vs, geoVariant{fmt.Sprintf("DocCtry=%g Admin2=%g WeakPop=%d DocAdmin1=%g", dc, a2, wp, da), w})
				}
			}
		}
	}
	return vs
}
