package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/hugepage"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/progress"
	"github.com/dyadproject/dyad/read"
)

// inputFlags are the flags of every command that reads documents.
type inputFlags struct {
	date     string
	maxBytes string
	jobs     int
	timeout  time.Duration
	stages   pipeline.Options
}

func (f *inputFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.date, "date", "", "publication date `YYYY-MM-DD` for documents that have none")
	cmd.Flags().StringVar(&f.maxBytes, "max-bytes", "10MB", "reject documents larger than this (bytes, or with KB, MB, GB)")
	cmd.Flags().IntVarP(&f.jobs, "jobs", "j", 0, "documents processed in parallel (default: number of cores)")
	cmd.Flags().DurationVar(&f.timeout, "doc-timeout", 10*time.Minute, "leave out, with an error, a document still in one stage after this long (0: wait for ever); a warning names it after a minute")
	cmd.Flags().StringArrayVar(&f.stages.Patterns, "patterns", nil, "event pattern `FILE` (dyad format or PETRARCH verb dictionary) added to the built-in patterns; repeatable")
	cmd.Flags().BoolVar(&f.stages.OnlyPatterns, "only-patterns", false, "use the --patterns files instead of the built-in patterns")
}

func (f *inputFlags) options() (read.Options, error) {
	var o read.Options
	if f.date != "" {
		if err := checkDate(f.date); err != nil {
			return o, err
		}
		o.Date = f.date
	}
	n, err := parseSize(f.maxBytes)
	if err != nil {
		return o, usageError{fmt.Errorf("--max-bytes: %v", err)}
	}
	o.MaxBytes = n
	if f.stages.OnlyPatterns && len(f.stages.Patterns) == 0 {
		return o, usageError{fmt.Errorf("--only-patterns needs at least one --patterns file")}
	}
	if f.timeout < 0 {
		return o, usageError{fmt.Errorf("--doc-timeout %s: want a positive duration such as 10m, or 0 for none", f.timeout)}
	}
	if f.jobs < 0 {
		return o, usageError{fmt.Errorf("--jobs %d: want 1 or more (0 = number of cores)", f.jobs)}
	}
	return o, nil
}

// checkDate makes a malformed --date a usage error.
func checkDate(date string) error {
	if _, err := time.Parse("2006-01-02", date); err != nil {
		return usageError{fmt.Errorf("--date %q: want YYYY-MM-DD", date)}
	}
	return nil
}

// parseSize reads "1048576", "512KB", "10MB" or "1GB" (powers of 1024).
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		m      int64
	}{{"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.m
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size (try 10MB)", s)
	}
	return n * mult, nil
}

// console serialises everything written to stderr during a run, so that
// warnings from the reader and the progress bar do not tear each other.
type console struct {
	mu  sync.Mutex
	a   *app
	bar *progress.Bar
}

func (c *console) warn(format string, v ...any) {
	if c.a.quiet {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.bar.Clear()
	c.a.warnf(format, v...)
}

func (c *console) error(format string, v ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.bar.Clear()
	c.a.errorf(format, v...)
}

func (c *console) info(format string, v ...any) {
	if !c.a.verbose || c.a.quiet {
		return // clearing the bar for nothing would make it flicker
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.bar.Clear()
	c.a.infof(format, v...)
}

func (c *console) add(n int, bytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.bar.Add(n, bytes)
}

// runStats counts what a run did with its inputs.
type runStats struct {
	done, rejected, skipped int
	bytes                   int64
	elapsed                 time.Duration
}

func (s runStats) String() string {
	secs := s.elapsed.Seconds()
	rate := ""
	if secs > 0 {
		rate = fmt.Sprintf(", %.0f docs/s, %.1f MB/s", float64(s.done+s.skipped)/secs, float64(s.bytes)/1e6/secs)
	}
	return fmt.Sprintf("%d documents processed, %d unchanged and skipped, %d rejected in %.2fs%s",
		s.done, s.skipped, s.rejected, secs, rate)
}

// process reads every input, runs the standard pipeline over it and hands
// each coded document to sink, in input order. skip, when not nil, may drop a
// document before any work is spent on it (an unchanged re-ingest).
func (a *app) process(ctx context.Context, paths []string, stdin io.Reader, in inputFlags,
	skip func(*doc.Document) (bool, error), sink func(*doc.Document) error) (runStats, error) {
	opt, err := in.options()
	if err != nil {
		return runStats{}, err
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	con := a.newConsole(paths, &opt, stdin)
	// The models and every document's layers on huge pages (fewer page
	// faults and TLB misses; DYAD_HUGEPAGES=0 leaves them out).
	hugepage.ReserveHeap()
	stages, err := pipeline.Standard(in.stages)
	if err != nil {
		return runStats{}, err
	}
	return runStages(ctx, con, paths, opt, in, stages, skip, func(d *doc.Document) error {
		if err := sink(d); err != nil {
			return err
		}
		con.info("%s: id %s, %d sentences, %d events", d.Origin, d.ID, len(d.Sentences), len(d.Events))
		return nil
	})
}

// newConsole is the progress bar and messages of a run over paths; it sets
// opt to warn through it and to read "-" from stdin.
func (a *app) newConsole(paths []string, opt *read.Options, stdin io.Reader) *console {
	con := &console{a: a, bar: progress.New(a.stderr, read.TotalBytes(paths), a.quiet)}
	opt.Warn = func(w read.Warning) { con.warn("%s", w) }
	opt.Stdin = stdin
	return con
}

// runStages reads every input with opt, runs stages over it with jobs
// workers (in.jobs) and hands each document to sink, in input order; a
// rejected input is reported on con and counted, and the run goes on, as it
// does past a document still in one stage after in.timeout (warned of
// after a minute, or half the timeout if that is shorter). skip, when not
// nil, may drop a document before any work is spent on it.
func runStages(ctx context.Context, con *console, paths []string, opt read.Options, in inputFlags, stages []pipeline.Stage,
	skip func(*doc.Document) (bool, error), sink func(*doc.Document) error) (runStats, error) {
	var st runStats
	p := &pipeline.Pipeline{Stages: stages, Workers: in.jobs, Timeout: in.timeout, SlowAfter: pipeline.DefaultSlowAfter,
		OnSlow: func(d *doc.Document, stage string, elapsed time.Duration) {
			con.warn("%s (id %s): still in stage %s after %s (a second Ctrl-C ends the run)",
				d.Origin, d.ID, stage, elapsed.Round(time.Second))
		}}
	if in.timeout > 0 && in.timeout/2 < p.SlowAfter {
		p.SlowAfter = in.timeout / 2
	}
	src := func(emit func(pipeline.Job) error) error {
		return read.Walk(ctx, paths, opt, func(it read.Item) error {
			if it.Err != nil {
				return emit(pipeline.Job{Err: it.Err, Bytes: it.Bytes})
			}
			if skip != nil {
				drop, err := skip(it.Doc)
				if err != nil {
					return err
				}
				if drop {
					st.skipped++ // only the source goroutine touches skipped
					con.add(0, it.Bytes)
					return nil
				}
			}
			return emit(pipeline.Job{Doc: it.Doc, Bytes: it.Bytes})
		})
	}
	runErr := p.Run(ctx, src, func(j pipeline.Job) error {
		con.add(1, j.Bytes)
		if j.Err != nil {
			st.rejected++
			var re *read.Error
			if errors.As(j.Err, &re) || j.Doc == nil {
				con.error("%v", j.Err)
			} else {
				con.error("%s (id %s): %v", j.Doc.Origin, j.Doc.ID, j.Err)
			}
			return nil
		}
		if err := sink(j.Doc); err != nil {
			return err
		}
		st.done++
		return nil
	})
	con.mu.Lock()
	con.bar.Clear()
	st.bytes, st.elapsed = con.bar.Bytes(), con.bar.Elapsed()
	con.mu.Unlock()
	return st, runErr
}

// finish turns a run's outcome into the command's error: rejected inputs
// give exit status 1 after everything else was processed.
func finish(st runStats, err error) error {
	if err != nil {
		return err
	}
	if st.rejected > 0 {
		return rejectedError{st.rejected}
	}
	return nil
}
