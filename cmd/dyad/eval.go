package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/eval"
)

var errorsAs = errors.As

func (a *app) evalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "score dyad against gold data",
		Args:  args(cobra.NoArgs),
	}
	cmd.AddCommand(&cobra.Command{
		Use:     "segment GOLD.conllu",
		Short:   "sentence-boundary and token F1 against a CoNLL-U treebank (raw text from its # text lines)",
		Example: "  dyad eval segment ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu",
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			return eval.RunSegmentation(paths[0], a.stdout)
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:     "timex DIR",
		Short:   "TempEval-3 scores (span, type, value) of the temporal tagger on TimeML (.tml) files",
		Example: "  dyad eval timex ../shared/data/timebank-aquaint",
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			return eval.RunTimex(paths[0], a.stdout)
		},
	})
	return cmd
}
