// Package progress draws a one-line progress report on a terminal for long
// runs: documents done, megabytes read, throughput and time left. It draws
// nothing when its writer is not a terminal, so logs and pipes stay clean.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"
)

// Bar reports progress. Its methods are meant to be called from one
// goroutine (the pipeline's sink).
type Bar struct {
	w       io.Writer
	enabled bool
	total   int64 // expected input bytes, 0 when unknown
	start   time.Time
	last    time.Time
	docs    int
	bytes   int64
	width   int // length of the last line drawn, to blank it out
	now     func() time.Time
}

// New returns a bar over w expecting total input bytes (0 if unknown). It is
// enabled only when w is a terminal and quiet is false.
func New(w io.Writer, total int64, quiet bool) *Bar {
	b := &Bar{w: w, total: total, now: time.Now}
	if f, ok := w.(*os.File); ok && !quiet {
		b.enabled = term.IsTerminal(int(f.Fd()))
	}
	b.start = b.now()
	return b
}

// Force turns drawing on or off whatever the writer is (for tests and for
// users who want progress in a log).
func (b *Bar) Force(on bool) { b.enabled = on }

// Add records n more documents and the input bytes behind them, redrawing at
// most five times a second.
func (b *Bar) Add(n int, bytes int64) {
	b.docs += n
	b.bytes += bytes
	if !b.enabled {
		return
	}
	if t := b.now(); t.Sub(b.last) >= 200*time.Millisecond {
		b.last = t
		b.draw()
	}
}

// Docs and Bytes report the totals so far.
func (b *Bar) Docs() int              { return b.docs }
func (b *Bar) Bytes() int64           { return b.bytes }
func (b *Bar) Elapsed() time.Duration { return b.now().Sub(b.start) }

// Clear removes the bar so that a message can be printed on a clean line.
func (b *Bar) Clear() {
	if b.enabled && b.width > 0 {
		fmt.Fprintf(b.w, "\r%s\r", strings.Repeat(" ", b.width))
		b.width = 0
	}
}

// Line formats the current state: "1,204 docs  3.2 MB  1.1 MB/s  48%  ETA 0:03".
func (b *Bar) Line() string {
	el := b.now().Sub(b.start).Seconds()
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s docs  %.1f MB", thousands(b.docs), float64(b.bytes)/1e6)
	if el > 0 {
		fmt.Fprintf(&sb, "  %.1f MB/s  %.0f docs/s", float64(b.bytes)/1e6/el, float64(b.docs)/el)
	}
	if b.total > 0 && b.bytes > 0 {
		frac := float64(b.bytes) / float64(b.total)
		if frac > 1 {
			frac = 1
		}
		left := time.Duration(el*(1/frac-1)) * time.Second
		fmt.Fprintf(&sb, "  %3.0f%%  ETA %s", frac*100, clock(left))
	}
	return sb.String()
}

func (b *Bar) draw() {
	line := b.Line()
	pad := ""
	if len(line) < b.width {
		pad = strings.Repeat(" ", b.width-len(line))
	}
	fmt.Fprintf(b.w, "\r%s%s", line, pad)
	b.width = len(line)
}

func clock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
