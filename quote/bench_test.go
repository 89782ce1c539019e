package quote_test

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/quote"
)

// benchStories is how many stories are parsed for the benchmark: parsing is
// slow and happens before the timer, so a slice of the corpus keeps the
// set-up short.
const benchStories = 500

// BenchmarkAttribute measures quote attribution alone on real news already
// segmented, parsed and actor-resolved outside the timer; MB/cpu-s is the
// rate per core:
//
//	go test ./quote -run '^$' -bench Attribute -benchtime 20x
func BenchmarkAttribute(b *testing.B) {
	var docs []*doc.Document
	var n int64
	for _, r := range benchnews.Stories(b, benchStories) {
		docs = append(docs, annotateDated(b, r.Text, r.Date))
		n += int64(len(r.Text))
	}
	quotes := 0
	for _, d := range docs {
		quotes += len(d.Quotes)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	start := benchnews.CPUTime()
	for range b.N {
		for _, d := range docs {
			quote.Attribute(d)
		}
	}
	// The per-core rate: MB/s above is wall time, which a busy machine
	// stretches.
	benchnews.ReportMBPerCPUSecond(b, n, start)
	b.ReportMetric(float64(quotes)/float64(len(docs)), "quotes/doc")
}

// BenchmarkAttributeRound4 compares, in one process over the same parsed
// stories, attribution with the fourth round's switches off and on,
// alternating the two states each pass so that the load of a shared
// machine falls on both alike; it reports each state's MB per CPU-second:
//
//	go test ./quote -run '^$' -bench AttributeRound4 -benchtime 20x
func BenchmarkAttributeRound4(b *testing.B) {
	shift := quote.NominalShift
	benchSwitchesAlternated(b, func(on bool) {
		quote.CurlyShape, quote.SpeechVeto, quote.SourceAround, quote.NounParticiple = on, on, on, on
		quote.NominalShift = 0
		if on {
			quote.NominalShift = shift
		}
	})
}

// benchSwitchesAlternated attributes the same parsed bench-news stories
// with switches set off and on, alternating the two states each pass so
// that the load of a shared machine falls on both alike, and reports each
// state's MB per CPU-second. set(true) must restore the defaults.
func benchSwitchesAlternated(b *testing.B, set func(on bool)) {
	var docs []*doc.Document
	var n int64
	for _, r := range benchnews.Stories(b, benchStories) {
		docs = append(docs, annotateDated(b, r.Text, r.Date))
		n += int64(len(r.Text))
	}
	defer set(true)
	var cpu [2]time.Duration
	b.SetBytes(n)
	b.ResetTimer()
	for i := range b.N {
		for _, on := range []bool{i%2 == 0, i%2 != 0} {
			set(on)
			start := benchnews.CPUTime()
			for _, d := range docs {
				quote.Attribute(d)
			}
			k := 0
			if on {
				k = 1
			}
			cpu[k] += benchnews.CPUTime() - start
		}
	}
	for k, name := range []string{"MB/cpu-s-off", "MB/cpu-s-on"} {
		if cpu[k] > 0 {
			b.ReportMetric(float64(n)*float64(b.N)/1e6/cpu[k].Seconds(), name)
		}
	}
}

// BenchmarkAttributeRound12 compares attribution with the twelfth round
// off (no candidate filter) and on, alternately over the same parsed
// stories:
//
//	go test ./quote -run '^$' -bench AttributeRound12 -benchtime 20x
func BenchmarkAttributeRound12(b *testing.B) {
	benchSwitchesAlternated(b, func(on bool) {
		quote.UseLearnedCues(true)
		quote.PartyOpposition, quote.PlaceInSource, quote.ItClimb, quote.CandidateFilter = on, on, on, on
	})
}

// BenchmarkAttributeRound13 compares attribution with the thirteenth
// round's switches off and on, alternately over the same parsed stories:
//
//	go test ./quote -run '^$' -bench AttributeRound13 -benchtime 20x
func BenchmarkAttributeRound13(b *testing.B) {
	benchSwitchesAlternated(b, func(on bool) {
		quote.UseLearnedCues(true)
		quote.UpFar, quote.DeclineSay, quote.PassiveFeeling, quote.SourceTidy = on, on, on, on
	})
}

// BenchmarkAttributeRound28 compares attribution with session 28's
// switches off and on, alternately over the same parsed stories:
//
//	go test ./quote -run '^$' -bench AttributeRound28 -benchtime 20x
func BenchmarkAttributeRound28(b *testing.B) {
	benchSwitchesAlternated(b, func(on bool) {
		quote.UseLearnedCues(true)
		quote.TrailingLexicon, quote.TrailingAux, quote.ParataxisEnd, quote.AdjClause, quote.NounClause = on, on, on, on, on
	})
}

// BenchmarkScoreBuf compares, in one process over the cue features of
// bench-news stories, the detector's scoring batched as Attribute does it
// with one lookup after another, alternating the two each pass so that the
// load of a shared machine falls on both alike; it reports each one's
// CPU nanoseconds per feature set:
//
//	go test ./quote -run '^$' -bench ScoreBuf -benchtime 20x
func BenchmarkScoreBuf(b *testing.B) {
	var sets []any
	for _, r := range benchnews.Stories(b, 200) {
		sets = append(sets, quote.CueFeatureSets(annotateDated(b, r.Text, r.Date))...)
	}
	var cpu [2]time.Duration
	var sum [2]float64
	b.ResetTimer()
	for i := range b.N {
		for _, batched := range []bool{i%2 == 0, i%2 != 0} {
			k := 0
			if batched {
				k = 1
			}
			start := benchnews.CPUTime()
			for range 10 {
				sum[k] += quote.ScoreCueFeatures(sets, batched)
			}
			cpu[k] += benchnews.CPUTime() - start
		}
	}
	if sum[0] != sum[1] {
		b.Fatalf("batched scores sum to %v, one by one %v", sum[1], sum[0])
	}
	n := float64(b.N * 10 * len(sets))
	b.ReportMetric(float64(cpu[0].Nanoseconds())/n, "ns/set-serial")
	b.ReportMetric(float64(cpu[1].Nanoseconds())/n, "ns/set-batched")
}
