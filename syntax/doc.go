// Package syntax is dyad's syntax stage: part-of-speech tagging (UPOS and
// Penn XPOS), lemmatisation and dependency parsing of tokenised sentences,
// in pure Go, with models trained on UD English EWT and embedded in the
// binary.
//
// The tagger (Tagger, TrainTagger, LoadTagger) is a greedy averaged
// perceptron over hashed features that predicts the joint label
// "UPOS|XPOS". It reads a sentence left to right and right to left, then
// once more left to right with both first passes' tags in view. The
// lemmatizer (Lemmatizer, TrainLemmatizer, LoadLemmatizer) combines
// dictionaries learned from the treebank, hand tables of irregular English
// forms, a verb step for unseen regular verb forms (spelling rules and known
// verbs, WordNet's among them) and learned suffix rules. EvalTagger scores
// both against a gold treebank.
//
// Perceptron and Weights are a shared averaged-perceptron weight store:
// training rows keyed by 64-bit feature hashes (HashString, HashMix), frozen
// into a read-only open-addressing table with a compact binary form.
//
// The dependency parser (Parser) lives in the parser*.go files.
package syntax
