package actor

// Self-training: raw news sentences tagged by models trained with different
// shuffles, kept where they all agree, become extra (silver) training
// sentences.

// SilverNER tags every sentence of raw with each of models (one sentence at
// a time, no document pass) and returns those on which all models agree
// exactly and that hold at least one entity, at most max of them (0: all),
// taken evenly across raw so that every source is represented. Sentences
// shorter than 4 or longer than 60 words, and title-case headlines, are
// skipped.
func SilverNER(raw [][]string, models []*NER, max int) []NERSentence {
	if len(models) == 0 {
		return nil
	}
	var out []NERSentence
	for _, words := range raw {
		if len(words) < 4 || len(words) > 60 || headlineWords(words) {
			continue
		}
		tags := models[0].Tag(words, nil)
		ents := 0
		for _, t := range tags {
			if len(t) > 2 && t[0] == 'B' {
				ents++
			}
		}
		if ents == 0 {
			continue
		}
		agree := true
		for _, m := range models[1:] {
			other := m.Tag(words, nil)
			for i := range tags {
				if other[i] != tags[i] {
					agree = false
					break
				}
			}
			if !agree {
				break
			}
		}
		if agree {
			out = append(out, NERSentence{Words: words, Tags: tags, Doc: "silver"})
		}
	}
	if max > 0 && len(out) > max {
		// Every k-th, evenly across the sources.
		picked := make([]NERSentence, 0, max)
		for i := 0; i < max; i++ {
			picked = append(picked, out[i*len(out)/max])
		}
		out = picked
	}
	return out
}

// headlineWords reports whether most longer words of a sentence are
// capitalised (a headline or a title), as the features' headline flag does.
func headlineWords(words []string) bool {
	capWords, low := 0, 0
	for i, w := range words {
		if i == 0 || len(w) <= 3 {
			continue
		}
		if isCapWord(w) {
			capWords++
		} else {
			low++
		}
	}
	return capWords >= 3 && capWords > 3*low
}
