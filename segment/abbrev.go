package segment

// Abbreviation classes. The class of a word followed by a period decides two
// things: whether the period stays in the word's token, and how willing the
// word is to end a sentence.
const (
	abNone  uint8 = iota
	abTitle       // precedes a name or number: Mr., Gen., e.g.; never ends a sentence
	abMay         // often inside a sentence but may end one: Inc., U.S., etc.
	abNum         // No., Nos., Art.: an abbreviation only when a number follows
)

// abbrevs maps a word (without its final period, case as written) to its
// class. Lists are written by hand from the style of wire copy and web text;
// matching is case sensitive so that "No." the number sign and "no." the word
// stay apart, and lower case forms are listed only where the word is not an
// ordinary English word that can end a sentence.
var abbrevs = map[string]uint8{}

func init() {
	add := func(class uint8, words ...string) {
		for _, w := range words {
			abbrevs[w] = class
		}
	}
	// Titles and ranks come before a name, so the period is never final.
	add(abTitle, "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs",
		"Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt",
		"Brig", "Maj-Gen", "Lt-Gen", "Lt-Col", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps",
		"Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Amb", "Fr", "Msgr", "Sra", "Mme", "Mlle",
		"Atty", "Gens", "Cmdt", "Spc", "PFC", "Pfc", "Ens", "Sec", "Secs", "Mx",
		"vs", "Vs", "cf", "Cf", "viz", "ca", "approx", "Approx", "appr", "incl", "Incl",
		"Fig", "Figs", "fig", "figs", "Vol", "Vols", "vol", "vols", "Ch", "ch", "Chap", "chap",
		"pp", "Pp", "p", "para", "Para", "paras", "eq", "Eq",
		"tel", "Tel", "ext", "Ext", "Ref", "ref", "Attn", "attn", "Ph", "Fax", "Mob", "Conf",
		"Arrv", "arrv", "Dep", "lv")
	// Months, U.S. states and business or place words frequently sit inside a
	// sentence ("Jan. 5", "Dayton, Ohio", "Acme Corp. said") but can end one.
	add(abMay, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
		"Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
		"Nebr", "Nev", "Okla", "Ore", "Oreg", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash",
		"Wis", "Wisc", "Wyo", "Ont", "Que", "Alta", "Sask",
		"Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr", "Esq", "Assn", "Assoc", "Dept", "Univ",
		"Inst", "Intl", "Natl", "Ave", "Blvd", "Rd", "St", "Ste", "Mt", "Ft", "Pt", "Hwy", "Sq",
		"etc", "al", "dept", "govt", "Govt", "est", "Est", "yrs", "hrs", "mins", "min", "sec",
		"tbsp", "tsp", "oz", "lbs", "lb", "ft", "sq", "mi", "km", "kg", "mg",
		"pct", "Pct", "mln", "bln", "Mln", "Bln", "Adj", "adj", "Avg", "avg")
	// The number-sign abbreviations are abbreviations only before a number.
	add(abNum, "No", "Nos", "Art", "Arts", "Nr", "no", "nos", "art", "Ex")
}

// dotted gives the class of the few letter-dot abbreviations ("e.g.") that
// never end a sentence; all other words of one- or two-letter pieces joined by
// periods (U.S., a.m., U.N.) are abMay.
var dotted = map[string]uint8{
	"e.g": abTitle, "i.e": abTitle, "E.g": abTitle, "I.e": abTitle, "viz": abTitle,
	"P.S": abTitle, "p.s": abTitle, "P.P.S": abTitle, "c.f": abTitle, "n.b": abTitle, "N.B": abTitle, "et.al": abTitle,
}

// starters are capitalised words that very often open a sentence and rarely
// follow an abbreviation inside one. After a period that might be an
// abbreviation's ("Inc.", "U.S.", "W."), such a word tips the decision to a
// boundary; a capitalised name ("U.S. Embassy", "George W. Bush") does not.
var starters = map[string]bool{}

func init() {
	for _, w := range []string{
		"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That",
		"These", "Those", "There", "Their", "His", "Her", "Its", "Our", "My", "Your",
		"In", "On", "At", "For", "But", "And", "Or", "So", "Yet", "If", "When", "While",
		"After", "Before", "As", "Since", "Although", "Though", "However", "Meanwhile",
		"Also", "Still", "Then", "Now", "Today", "Yesterday", "Tomorrow", "What", "Why",
		"How", "Who", "Where", "Which", "Some", "Many", "Most", "All", "Both", "Each",
		"No", "Not", "One", "Two", "Three", "Other", "Others", "Such", "According",
		"Earlier", "Later", "Last", "Next", "During", "Under", "Among", "Despite",
		"Instead", "Thus", "Hence", "Therefore", "Moreover", "Furthermore", "Besides",
		"Please", "Thanks", "Thank", "Let", "Do", "Does", "Did", "Is", "Are", "Was",
		"Were", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must",
		"Have", "Has", "Had", "Here", "Officials", "Police", "Analysts", "Several",
		"Just", "Even", "Only", "By", "With", "From", "To", "Of", "Every", "Any",
		"Nothing", "Everyone", "Nobody", "Our", "Hi", "Hello", "Yes", "Well", "Oh",
	} {
		starters[w] = true
	}
}

// function words that, ending a line, show the line continues on the next one
// (so a line break after them is not a headline's end).
var continuers = map[string]bool{}

func init() {
	for _, w := range []string{
		"the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from",
		"and", "or", "but", "nor", "as", "that", "than", "into", "onto", "over", "about",
		"after", "before", "against", "between", "under", "through", "during", "without",
		"within", "upon", "among", "its", "their", "his", "her", "our", "my", "your",
		"this", "these", "those", "which", "who", "whom", "whose", "is", "are", "was",
		"were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
		"should", "may", "might", "must", "not", "said", "says", "if", "when", "while",
		"where", "because", "since", "some", "many", "more", "most", "such", "very",
		"de", "la", "el", "al", "van", "von", "der", "du", "le", "&",
	} {
		continuers[w] = true
	}
}

// Spelled contractions without an apostrophe, common in web text, split the
// way the apostrophe forms are ("dont" → "do" "nt", "cannot" → "can" "not");
// the value is the length of the first piece.
var fusedContractions = map[string]int{}

func init() {
	for _, w := range []string{
		"dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "couldnt",
		"wouldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint",
	} {
		fusedContractions[w] = len(w) - 2
		fusedContractions[capitalise(w)] = len(w) - 2
	}
	for w, k := range map[string]int{"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3} {
		fusedContractions[w] = k
		fusedContractions[capitalise(w)] = k
	}
}

func capitalise(w string) string {
	return string(w[0]-'a'+'A') + w[1:]
}

// saying holds the verbs that attribute a quote ("Song said.").
var saying = map[string]bool{}

func init() {
	for _, w := range []string{
		"said", "says", "say", "added", "adds", "told", "tells", "asked", "asks", "noted",
		"notes", "explained", "warned", "insisted", "declared", "wrote", "writes", "replied",
		"continued", "argued", "stated", "concluded", "commented", "remarked", "emphasized",
		"emphasised", "stressed", "acknowledged", "recalled", "admitted", "quipped",
		"announced", "claimed", "suggested", "urged", "observed", "cautioned", "conceded",
		"countered", "responded", "maintained", "predicted", "pointed", "reported",
	} {
		saying[w] = true
	}
}

// calendar holds the capitalised words that follow a clock time inside a
// sentence ("6 p.m. Monday", "9 a.m. Eastern").
var calendar = map[string]bool{}

func init() {
	for _, w := range []string{
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
		"Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Greenwich", "Local",
		"Tonight",
	} {
		calendar[w] = true
	}
}

// corpSuffix holds the abbreviations that close a company's or a person's
// name ("Ltd.", "Inc.", "Jr."): after a period they continue the name and
// never open a sentence.
var corpSuffix = map[string]bool{
	"Ltd": true, "Inc": true, "Corp": true, "Co": true, "Cos": true, "Bros": true,
	"Jr": true, "Sr": true, "Esq": true,
}
