package event

import (
	"chronicle"
)

// Who an attack noun's modifiers name. In "her kidnapping" or "Hassan's
// arrest" the possessor is who was taken, not who took her; in "the
// London bombings" or "the Iraq bombing" the place is where it happened,
// not who bombed; in "the Iraq invasion" the place is what was invaded.
// "Russia's invasion of Ukraine" or "the US attack on Iraq", with a phrase
// naming the target, keep the modifier as the actor.

// victimNouns are event nouns whose possessor, with no "of" phrase, is the
// one the act is done to.
var victimNouns = set("kidnapping kidnappings abduction abductions arrest arrests detention imprisonment "+
	"deportation assassination killing murder execution capture release torture beating expulsion", "")

// sceneNouns are attack nouns a place before which names where the attack
// happened: "the London bombings", "the Paris attacks".
var sceneNouns = set("attack attacks bombing bombings blast blasts explosion explosions shooting shootings "+
	"massacre killings stabbing stabbings", "")

// invadedNouns are attack nouns a place before which names what was
// attacked: "the Iraq invasion".
var invadedNouns = set("invasion occupation annexation", "")

// modifierRole returns the role of an entity e that modifies the event
// noun at word k, given the role a modifier plays by default, and whether
// e is rather the event's place. possessive says e is a possessor ("her",
// "Hassan's").
func (s *sentence) modifierRole(k int, e *chronicle.Entity, possessive bool, def role) (role, bool) {
	if e == nil {
		return def, false
	}
	w := s.w[k].low
	ownPhrase := s.targetPhrase(k)
	switch {
	case victimNouns[w] && !ownPhrase && (e.Type == chronicle.Person || possessive):
		return target, false // "her kidnapping", "the Hassan kidnapping"
	case e.Type != chronicle.Location || ownPhrase:
		return def, false
	case sceneNouns[w]:
		return noRole, true // "the London bombings"
	case invadedNouns[w]:
		return target, false // "the Iraq invasion"
	}
	return def, false
}

// targetPhrase reports whether the event noun at word k is followed by a
// phrase naming whom it was done to or by: "of", "on", "against", "by"
// (not "on October 19").
func (s *sentence) targetPhrase(k int) bool {
	if k+2 >= len(s.w) || s.w[k+2].time {
		return false // "her kidnapping on October 19": a date, not a target
	}
	switch s.w[k+1].low {
	case "of", "on", "against", "by":
		return true
	}
	return false
}

// possessorIn reports whether entity id is mentioned in phrase ph by a
// possessive pronoun ("her kidnapping").
func (s *sentence) possessorIn(ph phrase, id chronicle.EntityID) bool {
	for j := ph.start; j < ph.head; j++ {
		if s.w[j].ent == id && s.w[j].tag == "PRP$" {
			return true
		}
	}
	return false
}

// attackNounAgent returns the actors an attack noun after "in" or "by"
// names for a passive act of force with no agent of its own: "eight
// citizens killed in an Israeli air strike" were killed by Israel. The
// modifiers of the noun ("Israeli", "US") or its possessor are the actors;
// a place before a scene noun is not ("killed in the London bombings").
func (s *sentence) attackNounAgent(q pp) []chronicle.EntityID {
	if q.word != "in" && q.word != "by" && q.word != "during" {
		return nil
	}
	var ids []chronicle.EntityID
	for _, p := range q.group {
		ph := s.np[p]
		_, senses := s.x.lookupWord(true, s.w[ph.head].low)
		if len(senses) == 0 || senses[0].typ != chronicle.Assault {
			continue
		}
		for _, m := range ph.mods {
			e := s.x.d.Entity(m)
			if e == nil || !s.x.actorLike(m) {
				continue
			}
			if _, scene := s.modifierRole(ph.head, e, false, source); scene {
				continue
			}
			ids = appendID(ids, m)
		}
	}
	return ids
}
