package geo

import "unicode/utf8"

// Base letters of the accented Latin letters, so that "Binh Phuoc" finds
// "Bình Phước" and "Michoacan" "Michoacán": news in English often drops
// the marks that GeoNames' division names keep. Each string holds the base
// letter of every code point of its block in order ('.' for those without
// one, such as "ß" or "æ"); derived from Unicode's canonical
// decompositions, with đ, ø, ł, ħ, ı and ŧ added.
const (
	plainLatin1 = 0xC0 // Latin-1 Supplement letters to Latin Extended-B
	plainTable1 = "AAAAAA.CEEEEIIII.NOOOOO.OUUUUY..aaaaaa.ceeeeiiii.nooooo.ouuuuy.yAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLl..LlNnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz.b......................I........Oo.............Uu....Zz......................AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa....AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............................"
	plainExtAdd = 0x1E00 // Latin Extended Additional (Vietnamese)
	plainTable2 = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy......AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......"
)

// plainLetter is r without its marks, or r itself.
func plainLetter(r rune) rune {
	var b byte = '.'
	switch {
	case r >= plainLatin1 && int(r-plainLatin1) < len(plainTable1):
		b = plainTable1[r-plainLatin1]
	case r >= plainExtAdd && int(r-plainExtAdd) < len(plainTable2):
		b = plainTable2[r-plainExtAdd]
	}
	if b == '.' {
		return r
	}
	return rune(b)
}

// appendPlain appends folded key k (see Fold) with its letters' marks
// dropped and reports whether any was: "bình phước" → "binh phuoc".
func appendPlain(dst []byte, k string) ([]byte, bool) {
	changed := false
	for _, r := range k {
		if r < 0x80 {
			dst = append(dst, byte(r))
			continue
		}
		p := plainLetter(r)
		if p != r {
			changed = true
			p = toLowerASCII(p)
		}
		dst = utf8.AppendRune(dst, p)
	}
	return dst, changed
}

func toLowerASCII(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}
