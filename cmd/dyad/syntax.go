package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/syntax"
)

func (a *app) parseCmd() *cobra.Command {
	var given string
	var in inputFlags
	cmd := &cobra.Command{
		Use:   "parse [FILE|DIR|-]...",
		Short: "tag, lemmatize and parse; print CoNLL-U",
		Long: `parse prints CoNLL-U with predicted UPOS, XPOS, LEMMA, HEAD and DEPREL.
With --conllu FILE the sentences and tokens are taken from FILE (its other
columns are replaced; comments, multiword tokens and MISC are kept). Otherwise
the inputs are read as by 'dyad code' and segmented by dyad.`,
		Example: "  dyad parse --conllu gold.conllu > predicted.conllu\n  echo 'Ghana and Togo signed the pact.' | dyad parse",
		Args:    args(cobra.ArbitraryArgs),
		RunE: func(cmd *cobra.Command, paths []string) error {
			m, err := syntax.Embedded()
			if err != nil {
				return err
			}
			w := bufio.NewWriter(a.stdout)
			defer w.Flush()
			if given != "" {
				if len(paths) > 0 {
					return usageError{fmt.Errorf("--conllu takes its sentences from the file; drop the other arguments")}
				}
				ss, err := conllu.ReadFile(given)
				if err != nil {
					return err
				}
				words := make([]string, 0, 64)
				for i := range ss {
					s := &ss[i]
					words = words[:0]
					for _, wd := range s.Words {
						words = append(words, wd.Form)
					}
					p := m.AnnotateWords(words)
					for j := range s.Words {
						wd := &s.Words[j]
						wd.UPOS, wd.XPOS, wd.Lemma, wd.Head, wd.Deprel = p.UPOS[j], p.XPOS[j], p.Lemmas[j], p.Heads[j], p.Deprels[j]
						wd.Feats, wd.Deps = "_", "_"
					}
				}
				return conllu.Write(w, ss)
			}
			var out []conllu.Sentence
			st, err := a.process(cmd.Context(), paths, cmd.InOrStdin(), in, nil, func(d *doc.Document) error {
				out = documentCoNLLU(d, out[:0])
				return conllu.Write(w, out)
			})
			return finish(st, err)
		},
	}
	in.register(cmd)
	cmd.Flags().StringVar(&given, "conllu", "", "take sentences and tokens from this CoNLL-U `FILE`")
	return cmd
}

// documentCoNLLU turns a coded document into CoNLL-U sentences, with the
// sentence text and the document id in comments and SpaceAfter=No where
// the text has no space between two tokens.
func documentCoNLLU(d *doc.Document, out []conllu.Sentence) []conllu.Sentence {
	for si, s := range d.Sentences {
		cs := conllu.Sentence{Comments: []string{
			"sent_id = " + d.ID + "-" + strconv.Itoa(si+1),
			"text = " + d.Text[s.Start:s.End],
		}}
		if si == 0 {
			cs.Comments = append([]string{"newdoc id = " + d.ID}, cs.Comments...)
		}
		for i := s.TokenStart; i < s.TokenEnd; i++ {
			t := d.Tokens[i]
			head := 0
			if t.Head >= 0 {
				head = t.Head - s.TokenStart + 1
			}
			misc := "_"
			if i+1 < s.TokenEnd && d.Tokens[i+1].Start == t.End {
				misc = "SpaceAfter=No"
			}
			cs.Words = append(cs.Words, conllu.Word{ID: i - s.TokenStart + 1, Form: d.Text[t.Start:t.End],
				Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Feats: "_", Head: head, Deprel: t.Deprel, Deps: "_", Misc: misc})
		}
		out = append(out, cs)
	}
	return out
}

func (a *app) evalSyntaxCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "syntax GOLD.conllu",
		Short:   "UPOS, XPOS, lemma accuracy, UAS and LAS on given tokens",
		Example: "  dyad eval syntax ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu",
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			m, err := syntax.Embedded()
			if err != nil {
				return err
			}
			return eval.RunSyntax(paths[0], m, a.stdout)
		},
	}
}

func (a *app) trainCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "rebuild a trained model from its training data (fixed seed)",
		Args:  args(cobra.NoArgs),
	}
	var data, out, wordnet string
	var goldTags bool
	// trainDev reads the EWT train and dev splits from --data.
	trainDev := func() (train, dev []conllu.Sentence, err error) {
		if train, err = conllu.ReadFile(filepath.Join(data, "en_ewt-ud-train.conllu")); err != nil {
			return nil, nil, err
		}
		dev, err = conllu.ReadFile(filepath.Join(data, "en_ewt-ud-dev.conllu"))
		return train, dev, err
	}
	// trainLemmatizer trains the shipped lemmatizer on train, with WordNet's
	// verbs from --wordnet.
	trainLemmatizer := func(train []conllu.Sentence) (*syntax.Lemmatizer, error) {
		opt, err := syntax.ShippedLemmaOptions(wordnet)
		if err != nil {
			return nil, err
		}
		return syntax.TrainLemmatizer(train, opt)
	}
	tagger := &cobra.Command{
		Use:   "tagger",
		Short: "train the part-of-speech tagger and lemmatizer on UD English EWT",
		Long: `tagger trains on EWT train, chooses on EWT dev, and writes tagger.bin.zst and
lemma.bin.zst into --out (the shipped models, see model/tagger.txt). Rebuild the
binary to embed them. The tagger carries a second model for unseen words,
trained with word-lexicon features from WordNet 3.0 (--wordnet, the Debian
package wordnet-base); --wordnet "" trains the tagger without it. The
lemmatizer takes WordNet's verbs from there too (see "dyad train lemmatizer").`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			train, dev, err := trainDev()
			if err != nil {
				return err
			}
			var opt syntax.TrainOptions
			if wordnet != "" {
				if opt, err = syntax.ShippedTaggerOptions(wordnet); err != nil {
					return err
				}
			}
			start := time.Now()
			t, err := syntax.TrainTagger(train, dev, opt, a.stderr)
			if err != nil {
				return err
			}
			l, err := trainLemmatizer(train)
			if err != nil {
				return err
			}
			if err := saveModel(filepath.Join(out, "tagger.bin.zst"), t.Save); err != nil {
				return err
			}
			if err := saveModel(filepath.Join(out, "lemma.bin.zst"), l.Save); err != nil {
				return err
			}
			sc := syntax.EvalTaggerScores(t, l, dev)
			fmt.Fprintf(a.stderr, "dyad: tagger trained in %s; dev UPOS %.2f XPOS %.2f lemma %.2f\n",
				time.Since(start).Round(time.Second), 100*sc.UPOS, 100*sc.XPOS, 100*sc.Lemma)
			return nil
		},
	}
	lemmatizer := &cobra.Command{
		Use:   "lemmatizer",
		Short: "train the lemmatizer alone on UD English EWT",
		Long: `lemmatizer trains on EWT train and writes lemma.bin.zst into --out (the
shipped lemmatizer, see model/tagger.txt; "dyad train tagger" writes the same
file). Its verb step knows the one-word verbs of WordNet 3.0's index.verb
(--wordnet, the Debian package wordnet-base) besides the verbs of train;
--wordnet "" trains without them. Rebuild the binary to embed it.`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			train, dev, err := trainDev()
			if err != nil {
				return err
			}
			l, err := trainLemmatizer(train)
			if err != nil {
				return err
			}
			if err := saveModel(filepath.Join(out, "lemma.bin.zst"), l.Save); err != nil {
				return err
			}
			sc := syntax.EvalTaggerScores(nil, l, dev)
			fmt.Fprintf(a.stderr, "dyad: lemmatizer trained; dev lemma with gold tags %.2f\n", 100*sc.LemmaGoldTags)
			return nil
		},
	}
	parser := &cobra.Command{
		Use:   "parser",
		Short: "train the dependency parser on UD English EWT",
		Long: `parser trains on EWT train with jackknifed predicted tags and lemmas: 5
folds (seed 1), each tagged and lemmatized by a tagger and lemmatizer trained
on the other four; every sentence is trained on twice, with its gold and its
predicted tags. Word clusters (64 and 256 classes) are learnt from the words
of train plus the WNUT-17 and WikiANN train splits beside the treebank
(../wnut17, ../wikiann-en). 8 epochs, the best kept by EWT dev LAS with dev
tagged by the embedded tagger and lemmatizer. Writes parser.bin.zst into --out
(the shipped model, see model/parser.txt). Rebuild the binary to embed it.

With --gold-tags it trains on gold tags only and chooses the epoch with gold
dev tags (the model shipped before, 20 epochs).`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			train, dev, err := trainDev()
			if err != nil {
				return err
			}
			start := time.Now()
			var p *syntax.Parser
			if goldTags {
				p, err = syntax.TrainParser(train, dev, syntax.ParserTrainOptions{}, a.stderr)
			} else {
				m, merr := syntax.Embedded()
				if merr != nil {
					return merr
				}
				opt := syntax.ShippedParserJackknifeOptions
				if len(opt.Clusters) > 0 {
					// The word clusters' extra text lies beside the treebank.
					opt.ClusterText, err = syntax.ReadParserClusterText(filepath.Dir(filepath.Clean(data)))
					if err != nil {
						return err
					}
				}
				p, err = syntax.TrainParserJackknife(train, dev, m.Tagger, m.Lemma,
					syntax.ShippedJackknifeOptions, opt, a.stderr)
			}
			if err != nil {
				return err
			}
			if err := saveModel(filepath.Join(out, "parser.bin.zst"), p.Save); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "dyad: parser trained in %s\n", time.Since(start).Round(time.Second))
			return nil
		},
	}
	tagger.Flags().StringVar(&wordnet, "wordnet", "/usr/share/wordnet", "WordNet database `DIR` (index.noun, …) for the rare-word model's lexicon and the lemmatizer's verbs; empty for none")
	lemmatizer.Flags().StringVar(&wordnet, "wordnet", "/usr/share/wordnet", "WordNet database `DIR` (index.verb) for the lemmatizer's verbs; empty for none")
	parser.Flags().BoolVar(&goldTags, "gold-tags", false, "train on gold tags only, epoch chosen with gold dev tags (the model shipped before)")
	for _, c := range []*cobra.Command{tagger, lemmatizer, parser} {
		c.Flags().StringVar(&data, "data", "../shared/data/ud-english-ewt", "folder with en_ewt-ud-{train,dev}.conllu")
		c.Flags().StringVar(&out, "out", "model", "folder to write the model files into")
		cmd.AddCommand(c)
	}
	cmd.AddCommand(a.trainNERCmd())
	cmd.AddCommand(a.trainQuotesCmd())
	return cmd
}

// saveModel writes a model file through a temporary name, so that an
// interrupted training never leaves a truncated model behind.
func saveModel(path string, save func(w io.Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := save(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
