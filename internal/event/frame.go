package event

import "strings"

// A frame is what the words before a verb trigger say about its event:
// who does it (the subject is sought left of start), whether it is
// negated, future, hypothetical or passive, and whether another verb
// frames it as intended, refused or scheduled ("agreed to lift", "refused
// to meet", "is scheduled to attend").
type frame struct {
	start        int
	negated      bool
	future       bool
	would        bool // "would": future in reported speech, else hypothetical
	hypothetical bool
	passive      bool
	reduced      bool   // a reduced relative: "the soldiers killed in …"
	intent       string // base form of an intent verb: "agree", "want", "threaten"
	refuse       string // "refuse", "decline", "fail"
	sched        string // "schedule", "expect"
	words        []int  // the framing words, for why
	purpose      bool   // a to-infinitive of purpose: "were in Rome to attend"
	requested    bool   // asked of someone: "wants Putin to attack"
	conj         int    // the passive participle a coordinated one shares its agent with, else -1
}

// frame reads the verb chain that ends at word k.
func (s *sentence) frame(k int) frame {
	f := frame{start: k, conj: -1}
	if t := s.w[k].tag; t == "VBN" {
		// a reduced relative: "the building demolished by protesters"
		if k+1 < len(s.w) && s.w[k+1].low == "by" {
			f.passive = true
		}
		// "10 soldiers killed in the attack": a participle right after
		// its noun, with no object, is passive; its agent is only a "by"
		// right after it ("the civilians imprisoned for … were released
		// by Putin": Putin released them). Only a verb that takes an
		// object, in a sentence with a finite verb of its own: in
		// "15,000 people marched/VBN in Istanbul" the tag is wrong
		if k > 0 && s.phraseEnding(k-1) >= 0 && s.object(k) == nil && s.w[k-1].ent == "" && s.takesObject(k) && s.otherFinite(k) || s.commaReduced(k) {
			f.passive = true
			f.reduced = true
		}
	}
	if s.headlinePassive(k) {
		f.passive = true // "Margaret Hassan reportedly killed"
	}
	j := k - 1
	for j >= 0 {
		w := s.w[j]
		switch {
		case w.low == "not" || w.low == "n't" || w.low == "never":
			f.negated = true
		case w.tag == "MD" || w.low == "will" || w.low == "'ll" || w.low == "wo":
			switch w.low {
			case "will", "'ll", "shall", "wo":
				f.future = true
			case "would", "'d":
				f.would = true
			default:
				f.hypothetical = true
			}
		case w.tag == "RB" || w.low == "also" || w.low == "jointly" || w.low == "privately" || reflexives[w.low]:
			// "was himself criticized": the reflexive only stresses the subject
		case w.aux != "" && (s.isVerb(j) || w.tag == ""):
			if b := w.aux; (b == "be" || b == "get") && s.w[k].tag == "VBN" {
				f.passive = true
			}
			if w.aux == "be" && k == j+2 && s.w[j+1].low == "to" {
				f.future = true // "is to visit"
			}
		case w.low == "to" && j > 0:
			if n := s.w[j-1].low; (n == "not" || n == "never") && j > 1 {
				f.negated = true // "agreed not to attack", "was careful not to call"
				f.words = append(f.words, j)
				j--
			}
			g := s.w[j-1]
			b := ""
			for _, m := range []map[string]bool{intentVerbs, refuseVerbs, schedVerbs} {
				if b = base(m, g.low); b != "" {
					break
				}
			}
			switch {
			case base(intentVerbs, g.low) != "" || g.low == "ready" || g.low == "willing" || g.low == "prepared" || g.low == "determined" || g.low == "eager":
				if f.intent == "" {
					f.intent = b
					if b == "" {
						f.intent = g.low
					}
				}
			case base(refuseVerbs, g.low) != "" || failWords[g.low]:
				if failWords[g.low] {
					f.negated = true
				} else {
					f.refuse = b
				}
			case base(schedVerbs, g.low) != "" || g.low == "going" || g.low == "about":
				f.sched = g.low
				f.future = true
			case g.low == "have" || g.low == "has" || g.low == "need" || g.low == "needs" || g.low == "able":
				f.hypothetical = true
			case intentNouns[g.low]:
				// "a threat to boycott", "a plan to withdraw"
				f.intent = strings.TrimSuffix(g.low, "s")
				f.start = j - 1
				if f.intent == "threat" {
					f.intent = "threaten"
				}
				return f
			default:
				if q := s.phraseEnding(j - 1); q >= 0 && s.askedOf(q) && s.mayAct(q) {
					// "wants Putin to attack", "reason with Israel to
					// allow": asked of Putin, of Israel, not done
					f.start = j
					f.hypothetical = true
					f.requested = true
					return f
				}
				// "were in Rome to attend", "used water cannon to
				// disperse": a purpose, with the clause's subject
				f.start = j + 1
				f.purpose = true
				// "launched an offensive, allegedly to stop rockets, and
				// to destroy tunnels": a purpose set apart is what was
				// meant, not what was done
				f.hypothetical = g.low == "," || g.low == "and" || g.tag == "RB" || g.low == "order" || g.low == "as" || s.triedClause(j)
				return f
			}
			f.words = append(f.words, j-1)
			j--
		case (w.low == "and" || w.low == "or") && !f.future && f.intent == "" && f.refuse == "" && f.sched == "":
			// "scheduled to give a speech and meet with …": the second
			// infinitive shares the first one's frame
			if to := s.sharedTo(j); to >= 0 {
				g := s.frame(to + 1)
				g.negated = g.negated || f.negated
				g.passive = f.passive
				g.words = append(g.words, f.words...)
				return g
			}
			f.start = j + 1
			// "were timed and executed", "were surrounded by gunboats and
			// taken into custody": the second participle shares the
			// first one's passive, and its agent
			if s.w[k].tag == "VBN" {
				if i := s.passiveBefore(j); i >= 0 {
					f.passive = true
					f.conj = i
				}
			}
			return f
		default:
			if w.low == "from" && j+1 < k && s.w[j+1].tag == "VBG" {
				f.hypothetical = true // "to stop rockets from being fired": prevented, not done
			}
			f.start = j + 1
			return f
		}
		f.words = append(f.words, j)
		j--
	}
	f.start = 0
	return f
}

// askedOf reports whether phrase p is the object of a verb, or of "with"
// after one ("plead with Israel to allow"), so that a to-infinitive after
// it is what p is asked to do.
func (s *sentence) askedOf(p int) bool {
	st := s.np[p].start
	if st > 0 && strings.HasPrefix(s.w[st-1].tag, "VB") {
		return true
	}
	if st < 2 || s.w[st-1].low != "with" {
		return false
	}
	// the verb before "with", or a word after "to" the tagger read as
	// a noun ("to reason/NN with")
	return strings.HasPrefix(s.w[st-2].tag, "VB") || st > 2 && s.w[st-3].low == "to"
}

// passiveBefore returns the passive participle that ends the verb chain
// before the conjunction at word j, in the same clause, or -1: "surrounded"
// in "were surrounded by Iranian gunboats and taken into custody".
func (s *sentence) passiveBefore(j int) int {
	for i := j - 1; i >= 0 && !s.barrier(i) && s.w[i].low != ","; i-- {
		if s.w[i].tag == "VBN" {
			if s.frame(i).passive {
				return i
			}
			return -1
		}
		if s.finite(i) && !s.isAux(i) {
			return -1
		}
	}
	return -1
}

// triedClause reports whether the clause a purpose infinitive at word j
// hangs on is only attempted or said to be due: "she should try to reason
// with Israel to allow …" does not report the allowing.
func (s *sentence) triedClause(j int) bool {
	for i := j - 1; i >= 0 && !s.barrier(i) && s.w[i].low != ","; i-- {
		switch w := s.w[i]; {
		case w.tag == "MD" && w.low != "will" && w.low != "'ll" && w.low != "wo" && w.low != "would":
			return true
		case i+1 < j && s.w[i+1].low == "to" && (base(intentVerbs, w.low) == "try" || base(intentVerbs, w.low) == "attempt" || base(intentVerbs, w.low) == "seek"):
			return true
		}
	}
	return false
}

// failWords frame a following to-infinitive as not done: "failed to
// withdraw", "Japan's failure to apologise", "was unable to agree".
var failWords = set("fail fails failed failing failure failures unable", "")

// sharedTo returns the "to" of an earlier infinitive that a verb after the
// conjunction at word j is coordinated with: "to give a speech … and
// meet"; -1 when a finite verb or clause boundary comes first.
func (s *sentence) sharedTo(j int) int {
	for i := j - 1; i >= 0 && i >= j-15; i-- {
		if s.barrier(i) || s.finite(i) {
			return -1
		}
		if s.w[i].low == "to" && i+1 < j && s.w[i+1].tag == "VB" {
			return i
		}
	}
	return -1
}

// conditional reports whether word k lies in an "if", "unless" or
// "whether" clause, or an embedded question ("how Kyiv would be …").
func (s *sentence) conditional(k int) bool {
	for i := k - 1; i >= 0; i-- {
		switch s.w[i].low {
		case "if", "unless", "whether":
			return true
		case ".", ";", "—", "–":
			return false
		case ",":
			if i+1 < len(s.w) && s.w[i+1].low != "if" {
				// a comma closes a conditional clause only when the
				// trigger is in the main clause after it
				continue
			}
		}
	}
	return false
}

// intentNouns name an intention whose content follows as a to-infinitive.
var intentNouns = set("threat threats plan plans pledge pledges promise promises offer offers vow vows "+
	"decision bid commitment agreement readiness willingness", "")

// mayAct reports whether phrase p can be asked to do something: a name, a
// pronoun or a word for people ("wants Putin to attack", "urged the
// government to act"), not a thing ("used water cannon to disperse").
func (s *sentence) mayAct(p int) bool {
	ph := s.np[p]
	return ph.ent != "" || ph.anaphor || s.w[ph.head].tag == "PRP" || s.actorish([]int{p}) || s.proper([]int{p})
}

// takesObject reports whether the trigger verb at word k acts on someone
// in its first sense: "killed", "detained", not "marched".
func (s *sentence) takesObject(k int) bool {
	_, senses := s.x.lookupWord(false, s.w[k].low)
	return len(senses) > 0 && senses[0].obj == target
}

// otherFinite reports whether the sentence has a finite verb other than
// word k.
func (s *sentence) otherFinite(k int) bool {
	for i := range s.w {
		if i != k && s.finite(i) {
			return true
		}
	}
	return false
}

// headlinePassive reports whether the past form at word k is a headline's
// passive: the only verb of its sentence, with no auxiliary, no object and
// a phrase before it, of a verb that acts on someone ("Margaret Hassan
// reportedly killed", "Three soldiers kidnapped in Basra"). The phrase
// before it is who was acted on.
func (s *sentence) headlinePassive(k int) bool {
	if t := s.w[k].tag; t != "VBN" && t != "VBD" || !s.takesObject(k) || s.object(k) != nil || s.otherFinite(k) {
		return false
	}
	j := k - 1
	for j >= 0 && s.w[j].tag == "RB" {
		j--
	}
	if j < 0 || s.phraseEnding(j) < 0 {
		return false
	}
	for i := range s.w {
		if i != k && (s.w[i].aux != "" || strings.HasPrefix(s.w[i].tag, "VB")) {
			return false
		}
	}
	return true
}
