package pipeline

import "testing"

// Attendance (session 23, event/attend23.go): attending a summit, meeting,
// forum or ceremony codes nothing, neither a visit to its organisation or
// host nor a meeting among those who attend, as the development golds code
// it; the journey there and talks attended with someone named stay events.
func TestAttendanceNone(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		// a planned attendance: not 036 to the organisation
		{"Indonesian President Joko Widodo will attend the ASEAN summit in Manila next week.", 0, "", "IGOSEAASN"},
		// a past attendance in another country: not 042 to the organisation
		{"The Kenyan foreign minister attended the African Union summit in Addis Ababa on Monday.", 0, "", "IGOAFRAFU"},
		// several countries at one conference: not 044 among each other
		{"Trade ministers of Peru, Chile and Kenya attended a conference in Geneva this week.", 0, "", "044"},
		// the journey stays a visit, the summit it is for codes nothing
		{"Polish Prime Minister Donald Tusk flew to Brussels on Sunday to attend the NATO summit.", 0,
			"042 POLGOV>BEL", "IGOWSTNAT"},
		// talks attended with someone named are a meeting with them
		{"Mexican President Lopez Obrador attended talks with US President Joe Biden in Washington.", 0,
			"040 MEXGOV>USAGOV", "042"},
	})
}
