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
	c.hypo = f.hypothetical || s.conditional(k)
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
	if !c.future || c.negated {
		return
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
