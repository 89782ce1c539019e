package main

import (
	"bufio"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/doc"
)

func (a *app) codeCmd() *cobra.Command {
	var in inputFlags
	var opt doc.JSONOptions
	cmd := &cobra.Command{
		Use:   "code [FILE|DIR|-]...",
		Short: "code documents and print one JSON object per document (JSON Lines)",
		Long: `code runs the whole pipeline over the inputs and prints one JSON object per
document on stdout, in input order whatever the number of workers. With no
input it reads standard input. Diagnostics go to stderr.

Exit status: 0 when every document was processed, 1 when some input was
rejected (the others are still printed), 2 for a usage error.`,
		Example: "  dyad code examples/\n  dyad code --no-text --date 2025-03-01 story.txt\n  zcat corpus.jsonl.gz | dyad code -",
		Args:    args(cobra.ArbitraryArgs),
		RunE: func(cmd *cobra.Command, paths []string) error {
			w := bufio.NewWriterSize(a.stdout, 1<<16)
			var line []byte
			st, err := a.process(cmd.Context(), paths, cmd.InOrStdin(), in, nil, func(d *doc.Document) error {
				var err error
				line, err = d.AppendJSON(line[:0], opt)
				if err != nil {
					return err
				}
				line = append(line, '\n')
				_, err = w.Write(line)
				return err
			})
			if ferr := w.Flush(); err == nil {
				err = ferr
			}
			a.infof("%s", st)
			return finish(st, err)
		},
	}
	in.register(cmd)
	cmd.Flags().BoolVar(&opt.NoText, "no-text", false, "leave the document text out of the JSON")
	cmd.Flags().BoolVar(&opt.Tokens, "tokens", false, "include tokens (offsets, tags, lemmas, dependencies)")
	return cmd
}
