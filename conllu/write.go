package conllu

import (
	"bufio"
	"io"
	"strconv"
)

// Write prints sentences in CoNLL-U: comments ("# " and the kept text), multiword token
// ranges and empty nodes in place, and every word's ten columns. Empty
// strings print as "_", and a Head of -1 as "_".
func Write(w io.Writer, sentences []Sentence) error {
	bw := bufio.NewWriter(w)
	col := func(s string) {
		if s == "" {
			s = "_"
		}
		bw.WriteString(s)
	}
	for _, s := range sentences {
		for _, c := range s.Comments {
			bw.WriteString("# ")
			bw.WriteString(c)
			bw.WriteByte('\n')
		}
		mt, en := 0, 0
		writeEmpty := func(before int) {
			for ; en < len(s.EmptyNodes) && s.EmptyNodes[en].Before == before; en++ {
				e := s.EmptyNodes[en]
				bw.WriteString(e.ID)
				for _, f := range []string{e.Form, e.Lemma, e.UPOS, e.XPOS, e.Feats, "_", "_", e.Deps, e.Misc} {
					bw.WriteByte('\t')
					col(f)
				}
				bw.WriteByte('\n')
			}
		}
		writeEmpty(0)
		for _, wd := range s.Words {
			for ; mt < len(s.MultiTokens) && s.MultiTokens[mt].First <= wd.ID; mt++ {
				m := s.MultiTokens[mt]
				bw.WriteString(strconv.Itoa(m.First) + "-" + strconv.Itoa(m.Last) + "\t")
				col(m.Form)
				bw.WriteString("\t_\t_\t_\t_\t_\t_\t_\t")
				col(m.Misc)
				bw.WriteByte('\n')
			}
			head := "_"
			if wd.Head >= 0 {
				head = strconv.Itoa(wd.Head)
			}
			bw.WriteString(strconv.Itoa(wd.ID))
			for _, f := range []string{wd.Form, wd.Lemma, wd.UPOS, wd.XPOS, wd.Feats, head, wd.Deprel, wd.Deps, wd.Misc} {
				bw.WriteByte('\t')
				col(f)
			}
			bw.WriteByte('\n')
			writeEmpty(wd.ID)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
