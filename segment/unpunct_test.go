package segment

import (
	"reflect"
	"testing"
)

// TestUnpunctuatedBreaks covers the sentence ends that mail and web text
// leave without punctuation, and the look-alikes in edited prose that must
// stay whole.
func TestUnpunctuatedBreaks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"opener after a signature", "Please see the revised Purchase Agreement If you have questions call me.",
			[]string{"Please see the revised Purchase Agreement", "If you have questions call me."}},
		{"sent by", "Talk soon. Maria Ochieng Sent by: Tom Baraka",
			[]string{"Talk soon.", "Maria Ochieng", "Sent by: Tom Baraka"}},
		{"posted by after a dash", "The council will vote again in May. -- Posted by River Desk at 10:15",
			[]string{"The council will vote again in May.", "--", "Posted by River Desk at 10:15"}},
		{"opener needs a lower-case word after it", "Read the memo Please Forward It Now.",
			[]string{"Read the memo Please Forward It Now."}},
		{"opener after a function word", "Nobody expected the film It to win.",
			[]string{"Nobody expected the film It to win."}},
		{"title case", "Don't Let This Pass You By.",
			[]string{"Don't Let This Pass You By."}},
		{"greeting with a colon", "The file is attached. Amina: As I said, the deadline moved.",
			[]string{"The file is attached.", "Amina:", "As I said, the deadline moved."}},
		{"label with a colon", "See below. Note: I have not checked the totals.",
			[]string{"See below.", "Note: I have not checked the totals."}},
		{"dateline with a colon stays", "NAIROBI: The rains came late this year.",
			[]string{"NAIROBI: The rains came late this year."}},
		{"announcing colon", "The terms are as follows: Each party pays its own costs.",
			[]string{"The terms are as follows:", "Each party pays its own costs."}},
		{"colon in running text", "He had one message: Leave now.",
			[]string{"He had one message: Leave now."}},
		{"telephone number", "Call Wanjiru Kamau 713-555-0142 Attached is the schedule.",
			[]string{"Call Wanjiru Kamau 713-555-0142", "Attached is the schedule."}},
		{"telephone then fax", "Office: 713-555-0142 Fax: 713-555-0199",
			[]string{"Office: 713-555-0142 Fax: 713-555-0199"}},
		{"year range is no telephone", "The 2006-2008 Medium Term Plan was approved.",
			[]string{"The 2006-2008 Medium Term Plan was approved."}},
		// As EWT train writes "Thanks Ben Sorry about that": the name after
		// a close stands alone before an opener (see TestLoneWordBreaks).
		{"thanks alone", "I sent it twice. Thanks Halima Did the copy arrive?",
			[]string{"I sent it twice.", "Thanks", "Halima", "Did the copy arrive?"}},
		{"thanks with the name", "I sent it twice. Thanks Mark.",
			[]string{"I sent it twice.", "Thanks Mark."}},
		{"signature name alone", "Call me tomorrow. Thanks, Rosa I will be in all day.",
			[]string{"Call me tomorrow.", "Thanks,", "Rosa", "I will be in all day."}},
		{"signature with a surname", "Call me tomorrow. Thanks, Rosa Mwangi",
			[]string{"Call me tomorrow.", "Thanks,", "Rosa Mwangi"}},
		{"quoted mail header", "Thanks. Ken Ken Otieno 04/12/2001 09:30 AM Please see the note.",
			[]string{"Thanks.", "Ken", "Ken Otieno", "04/12/2001 09:30 AM", "Please see the note."}},
		{"list item number", "The plan has two parts. 2. Funding The money comes later.",
			[]string{"The plan has two parts.", "2. Funding The money comes later."}},
		{"bracket after a sentence", "The roads closed! (not for long) Traffic moved again by noon.",
			[]string{"The roads closed!", "(not for long) Traffic moved again by noon."}},
		{"bracketed credit", "The ceasefire held overnight. (Radio Kismayo) Aid trucks crossed at dawn.",
			[]string{"The ceasefire held overnight.", "(Radio Kismayo)", "Aid trucks crossed at dawn."}},
		{"bracket after an abbreviation", "She joined Acme Inc. (the maker of kettles) in May.",
			[]string{"She joined Acme Inc. (the maker of kettles) in May."}},
		{"greeting with a dash", "Ken Otieno 04/12/2001 09:30 AM Lena - Can you look at this?",
			[]string{"Ken Otieno", "04/12/2001 09:30 AM", "Lena -", "Can you look at this?"}},
		{"number ending a sentence", "The index rose to 15. The dollar fell.",
			[]string{"The index rose to 15.", "The dollar fell."}},
		{"mail header with a host", "Thanks. Ken Ken Otieno@HQ 04/12/2001 09:30 AM Please see the note.",
			[]string{"Thanks.", "Ken", "Ken Otieno@HQ", "04/12/2001 09:30 AM", "Please see the note."}},
		{"mail header with a two-word host", "I agree. Lena Park Ken Otieno@ACME COMMUNICATIONS 04/12/2001 09:30 AM Please see the note.",
			[]string{"I agree.", "Lena Park", "Ken Otieno@ACME COMMUNICATIONS", "04/12/2001 09:30 AM", "Please see the note."}},
		{"24-hour mail stamp", "Call me if anything changes. Lena Park 26/09/2000 14:14 The budget is final.",
			[]string{"Call me if anything changes.", "Lena Park", "26/09/2000 14:14", "The budget is final."}},
		{"24-hour time in a sentence", "The polls closed on 26/09/2000 14:14 local time.",
			[]string{"The polls closed on 26/09/2000 14:14 local time."}},
		{"sent by after a host", "See you then. Ken Otieno@HQ Sent by: Lena Park",
			[]string{"See you then.", "Ken Otieno@HQ", "Sent by: Lena Park"}},
		{"ellipsis glued to the next word", "The queue was long...Then the doors opened.",
			[]string{"The queue was long...Then the doors opened."}},
		{"ellipsis with a space", "The queue was long... Then the doors opened.",
			[]string{"The queue was long...", "Then the doors opened."}},
		{"glued ellipsis in a quotation", `"We waited for hours...We will not wait again," she said.`,
			[]string{`"We waited for hours...`, `We will not wait again," she said.`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestLoneWordBreaks covers a capitalised word standing alone at the start
// of a sentence, a signature or a heading without its punctuation, and the
// names and title-case words that must not be cut off.
func TestLoneWordBreaks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"signature before an opener", "Please call me. Rosa The contract is attached.",
			[]string{"Please call me.", "Rosa", "The contract is attached."}},
		{"heading opening a paragraph", "Acme The name comes from the founder's nickname.",
			[]string{"Acme", "The name comes from the founder's nickname."}},
		{"signature after a close, before I", "It is attached. Thanks. Rosa I will call you later.",
			[]string{"It is attached.", "Thanks.", "Rosa", "I will call you later."}},
		{"I after a name is no evidence", "Personally I think the vote was fair.",
			[]string{"Personally I think the vote was fair."}},
		{"a name that is also a month", "Officials met on Friday. Theresa May said the talks went well.",
			[]string{"Officials met on Friday.", "Theresa May said the talks went well."}},
		{"a letter after a noun", "Section A of the law was struck down.",
			[]string{"Section A of the law was struck down."}},
		{"title case", "Meet The Press airs on Sunday.",
			[]string{"Meet The Press airs on Sunday."}},
		{"function word first", "If The ministers agree, the deal stands.",
			[]string{"If The ministers agree, the deal stands."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestBracketedNumbers checks that a number closing a bracket opened in its
// sentence is no list item ("the (May 1) election") while a numbered item
// still opens its sentence, and that a company's suffix after a period
// opens none.
func TestBracketedNumbers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"date in brackets", "Turnout before the (May 1) election was low.",
			[]string{"Turnout before the (May 1) election was low."}},
		{"page in brackets", "The report (page 4) was released on Monday.",
			[]string{"The report (page 4) was released on Monday."}},
		{"score in brackets", "Valencia 1 (Vicente 74) Athletic Bilbao 1 (Etxeberria 57)",
			[]string{"Valencia 1 (Vicente 74) Athletic Bilbao 1 (Etxeberria 57)"}},
		{"date in brackets across a line", "It will get worse before the (May\n1) election.",
			[]string{"It will get worse before the (May\n1) election."}},
		{"numbered item inside a line", "We booked a beach front room 3) also want a late checkout",
			[]string{"We booked a beach front room", "3) also want a late checkout"}},
		{"item after a closed bracket", "Bring the forms (both copies) 2) pay the fee at the desk",
			[]string{"Bring the forms (both copies)", "2) pay the fee at the desk"}},
		{"company suffix after a period", "The other owners are Kenwa Communication Cp. Ltd. and two banks.",
			[]string{"The other owners are Kenwa Communication Cp. Ltd. and two banks."}},
		{"county abbreviation opening a sentence", "Two men were hurt in a crash near Omagh. Co. Tyrone police said the road was closed.",
			[]string{"Two men were hurt in a crash near Omagh.", "Co. Tyrone police said the road was closed."}},
		{"senior opening a sentence", "The old bridge was named after his father. Sr. Mwangi built it in 1961.",
			[]string{"The old bridge was named after his father.", "Sr. Mwangi built it in 1961."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestPhoneNumber(t *testing.T) {
	for w, want := range map[string]bool{
		"713-555-0142": true, "555-0142": true, "713/555-0142": true, "202.555.0117": true,
		"1.800.555.0100": true, "2006-2008": false, "77415-0027": false, "1,189.42": false,
		"12-3456": false, "713-555-014": false, "-555-0142": false, "555--0142": false,
	} {
		if got := phoneNumber(w); got != want {
			t.Errorf("phoneNumber(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSession24Breaks covers session 24's ends: "The" and "These" opening a
// sentence mid-line after an unpunctuated one (confirmed by a lower-case
// word; not after a capitalised word, where they are a title's or a heading
// runs on), an eastern face closing the sentence it follows, question marks
// repeated with spaces, a signature glued to its hyphen ("-Amina"), an
// attachment's marker after a telephone number, a greeting ("Hi Omar,")
// run into the line before it, numbered labels ("Round 1: ... Round 2:"),
// the exclamation mark of a name ("Yahoo! Mail"), and a telephone extension
// closing a signature ("Rosa x40417 Omar, ...").
func TestSession24Breaks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"The after an unpunctuated line", "Water the seedlings every second morning The soil should stay damp.",
			[]string{"Water the seedlings every second morning", "The soil should stay damp."}},
		{"These after a link", "The forms are at example.org/forms These pages load slowly.",
			[]string{"The forms are at example.org/forms", "These pages load slowly."}},
		{"The after a number", "Minutes of the meeting of 12 May 2003 The board approved the budget.",
			[]string{"Minutes of the meeting of 12 May 2003", "The board approved the budget."}},
		{"The in a title stays", "We watched the film The Long Road last night.",
			[]string{"We watched the film The Long Road last night."}},
		{"The after a connecting word stays", "She works for The company that owns the mill.",
			[]string{"She works for The company that owns the mill."}},
		{"The in a headline stays", "Loud voices fill up The hall in Kisumu",
			[]string{"Loud voices fill up The hall in Kisumu"}},
		{"signature inside a quotation stays", `"We will win this. -R" the mayor wrote.`,
			[]string{`"We will win this. -R" the mayor wrote.`}},
		{"The after a capitalised word stays", "Read the chapter Beyond The sea before Monday.",
			[]string{"Read the chapter Beyond The sea before Monday."}},
		{"eastern face after a sentence", "The party was great! ^_^ Next year we go again.",
			[]string{"The party was great! ^_^", "Next year we go again."}},
		{"eastern face closing a paragraph", "Thanks for the tip ^^",
			[]string{"Thanks for the tip ^^"}},
		{"caret in a formula", "The area is x^2 And the side is x.",
			[]string{"The area is x^2 And the side is x."}},
		{"spaced question marks", "They call that a bargain ? ? ? Nobody believed it.",
			[]string{"They call that a bargain ? ? ?", "Nobody believed it."}},
		{"doubled question mark", "Where can we park near the hall? ?",
			[]string{"Where can we park near the hall? ?"}},
		{"signature glued to a hyphen", "Keep walking and never look back. -Amina Said",
			[]string{"Keep walking and never look back.", "-Amina Said"}},
		{"signature initial glued to a hyphen", "We will come again. -K. Otieno",
			[]string{"We will come again.", "-K. Otieno"}},
		{"hyphen glued to the period stays", "The road was closed.-Traffic moved later.",
			[]string{"The road was closed.-Traffic moved later."}},
		{"attachment after a telephone", "Call me on 555-0142 <<minutes.doc>>",
			[]string{"Call me on 555-0142", "<<minutes.doc>>"}},
		{"greeting run into a signature", "Lena Park Executive Assistant Hi Omar, the room is booked.",
			[]string{"Lena Park Executive Assistant", "Hi Omar, the room is booked."}},
		{"greeting with a dash after a name", "Lena Park Hi - the room is booked.",
			[]string{"Lena Park", "Hi - the room is booked."}},
		{"greeting word in a name", "They opened the Hoa Lac Hi- tech Park in May.",
			[]string{"They opened the Hoa Lac Hi- tech Park in May."}},
		{"greeting word in a title", "She sang the song Hey Jude twice.",
			[]string{"She sang the song Hey Jude twice."}},
		{"numbered labels", "Match dates: Round 1: Friday at the river field Round 2: Sunday in town Round 4: to be decided",
			[]string{"Match dates:", "Round 1: Friday at the river field", "Round 2: Sunday in town", "Round 4: to be decided"}},
		{"a lone numbered label", "The lease ends in June Clause 4: rent is due monthly.",
			[]string{"The lease ends in June Clause 4: rent is due monthly."}},
		{"a name's exclamation mark", "Few people use Yahoo! Mail or Yahoo! and its news pages now.",
			[]string{"Few people use Yahoo! Mail or Yahoo! and its news pages now."}},
		{"a name's exclamation mark ending a sentence", "She still searches with Yahoo! The habit is old.",
			[]string{"She still searches with Yahoo!", "The habit is old."}},
		{"extension closing a signature", "Call me if it moves. Rosa x40417 Omar, the room is booked.",
			[]string{"Call me if it moves.", "Rosa x40417", "Omar, the room is booked."}},
		{"extension before a fax number", "Call Rosa on x40417 Fax: 555-0199",
			[]string{"Call Rosa on x40417 Fax: 555-0199"}},
		{"product code", "I bought the new ACME X9400 DIGITAL camera.",
			[]string{"I bought the new ACME X9400 DIGITAL camera."}},
		{"attachment after a number", "Rosa Mwangi Mob. 0417 575 920 <<lease.doc>>",
			[]string{"Rosa Mwangi Mob. 0417 575 920", "<<lease.doc>>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
