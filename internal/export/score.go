package export

import "chronicle"

// QuadClass returns the quad category of a PLOVER type, as the manual's
// Table 7.2 groups them: 1 verbal cooperation (AGREE, CONSULT, SUPPORT,
// CONCEDE), 2 material cooperation (COOPERATE, AID, RETREAT), 3 verbal
// conflict (REQUEST, ACCUSE, REJECT, THREATEN), 4 material conflict
// (PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT); 0 for an unknown type.
func QuadClass(t chronicle.EventType) int {
	switch t {
	case chronicle.Agree, chronicle.Consult, chronicle.Support, chronicle.Concede:
		return 1
	case chronicle.Cooperate, chronicle.Aid, chronicle.Retreat:
		return 2
	case chronicle.Request, chronicle.Accuse, chronicle.Reject, chronicle.Threaten:
		return 3
	case chronicle.Protest, chronicle.Sanction, chronicle.Mobilize, chronicle.Coerce, chronicle.Assault:
		return 4
	}
	return 0
}

// Score returns the conflict–cooperation score of an event type and mode,
// from −10 (most conflictual) to +10 (most cooperative): the PLOVER scores
// of the manual's Table 2.2, which play the part GDELT's Goldstein scale
// plays for CAMEO. A mode the table does not list takes its type's score.
// The table prints ACCUSE's type score as 3 with no sign; as a verbal
// conflict it is read here as −3, between its modes' −2 and −3.5.
func Score(t chronicle.EventType, mode string) float64 {
	if m, ok := modeScores[t]; ok {
		if v, ok := m[mode]; ok {
			return v
		}
	}
	return typeScores[t]
}

var typeScores = map[chronicle.EventType]float64{
	chronicle.Agree: 2.5, chronicle.Consult: 2.5, chronicle.Support: 5, chronicle.Concede: 4.5,
	chronicle.Cooperate: 9.5, chronicle.Aid: 10, chronicle.Retreat: 6.5, chronicle.Request: 0,
	chronicle.Accuse: -3, chronicle.Reject: -2, chronicle.Threaten: -3.5, chronicle.Protest: -5,
	chronicle.Sanction: -6, chronicle.Mobilize: -5.5, chronicle.Coerce: -7, chronicle.Assault: -9,
}

var modeScores = map[chronicle.EventType]map[string]float64{
	chronicle.Consult: {"visit": 4, "third-party": 1, "multilateral": 4, "phone": 1.5},
	chronicle.Retreat: {"withdraw": 8, "release": 6.5, "disarm": 10, "ceasefire": 7.5, "access": 6.5, "resign": 4.5},
	chronicle.Request: {"assist": 0.5, "change": -1, "yield": -1, "meet": 0},
	chronicle.Accuse:  {"disapprove": -2, "investigate": -3.5, "allege": -3.5},
	chronicle.Reject:  {"assist": -1.5, "change": -2, "yield": -2, "meet": -2},
	chronicle.Threaten: {"restrict": -3, "arrest": -3.5, "relations": -3.5, "expel": -3.5,
		"territory": -4, "violence": -3.5},
	chronicle.Protest:  {"demo": -5, "riot": -7, "strike": -5, "hunger": -4.5, "boycott": -4.5, "obstruct": -4.5},
	chronicle.Sanction: {"convict": -6, "expel": -5.5, "withdraw": -6, "discontinue": -6},
	chronicle.Mobilize: {"troops": -6.5, "weapons": -6.5, "police": -5.5, "militia": -6},
	chronicle.Coerce: {"seize": -7, "restrict": -7, "censor": -6.5, "curfew": -6.5, "martial-law": -7.5,
		"arrest": -7, "deport": -7, "withhold": -7, "misinformation": -6.5, "cyber": -7},
	chronicle.Assault: {"abduct": -8.5, "beat": -7.5, "torture": -8.5, "sexual": -8.5, "targeted": -9.5,
		"destroy": -8.5, "primitive": -8, "firearms": -9, "explosives": -9, "suicide-attack": -9.5,
		"aerial": -9.5, "drone": -9.5, "heavy-weapons": -9.5, "crowd-control": -7.5, "unconventional": -10},
}

// CAMEORoot returns the two-digit CAMEO root code of a PLOVER type and
// mode, the inverse of the manual's Table 7.1: AGREE 03, CONSULT 04,
// SUPPORT 05, COOPERATE 06, AID 07, CONCEDE and RETREAT 08, ACCUSE 11 (09
// for investigations), REQUEST 10, REJECT 12, THREATEN 13, PROTEST 14,
// MOBILIZE 15, SANCTION 16, COERCE 17, ASSAULT 18 (19 for the modes of
// conventional military force: firearms, heavy weapons, aerial, drone);
// "" for an unknown type.
func CAMEORoot(t chronicle.EventType, mode string) string {
	switch t {
	case chronicle.Agree:
		return "03"
	case chronicle.Consult:
		return "04"
	case chronicle.Support:
		return "05"
	case chronicle.Cooperate:
		return "06"
	case chronicle.Aid:
		return "07"
	case chronicle.Concede, chronicle.Retreat:
		return "08"
	case chronicle.Request:
		return "10"
	case chronicle.Accuse:
		if mode == "investigate" {
			return "09"
		}
		return "11"
	case chronicle.Reject:
		return "12"
	case chronicle.Threaten:
		return "13"
	case chronicle.Protest:
		return "14"
	case chronicle.Mobilize:
		return "15"
	case chronicle.Sanction:
		return "16"
	case chronicle.Coerce:
		return "17"
	case chronicle.Assault:
		switch mode {
		case "firearms", "heavy-weapons", "aerial", "drone":
			return "19"
		}
		return "18"
	}
	return ""
}
