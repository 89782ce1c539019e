// Command dyad codes political events in news text. This package only parses
// flags and calls into the packages that do the work.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

// version is the release name, set at build time with
// -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Exit statuses (CONTRACT.md §1).
const (
	exitOK       = 0
	exitRejected = 1 // some input was rejected; the rest was processed
	exitUsage    = 2
	exitSignal   = 130
)

// usageError marks a mistake in the command line, which exits with status 2.
type usageError struct{ error }

// rejectedError says the run finished but some inputs were rejected.
type rejectedError struct{ n int }

func (e rejectedError) Error() string { return fmt.Sprintf("%d input(s) rejected", e.n) }

// app holds what every subcommand shares: where to write, and how much.
type app struct {
	stdout, stderr io.Writer
	quiet, verbose bool
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C or SIGTERM lets the documents under way finish and
	// the store commit; a second one ends the process at once (the default
	// handling, restored here), for a document that does not finish.
	go func() {
		<-ctx.Done()
		stop()
	}()
	stopProfile := startProfile(os.Getenv("DYAD_CPUPROFILE"), os.Stderr)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stopProfile()
	stop()
	os.Exit(code)
}

// startProfile writes a CPU profile of the whole run to path when it is set
// (DYAD_CPUPROFILE, for measuring; see docs/MEASURES.md) and returns the
// function that ends it.
func startProfile(path string, stderr io.Writer) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(stderr, "dyad: cpu profile: %v\n", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(stderr, "dyad: cpu profile: %v\n", err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(stderr, "dyad: cpu profile: %v\n", err)
		}
	}
}

// run executes one command line and returns the exit status; tests call it
// directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err != nil && strings.HasPrefix(err.Error(), "unknown command") {
		err = usageError{err} // cobra reports these as plain errors
	}
	var rej rejectedError
	var use usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &rej):
		return exitRejected
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "dyad: interrupted")
		return exitSignal
	case errors.As(err, &use):
		fmt.Fprintf(stderr, "dyad: %v\nRun 'dyad --help' for usage.\n", err)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "dyad: %v\n", err)
		return exitRejected
	}
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "dyad",
		Short: "dyad codes political events (who did what to whom, when, where) in news text",
		Long: `dyad reads news articles and codes the political events they report in CAMEO and
PLOVER, with source and target actors, dates, places, quotes and provenance.

Inputs are files, directories (walked recursively) or - for standard input, in any
of the contract's forms: text with a header, text with a date prefix, JSON Lines,
HTML, each optionally gzip-compressed.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().BoolVarP(&a.quiet, "quiet", "q", false, "print only errors on stderr (no progress, no warnings)")
	root.PersistentFlags().BoolVarP(&a.verbose, "verbose", "v", false, "print a line per document and a summary on stderr")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(a.codeCmd(), a.ingestCmd(), a.eventsCmd(), a.quotesCmd(), a.serveCmd(), a.evalCmd(), a.actorsCmd(), a.parseCmd(), a.trainCmd(), a.nerCmd())
	return root
}

// args wraps a cobra positional-argument check so its failure is a usage error.
func args(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		if err := check(cmd, a); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// warnf prints a diagnostic unless --quiet.
func (a *app) warnf(format string, v ...any) {
	if !a.quiet {
		fmt.Fprintf(a.stderr, "dyad: warning: "+format+"\n", v...)
	}
}

// errorf prints an error about one input; errors are printed even with --quiet.
func (a *app) errorf(format string, v ...any) {
	fmt.Fprintf(a.stderr, "dyad: error: "+format+"\n", v...)
}

// infof prints with --verbose only.
func (a *app) infof(format string, v ...any) {
	if a.verbose && !a.quiet {
		fmt.Fprintf(a.stderr, "dyad: "+format+"\n", v...)
	}
}
