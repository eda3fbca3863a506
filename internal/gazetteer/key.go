package gazetteer

import "strings"

// names maps names, with their dots removed, to indexes. A name written
// in capitals only is also looked up in title case, so headlines
// ("UKRAINE", "NEW YORK") find what ordinary text does.
type names map[string]int32

// add records name → i. With replace false an existing entry is kept, so
// the first added wins (the most populous city, the top-level subdivision).
func (n names) add(name string, i int32, replace bool) {
	k := stripDots(name)
	if k == "" {
		return
	}
	if _, ok := n[k]; ok && !replace {
		return
	}
	n[k] = i
}

func (n names) find(s string) (int32, bool) {
	s = strings.TrimSpace(s)
	if i, ok := lookup(n, s); ok {
		return i, true
	}
	if !allCaps(s) {
		return 0, false
	}
	s = stripDots(s)
	for _, minor := range []bool{true, false} {
		if i, ok := n[titleCase(s, minor)]; ok {
			return i, true
		}
	}
	return 0, false
}

// titleCase capitalises each word of s and lower-cases the rest; with
// minor set, short joining words ("of", "and") stay in lower case.
func titleCase(s string, minor bool) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i == 0 || !minor || !minorWords[w] {
			words[i] = capitalise(w)
		}
	}
	return strings.Join(words, " ")
}

// lookup finds s in m, ignoring dots in s, without allocating when s is
// short.
func lookup[V any](m map[string]V, s string) (V, bool) {
	if strings.IndexByte(s, '.') < 0 {
		v, ok := m[s]
		return v, ok
	}
	var buf [64]byte
	b := appendStripped(buf[:0], s)
	v, ok := m[string(b)]
	return v, ok
}

func appendStripped(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			b = append(b, s[i])
		}
	}
	return b
}

// stripDots removes the dots of s and trims it.
func stripDots(s string) string {
	if strings.IndexByte(s, '.') >= 0 {
		s = strings.ReplaceAll(s, ".", "")
	}
	return strings.TrimSpace(s)
}

// allCaps reports whether s has at least one upper-case ASCII letter and no
// lower-case letter.
func allCaps(s string) bool {
	upper := false
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= 'a' && r <= 'z', r > 0x7f && strings.ToUpper(string(r)) != string(r):
			return false
		}
	}
	return upper
}

// roleKey normalises a title for matching: ASCII lower case, no dots,
// hyphens as spaces, single spaces. It appends to b.
func roleKey(b []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.':
			continue
		case c == '-' || c == ' ' || c == '\t' || c == '\n':
			space = len(b) > 0
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return b
}

// normRole returns the normalised form of a title, as roleKey, also
// lower-casing non-ASCII letters.
func normRole(s string) string {
	return string(roleKey(nil, strings.ToLower(s)))
}
