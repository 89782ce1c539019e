package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/actor"
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
		Example: "  dyad actors build --dir data/kb --out actor/kb.bin.gz",
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
	build.Flags().StringVar(&out, "out", "actor/kb.bin.gz", "index file to write")
	cmd.AddCommand(lookup, build)
	return cmd
}
