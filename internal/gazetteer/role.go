package gazetteer

import (
	"cmp"
	"slices"
	"strings"
)

// Role returns the role a title names, without regard to case, dots or
// hyphens: "Prime Minister", "prime minister" and "Prime-Minister" are
// the same GOV role; "Gen." is MIL.
func (g *Gazetteer) Role(title string) (Role, bool) {
	if i, ok := g.role(title); ok {
		return g.roles[i], true
	}
	return Role{}, false
}

func (g *Gazetteer) role(title string) (int32, bool) {
	var buf [64]byte
	b := roleKey(buf[:0], title)
	if i, ok := g.roleKey[string(b)]; ok {
		return i, true
	}
	for i := 0; i < len(title); i++ {
		if title[i] >= 0x80 {
			i, ok := g.roleKey[normRole(title)]
			return i, ok
		}
	}
	return 0, false
}

// Roles returns every role, those with the most words first, so that a
// matcher trying them in order finds "deputy prime minister" before
// "prime minister" and "minister".
func (g *Gazetteer) Roles() []Role {
	out := slices.Clone(g.roles)
	slices.SortStableFunc(out, func(a, b Role) int {
		return cmp.Compare(strings.Count(b.Title, " "), strings.Count(a.Title, " "))
	})
	return out
}
