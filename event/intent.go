package event

// Intentions of cooperation (news coder, session 8). The real-news guide
// codes an announced act of cooperation as the intention to do it ("will
// meet" 036, "intends to buy Russian arms" 031, "pledged to protect German
// lives" 030 or its sub-code), as CAMEO's root 03 pairs each root of
// cooperation with an intention. dyad.pat gives many blocks an intent code
// ("will visit" 036); an intended event whose block or pattern has none
// takes the intention its code pairs with.

// intentionCode returns the CAMEO intention (03x) paired with cooperative
// code c (04x consult, 05x diplomatic cooperation, 06x material
// cooperation, 07x aid, 08x yield), or "" for other codes.
func intentionCode(c string) string {
	if len(c) < 3 || c[0] != '0' {
		return ""
	}
	switch c[1] {
	case '4':
		if c[:3] == "045" {
			return "039" // mediate
		}
		return "036"
	case '5':
		// dyad.pat's intent codes for agreements and ties are 030; CAMEO's
		// 032 (diplomatic cooperation) is rarer in wire copy than the
		// guide's "a vow or wish to cooperate is 030".
		return "030"
	case '6':
		if c[2] >= '1' && c[2] <= '4' {
			return "031" + c[2:3] // 061 → 0311, …, 064 → 0314
		}
		return "031"
	case '7':
		if c[2] >= '1' && c[2] <= '4' {
			return "033" + c[2:3] // 071 → 0331, …, 074 → 0334
		}
		return "033"
	case '8':
		switch c[:3] {
		case "081":
			return "0351"
		case "082":
			return "0352"
		case "083":
			if len(c) == 4 && c[3] >= '1' && c[3] <= '4' {
				return "034" + c[3:4] // 0831 → 0341, …
			}
			return "034"
		case "084":
			return "0353"
		case "085":
			return "0354"
		case "086":
			return "0355"
		case "087":
			return "0356"
		}
		return "035"
	}
	return ""
}
