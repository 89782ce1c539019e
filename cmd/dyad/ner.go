package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/eval"
)

func (a *app) nerCmd() *cobra.Command {
	var conll string
	cmd := &cobra.Command{
		Use:   "ner --conll FILE",
		Short: "tag named entities on given tokens; print token<TAB>BIO-tag lines",
		Long: `ner reads sentences whose tokens are given (first column = token, one token a
line, a blank line between sentences; other columns ignored) and prints each
token with its BIO tag over PER, ORG, LOC, GPE, NORP and MISC.`,
		Example: "  dyad ner --conll tokens.conll > tagged.conll",
		Args:    args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if conll == "" {
				return usageError{fmt.Errorf("--conll FILE is required")}
			}
			f, err := os.Open(conll)
			if err != nil {
				return err
			}
			defer f.Close()
			n, err := actor.DefaultNER()
			if err != nil {
				return err
			}
			return eval.WriteCoNLL(f, a.stdout, n)
		},
	}
	cmd.Flags().StringVar(&conll, "conll", "", "tokens to tag, CoNLL `FILE`")
	return cmd
}

func (a *app) evalNERCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "ner GOLD",
		Short:   "exact-match entity P/R/F1 (PER, ORG, LOC; GPE counted as LOC) on a CoNLL/IOB file",
		Example: "  dyad eval ner ../shared/data/uner-english-ewt/en_ewt-ud-test.iob2",
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			return eval.RunNER(paths[0], a.stdout)
		},
	}
}
