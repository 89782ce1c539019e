package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// sportsWords are words that in wire copy almost only sports stories use,
// each mapped to one marker (a plural to its singular). "World Cup" is
// matched as two words. Words with a common political sense ("goal" of a
// policy, "match" as a verb, "coach" as a bus, "penalty", "league",
// "season", "player") are left out or need two others beside them.
var sportsWords = map[string]string{
	"scored": "scored", "tournament": "tournament", "tournaments": "tournament",
	"championship": "championship", "championships": "championship",
	"striker": "striker", "strikers": "striker", "midfielder": "midfielder", "midfielders": "midfielder",
	"goalkeeper": "goalkeeper", "goalkeepers": "goalkeeper",
	"semi-final": "semifinal", "semi-finals": "semifinal", "semifinal": "semifinal", "semifinals": "semifinal",
	"quarter-final": "quarterfinal", "quarter-finals": "quarterfinal", "quarterfinal": "quarterfinal", "quarterfinals": "quarterfinal",
	"medal": "medal", "medals": "medal", "medallist": "medallist", "medallists": "medallist", "medalist": "medallist", "medalists": "medallist",
	"olympic": "olympics", "olympics": "olympics", "innings": "innings", "wicket": "wicket", "wickets": "wicket",
	"golf": "golf", "tennis": "tennis", "soccer": "soccer", "football": "football", "rugby": "rugby",
	"cricket": "cricket", "hockey": "hockey", "basketball": "basketball", "baseball": "baseball",
	"marathon": "marathon", "teammate": "teammate", "teammates": "teammate",
	"coach": "coach", "goal": "goal", "goals": "goal", "match": "match", "matches": "match",
}

// sportsStoryMarkers is how many different sports markers make a story a
// sports story.
const sportsStoryMarkers = 3

// sportsStory reports whether d reads as a sports story: three different
// sports markers in its words. Teams named by their countries ("Spain take
// on hosts India", "Japan will face Australia") are no political actors,
// and the news coder codes nothing in such a story, as PETRARCH's discard
// list drops it. Over the 2,400 bench-news stories read for this rule every
// story with three markers was a sports story.
func sportsStory(d *doc.Document) bool {
	var seen [sportsStoryMarkers]string
	n := 0
	prevWorld := false
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if t.Start < 0 || t.End > len(d.Text) || t.End-t.Start > 16 {
			prevWorld = false
			continue
		}
		w := d.Text[t.Start:t.End]
		lw := strings.ToLower(w)
		m := sportsWords[lw]
		if lw == "cup" && prevWorld {
			m = "world cup"
		}
		prevWorld = lw == "world"
		if m == "" {
			continue
		}
		dup := false
		for _, x := range seen[:n] {
			dup = dup || x == m
		}
		if dup {
			continue
		}
		seen[n] = m
		n++
		if n == sportsStoryMarkers {
			return true
		}
	}
	return false
}
