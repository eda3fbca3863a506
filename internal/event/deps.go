package event

import "slices"

// Dependency arguments. When the tokens carry a parse (Token.Head and
// Token.Dep, from internal/parse), a verb whose subject the word-order
// rules do not find takes it from its dependents: the nsubj or nsubj:pass
// of the verb, through conj to the first conjunct's subject ("met … and
// discussed"), through xcomp to the controlling verb's subject ("prepared
// to attend"), through acl:relcl to the noun a relative clause hangs on;
// and a passive whose "by" phrase is out of the rules' reach takes its
// obl:agent. Each becomes the phrase group that holds the dependent word,
// with the parse's conjuncts and appositions, so the rest of the rules
// (entities, roles) work as they do on word order.
//
// The parse only fills what word order leaves empty. Measured on the
// validation records (docs/events.md), letting the parse override the
// rules, or supply objects, lost more than it gained: the parser's errors
// (a "from" phrase read as an object, a relative clause's subject on the
// wrong verb) cost events the rules get right. The pipeline does not run
// the parser (it would more than halve its speed), so on Chronicle's own
// output this path is idle; it serves callers that parse.

// parsed reports whether the sentence's tokens carry a dependency parse.
func (s *sentence) parsed() bool { return s.dep != nil }

// children returns the words whose head is word k and whose relation is
// one of rels.
func (s *sentence) children(k int, rels ...string) []int {
	var out []int
	for i, h := range s.head {
		if h != k {
			continue
		}
		for _, r := range rels {
			if s.dep[i] == r {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// depGroup returns the phrase group holding word i, nil when i is in no
// phrase. A relative pronoun stands for the noun its clause hangs on.
func (s *sentence) depGroup(i int) []int {
	if i < 0 || i >= len(s.w) {
		return nil
	}
	switch s.w[i].low {
	case "who", "which", "that", "whom":
		// the relative clause's verb is an acl:relcl of the antecedent
		for v := s.head[i]; v >= 0; v = s.head[v] {
			if s.dep[v] == "acl:relcl" {
				return s.depGroup(s.head[v])
			}
			if s.dep[v] != "conj" {
				break
			}
		}
		return nil
	}
	p := s.w[i].np
	if p < 0 {
		return nil
	}
	// "hundreds of UN troops": the troops
	if quantityNouns[s.w[i].low] {
		for _, c := range s.children(i, "nmod") {
			if len(s.children(c, "case")) > 0 && s.w[s.children(c, "case")[0]].low == "of" && s.w[c].np >= 0 {
				return s.depGroup(c)
			}
		}
	}
	g := s.group(p)
	// "the US, Russia and Switzerland": the parse's conjuncts; "the US
	// commander in Iraq, General David Petraeus": an apposition naming
	// the one the phrase describes
	for _, c := range s.children(i, "conj", "appos") {
		if q := s.w[c].np; q >= 0 && !slices.Contains(g, q) {
			g = append(g, q)
		}
	}
	return g
}

// depSubject returns the subject of the verb at word k from the parse:
// its nsubj or nsubj:pass, else that of the verb it is coordinated with or
// that controls it, else, for a relative clause, the noun it hangs on.
// nil when the parse gives none.
func (s *sentence) depSubject(k int) ([]int, string) {
	how := ""
	for step := 0; k >= 0 && step < 4; step++ {
		if c := s.children(k, "nsubj", "nsubj:pass"); len(c) > 0 {
			return s.depGroup(c[0]), how
		}
		switch s.dep[k] {
		case "conj":
			how = "coordinated verb"
		case "xcomp":
			how = "purpose clause"
		case "acl:relcl":
			return s.depGroup(s.head[k]), "relative"
		case "advcl":
			if s.w[k].tag != "VBG" {
				return nil, ""
			}
			how = "participle"
		default:
			return nil, ""
		}
		k = s.head[k]
	}
	return nil, ""
}

// depAgent returns the "by" phrase of a passive verb at word k from the
// parse, nil when it has none.
func (s *sentence) depAgent(k int) []int {
	if c := s.children(k, "obl:agent"); len(c) > 0 {
		return s.depGroup(c[0])
	}
	return nil
}
