package event

import (
	"fmt"
	"strings"

	"chronicle"
)

// cooperative are the types PLOVER turns into AGREE when they are promised
// or reported in the future (manual 3.1).
func cooperative(t chronicle.EventType) bool {
	switch t {
	case chronicle.Consult, chronicle.Support, chronicle.Cooperate, chronicle.Aid:
		return true
	}
	return false
}

// hostile are material acts of conflict: said to be coming by the one who
// would do them, they are threats (manual 2.3).
func hostile(t chronicle.EventType) bool {
	switch t {
	case chronicle.Assault, chronicle.Coerce, chronicle.Sanction, chronicle.Mobilize, chronicle.Protest:
		return true
	}
	return false
}

// modality applies the frame of the verb chain at word k to c.
func (x *extractor) modality(c *cand, s *sentence, f frame, k int) {
	c.negated = f.negated
	c.hypo = f.hypothetical || s.conditional(k) || s.ableClause(k)
	if f.would {
		if c.quote >= 0 || s.reported(f.start) {
			c.future = true
		} else {
			c.hypo = true
		}
	}
	if f.future {
		c.future = true
	}
	switch {
	case f.refuse != "":
		c.why = append(c.why, fmt.Sprintf("%q to it is a refusal (REJECT)", f.refuse))
		c.mode = requestMode(c.typ, chronicle.Reject)
		c.typ = chronicle.Reject
		c.negated = false
		return
	case f.negated && (f.future || f.would || f.intent != "") && (cooperative(c.typ) || c.typ == chronicle.Agree || c.typ == chronicle.Retreat || c.typ == chronicle.Concede):
		c.why = append(c.why, "a stated will not to cooperate is a refusal (REJECT)")
		c.mode = requestMode(c.typ, chronicle.Reject)
		c.typ = chronicle.Reject
		c.negated = false
		c.future = false
		return
	case f.intent != "":
		c.future = true
		switch {
		case f.intent == "threaten" || f.intent == "vow" && hostile(c.typ) || hostile(c.typ) && f.intent != "agree":
			if hostile(c.typ) || f.intent == "threaten" {
				c.why = append(c.why, fmt.Sprintf("%q to do it is a threat (THREATEN)", f.intent))
				c.mode = threatMode(c.typ)
				c.typ = chronicle.Threaten
			}
		case cooperative(c.typ):
			c.why = append(c.why, fmt.Sprintf("%q to do it is a promise (AGREE)", f.intent))
			c.typ, c.mode = chronicle.Agree, ""
		case c.typ == chronicle.Retreat:
			c.why = append(c.why, fmt.Sprintf("%q to do it is a concession (CONCEDE)", f.intent))
			c.typ = chronicle.Concede
		}
		return
	}
	x.applyFuture(c, s, &f)
}

// applyFuture turns future cooperation into AGREE and a future retreat
// into CONCEDE, as the manual (3.1, 3.4) codes them.
func (x *extractor) applyFuture(c *cand, s *sentence, f *frame) {
	if !c.future || c.negated || c.hypo {
		return // "will join the session when he can": no promise made
	}
	switch {
	case cooperative(c.typ):
		c.why = append(c.why, "cooperation reported in the future is AGREE")
		c.typ, c.mode = chronicle.Agree, ""
	case c.typ == chronicle.Retreat:
		c.why = append(c.why, "a retreat announced for the future is CONCEDE")
		c.typ = chronicle.Concede
	}
}

// threatMode is the THREATEN mode for a threatened act of type t.
func threatMode(t chronicle.EventType) string {
	switch t {
	case chronicle.Assault, chronicle.Mobilize:
		return "violence"
	case chronicle.Coerce:
		return "restrict"
	case chronicle.Sanction:
		return "relations"
	}
	return ""
}

// reported reports whether a speech verb comes before word k in s: "said
// he would …" is future in the past, not a condition.
func (s *sentence) reported(k int) bool {
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		if strings.HasPrefix(s.w[i].tag, "VB") && base(speechVerbs, s.w[i].low) != "" {
			return true
		}
	}
	return false
}

// ableClause reports whether a "when", "if" or "once" clause after word k
// makes the act depend on the actor being able: "will join the working
// session when he can", "will visit if she is able to".
func (s *sentence) ableClause(k int) bool {
	for i := k + 1; i+1 < len(s.w); i++ {
		switch s.w[i].low {
		case ".", ";", "\"", "”", "''":
			return false
		case "when", "if", "once", "whenever":
			p := s.phraseStarting(i + 1)
			if p < 0 {
				return false
			}
			j := s.np[p].end
			if j < len(s.w) && (s.w[j].low == "can" || s.w[j].low == "could") {
				return true
			}
			return j+1 < len(s.w) && s.w[j].aux == "be" && s.w[j+1].low == "able"
		}
	}
	return false
}

// possibleWords are the adjectives that, said of an event noun, make it
// hypothetical: "another offensive … was possible".
var possibleWords = set("possible likely unlikely probable conceivable inevitable", "")

// saidPossible reports whether the event noun phrase ending before word
// end is the subject of "be possible", "be likely" and the like.
func (s *sentence) saidPossible(end int) bool {
	for i := end; i < len(s.w) && i < end+14; i++ {
		if s.barrier(i) {
			return false
		}
		if s.w[i].aux == "be" && s.finite(i) {
			j := i + 1
			for j < len(s.w) && s.w[j].tag == "RB" {
				j++
			}
			return j < len(s.w) && possibleWords[s.w[j].low]
		}
		if s.isVerb(i) {
			return false
		}
	}
	return false
}
