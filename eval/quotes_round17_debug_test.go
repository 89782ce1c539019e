package eval

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// round17Names are the cvSwitches of the seventeenth round.
var round17Names = []string{"verbforms", "conjspeech", "transcript"}

func init() {
	cvSwitches["verbforms"] = &quote.VerbForms
	cvSwitches["conjspeech"] = &quote.ConjSpeech
	cvSwitches["transcript"] = &quote.TranscriptLabels
	cvFloats["oblfb"] = &quote.ObliqueFallback
}

// round17Switches sets the switches of the seventeenth round to their
// defaults or off.
func round17Switches(t *testing.T) func(on bool) {
	var sw []*bool
	for _, n := range round17Names {
		sw = append(sw, cvSwitches[n])
	}
	return boolSwitches(t, sw...)
}

// TestQuotesRound17 scores a PolNeAR compartment on one parse with the
// seventeenth round's switches (and ObliqueFallback) all off, all on and
// each one off
// (leave-one-out), and counts the annotation files (and articles) whose
// cue and source F1 rise or fall between all off and all on:
//
//	DYAD_QUOTES_R17=../../shared/data/polnear/data/dev DYAD_QUOTES_CACHE=/tmp/qdev.gob \
//	  go test ./eval -run 'TestQuotesRound17$' -v
//
// Scores only: no error is listed, so that dev can be scored after each
// choice without being read.
func TestQuotesRound17(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R17")
	setBool := round17Switches(t)
	keepObl := quote.ObliqueFallback
	t.Cleanup(func() { quote.ObliqueFallback = keepObl })
	set := func(on bool) {
		setBool(on)
		quote.ObliqueFallback = round16Fallback
		if on {
			quote.ObliqueFallback = keepObl
		}
	}
	score := func() (QuoteScore, []QuoteScore) { return attributeAndScore(bds, docs) }
	line := func(label string, s QuoteScore) { logQuoteScore(t, label, s) }
	set(false)
	off, perOff := score()
	set(true)
	on, perOn := score()
	line("round 17 off", off)
	line("round 17 on", on)
	for _, n := range round17Names {
		p := cvSwitches[n]
		*p = false
		s, _ := score()
		*p = true
		line("without "+n, s)
	}
	quote.ObliqueFallback = round16Fallback
	s, _ := score()
	quote.ObliqueFallback = keepObl
	line("without oblique", s)
	// Per annotation file and per article: F1 up or down.
	type tally struct{ up, down, same int }
	count := func(f func(QuoteScore) OverlapScore) (files, arts tally) {
		artOff, artOn := map[string]*OverlapScore{}, map[string]*OverlapScore{}
		for i, b := range bds {
			a, o := f(perOff[i]), f(perOn[i])
			switch {
			case o.F1() > a.F1()+1e-9:
				files.up++
			case o.F1() < a.F1()-1e-9:
				files.down++
			default:
				files.same++
			}
			for _, m := range []struct {
				to map[string]*OverlapScore
				s  OverlapScore
			}{{artOff, a}, {artOn, o}} {
				x := m.to[b.Name]
				if x == nil {
					x = &OverlapScore{}
					m.to[b.Name] = x
				}
				x.Gold += m.s.Gold
				x.Pred += m.s.Pred
				x.MatchedGold += m.s.MatchedGold
				x.MatchedPred += m.s.MatchedPred
			}
		}
		for n, a := range artOff {
			o := artOn[n]
			switch {
			case o.F1() > a.F1()+1e-9:
				arts.up++
			case o.F1() < a.F1()-1e-9:
				arts.down++
			default:
				arts.same++
			}
		}
		return
	}
	var w strings.Builder
	for _, r := range []struct {
		name string
		f    func(QuoteScore) OverlapScore
	}{{"cue", func(s QuoteScore) OverlapScore { return s.Cue }}, {"source", func(s QuoteScore) OverlapScore { return s.Source }}, {"content", func(s QuoteScore) OverlapScore { return s.Content }}} {
		files, arts := count(r.f)
		fmt.Fprintf(&w, "%s F1, off -> on: annotation files %d up, %d down, %d same; articles %d up, %d down, %d same\n",
			r.name, files.up, files.down, files.same, arts.up, arts.down, arts.same)
	}
	t.Log("\n" + w.String())
}

// TestQuotesBenchRound17 lists what the seventeenth round changes on the
// first DYAD_QUOTES_BENCH bench-news stories, speakers included:
//
//	DYAD_QUOTES_BENCH=600 go test ./eval -run TestQuotesBenchRound17 -v
//
// DYAD_QUOTES_R17_FB=x, DYAD_QUOTES_R17_NS=y and DYAD_QUOTES_R17_OBL=z set
// the detector's fallback threshold, NominalShift and ObliqueFallback of
// the "on" state (the "off" state has the sixteenth round's 5, −5 and 5).
func TestQuotesBenchRound17(t *testing.T) {
	set := round17Switches(t)
	keep := quote.CueFallback
	t.Cleanup(func() { quote.CueFallback = keep })
	keepNS := quote.NominalShift
	t.Cleanup(func() { quote.NominalShift = keepNS })
	on, onNS := keep, keepNS
	if v := os.Getenv("DYAD_QUOTES_R17_FB"); v != "" {
		fmt.Sscan(v, &on)
	}
	if v := os.Getenv("DYAD_QUOTES_R17_NS"); v != "" {
		fmt.Sscan(v, &onNS)
	}
	keepObl := quote.ObliqueFallback
	t.Cleanup(func() { quote.ObliqueFallback = keepObl })
	onObl := keepObl
	if v := os.Getenv("DYAD_QUOTES_R17_OBL"); v != "" {
		fmt.Sscan(v, &onObl)
	}
	benchSwitches(t, "the seventeenth round", "/tmp/quote-bench-round17.txt", func(b bool) {
		set(b)
		quote.CueFallback, quote.NominalShift, quote.ObliqueFallback = round16Fallback, round16Shift, round16Fallback
		if b {
			quote.CueFallback, quote.NominalShift, quote.ObliqueFallback = on, onNS, onObl
		}
	}, true)
}

// round16Fallback is the detector's fallback threshold before the
// seventeenth round.
const round16Fallback = 5.0

// round16Shift is NominalShift before the seventeenth round.
const round16Shift = -5.0
