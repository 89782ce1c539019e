package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/eval"
)

// trainQuotesCmd rebuilds quote/cuemodel.tsv, the learned attribution-cue
// detector, from PolNeAR train.
func (a *app) trainQuotesCmd() *cobra.Command {
	var data, out string
	c := &cobra.Command{
		Use:   "quotes",
		Short: "train the learned quote-cue detector on PolNeAR train",
		Long: `quotes runs dyad's stages up to quote attribution over PolNeAR train and
trains the averaged-perceptron cue detector of package quote on its gold cues
(seed 1, 10 epochs); it writes quote/cuemodel.tsv, embedded at the next build.`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			start := time.Now()
			m, err := eval.TrainQuoteModel(filepath.Join(data, "train"))
			if err != nil {
				return fmt.Errorf("train quotes: %w", err)
			}
			if err := saveModel(out, func(w io.Writer) error { return m.WriteTSV(w, eval.QuoteModelHeader) }); err != nil {
				return fmt.Errorf("train quotes: %w", err)
			}
			fmt.Fprintf(a.stderr, "dyad: quote cue model (%d weights) trained in %s, written to %s\n",
				len(m.W), time.Since(start).Round(time.Second), out)
			return nil
		},
	}
	c.Flags().StringVar(&data, "data", "../shared/data/polnear/data", "PolNeAR data folder with train/")
	c.Flags().StringVar(&out, "out", filepath.Join("quote", "cuemodel.tsv"), "file to write the weights into")
	return c
}
