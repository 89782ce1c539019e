package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/segment"
)

func (a *app) actorsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "inspect the actor knowledge base",
		Args:  args(cobra.NoArgs),
	}
	var date string
	var asJSON bool
	lookup := &cobra.Command{
		Use:   "lookup NAME",
		Short: "explain how a name resolves to actors at a date",
		Long: `lookup shows every knowledge-base entry a name can refer to, and for people the
role in force at --date (the highest office first), or ELI of their country when
out of office.`,
		Example: "  dyad actors lookup Lula --date 2024-05-01\n  dyad actors lookup 'the Kremlin'\n  dyad actors lookup Uribe --date 2024-01-01 --json",
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, names []string) error {
			if date != "" {
				if err := checkDate(date); err != nil {
					return err
				}
			}
			kb, err := actor.LoadKB()
			if err != nil {
				return err
			}
			if asJSON {
				ms := kb.Lookup(names[0], date)
				if ms == nil {
					ms = []actor.Match{}
				}
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(ms)
			}
			fmt.Fprint(a.stdout, kb.Explain(names[0], date))
			return nil
		},
	}
	lookup.Flags().StringVar(&date, "date", "", "date `YYYY-MM-DD` choosing the roles in force (default: all roles)")
	lookup.Flags().BoolVar(&asJSON, "json", false, "print the matches as JSON")

	var dir, out string
	build := &cobra.Command{
		Use:   "build",
		Short: "compile the knowledge base's TSV files into the embedded index",
		Long: `build reads data/kb (hand-written files and the generated ones under data/kb/gen),
validates every row (a malformed or conflicting row fails with file:line) and
writes the compact index that the binary embeds. Rebuild the binary afterwards.
To regenerate data/kb/gen from ../shared/data first:
  go run ./actor/internal/kbgen -shared ../shared/data -out data/kb`,
		Example: "  dyad actors build --dir data/kb --out actor/kb.bin.zst",
		Args:    args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			data, err := actor.CompileKB(dir)
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, data, 0o644); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "dyad: compiled %s into %s (%d bytes)\n", dir, out, len(data))
			return nil
		},
	}
	build.Flags().StringVar(&dir, "dir", "data/kb", "folder of the knowledge base's TSV files")
	build.Flags().StringVar(&out, "out", "actor/kb.bin.zst", "index file to write")
	cmd.AddCommand(lookup, build, a.actorsLearnCmd())
	return cmd
}

func (a *app) actorsLearnCmd() *cobra.Command {
	var in inputFlags
	var outDir string
	var minCount int
	cmd := &cobra.Command{
		Use:   "learn [FILE|DIR|-]...",
		Short: "propose knowledge-base rows for people named with titles in a corpus",
		Long: `learn runs the pipeline up to actor resolution over the inputs and collects the
people named with an explicit title ("Kenyan Foreign Minister Musalia Mudavadi",
"Musalia Mudavadi, Kenya's foreign minister"). It proposes a new person where the
KB does not know the name (two words or more), and a new role where a known
person's KB code at the date differs from the title's. Proposals are aggregated
per (name, country, code) with counts, first and last dates seen and up to three
example sentences, and written in the KB's formats to DIR/persons-learned.tsv and
DIR/roles-learned.tsv for review: copy the rows you accept into data/kb and run
'dyad actors build'. A summary goes to stderr.`,
		Example: "  dyad actors learn corpus/ --out learned/\n  dyad actors learn --min-count 2 --out . news.jsonl.gz",
		Args:    args(cobra.ArbitraryArgs),
		RunE: func(cmd *cobra.Command, paths []string) error {
			if minCount < 1 {
				return usageError{fmt.Errorf("--min-count %d: want 1 or more", minCount)}
			}
			return a.learnActors(cmd.Context(), paths, cmd.InOrStdin(), in, outDir, minCount)
		},
	}
	in.register(cmd)
	cmd.Flags().StringVar(&outDir, "out", ".", "`DIR` to write persons-learned.tsv and roles-learned.tsv to")
	cmd.Flags().IntVar(&minCount, "min-count", 1, "propose only rows seen at least `N` times")
	return cmd
}

// learnActors runs segmentation and actor resolution over the inputs and
// writes the Learner's proposals.
func (a *app) learnActors(ctx context.Context, paths []string, stdin io.Reader, in inputFlags, outDir string, minCount int) error {
	opt, err := in.options()
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	kb, err := actor.LoadKB()
	if err != nil {
		return err
	}
	ner, err := actor.DefaultNER()
	if err != nil {
		return err
	}
	res := actor.NewResolver(kb, ner)
	res.NoCoref = true // titles only: no pronoun needs resolving
	var mu sync.Mutex
	titled := map[*doc.Document][]actor.Titled{}
	stages := []pipeline.Stage{
		pipeline.Func{StageName: "segment", Fn: func(d *doc.Document) error { segment.Segment(d); return nil }},
		pipeline.Func{StageName: "actor", Fn: func(d *doc.Document) error {
			ts := res.ResolveTitled(d)
			mu.Lock()
			titled[d] = ts
			mu.Unlock()
			return nil
		}},
	}
	con := a.newConsole(paths, &opt, stdin)
	learner := actor.NewLearner()
	st, runErr := runStages(ctx, con, paths, opt, in, stages, nil, func(d *doc.Document) error {
		mu.Lock()
		ts := titled[d]
		delete(titled, d)
		mu.Unlock()
		learner.Add(d, ts)
		return nil
	})
	if runErr != nil {
		return runErr
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("learn: %w", err)
	}
	pPath, rPath := filepath.Join(outDir, "persons-learned.tsv"), filepath.Join(outDir, "roles-learned.tsv")
	pf, err := os.Create(pPath)
	if err != nil {
		return fmt.Errorf("learn: %w", err)
	}
	defer pf.Close()
	rf, err := os.Create(rPath)
	if err != nil {
		return fmt.Errorf("learn: %w", err)
	}
	defer rf.Close()
	if err := learner.WriteTSV(pf, rf, minCount); err != nil {
		return fmt.Errorf("learn: %w", err)
	}
	if err := pf.Close(); err != nil {
		return fmt.Errorf("learn: %s: %w", pPath, err)
	}
	if err := rf.Close(); err != nil {
		return fmt.Errorf("learn: %s: %w", rPath, err)
	}
	if !a.quiet {
		fmt.Fprintf(a.stderr, "dyad: learn: %s\ndyad: learn: wrote %s and %s\n", learner.Summary(), pPath, rPath)
	}
	return finish(st, nil)
}
