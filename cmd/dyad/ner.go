package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

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
	return a.evalOnPath("ner GOLD",
		"exact-match entity P/R/F1 (PER, ORG, LOC; GPE counted as LOC) on a CoNLL/IOB file",
		"  dyad eval ner ../shared/data/uner-english-ewt/en_ewt-ud-test.iob2",
		eval.RunNER)
}

// trainNERCmd is `dyad train ner`: the shipped recipe (actor.DefaultNERTraining,
// fixed seed), written to --out/ner.bin.zst.
func (a *app) trainNERCmd() *cobra.Command {
	var shared, repo, out string
	var dev bool
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "train the named-entity recogniser (GUM, UNER-EWT dev, WNUT-17, data/ner; fixed seed)",
		Long: `ner trains the recogniser with the shipped recipe (see docs/NER.md): GUM
coreference entities converted (the 12 held-out news documents never read),
UNER-EWT dev, WNUT-17, dyad's own sentences in data/ner, the gazetteers in
data/ner/gazetteer and raw text for word statistics. It writes ner.bin.zst into
--out. With --dev the development material (12 GUM news documents and
UNER-EWT dev) stays out, as when features were chosen. Rebuild the binary to
embed the model.`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, o := actor.DefaultNERTraining(shared, repo, !dev)
			o.Log = a.stderr
			start := time.Now()
			m, summary, err := actor.TrainNERFromCorpora(c, o)
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			if err := saveModel(filepath.Join(out, "ner.bin.zst"), m.Save); err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			fmt.Fprintf(a.stderr, "dyad: NER trained in %s on %s\n", time.Since(start).Round(time.Second), summary)
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared/data", "the shared data folder (gum-coref, uner-english-ewt, wnut17, bench-news, …)")
	cmd.Flags().StringVar(&repo, "repo", ".", "the repository root (for data/ner)")
	cmd.Flags().StringVar(&out, "out", "model", "folder to write ner.bin.zst into")
	cmd.Flags().BoolVar(&dev, "dev", false, "leave the development material out (the development model)")
	return cmd
}
