package parse

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"chronicle/internal/conllu"
)

// treebank returns the path of a UD English EWT file in ../shared, skipping
// the test when the shared data is absent.
func treebank(t testing.TB, name string) string {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "ud-english-ewt", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no shared data (%v): the EWT tests need ../shared/data/ud-english-ewt", err)
	}
	return path
}

// oracleParse follows the oracle from the initial configuration, taking at
// each step the first move of cost zero in prefer, and returns the heads.
func oracleParse(t *testing.T, gold []int32, prefer [nMoves]int) []int32 {
	t.Helper()
	var s state
	n := len(gold) - 1
	s.reset(n)
	var cost [nMoves]int
	for steps := 0; !s.terminal(); steps++ {
		if steps > 2*n {
			t.Fatalf("no end after %d moves", steps)
		}
		s.costs(gold, &cost)
		m := -1
		for _, c := range prefer {
			if cost[c] == 0 {
				m = c
				break
			}
		}
		if m < 0 {
			t.Fatalf("gold %v: no move of cost zero at stack %v, buffer front %d (costs %v)", gold, s.stack, s.b, cost)
		}
		s.apply(m, 0)
	}
	return s.head[:n+1]
}

// randomProjective returns the heads of a random projective tree over n
// words with one word attached to the root: each span's head is chosen,
// and the words left and right of it split into subtrees.
func randomProjective(r *rand.Rand, n int) []int32 {
	heads := make([]int32, n+1)
	heads[0] = -1
	var build func(lo, hi int, parent int32)
	build = func(lo, hi int, parent int32) {
		if lo > hi {
			return
		}
		h := lo + r.IntN(hi-lo+1)
		heads[h] = parent
		// Split each side into one or more consecutive subtrees.
		for a := lo; a < h; {
			b := a + r.IntN(h-a)
			build(a, b, int32(h))
			a = b + 1
		}
		for a := h + 1; a <= hi; {
			b := a + r.IntN(hi-a+1)
			build(a, b, int32(h))
			a = b + 1
		}
	}
	build(1, n, 0)
	return heads
}

func TestOracleReproducesProjectiveTrees(t *testing.T) {
	orders := [][nMoves]int{{shift, left, right}, {left, right, shift}, {right, left, shift}}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 500 {
		gold := randomProjective(r, 1+r.IntN(25))
		for _, order := range orders {
			got := oracleParse(t, gold, order)
			if !slices.Equal(got[1:], gold[1:]) {
				t.Fatalf("tree %d, order %v: oracle built %v, want %v", i, order, got[1:], gold[1:])
			}
		}
	}
}

func TestOracleOnTreebank(t *testing.T) {
	sents, err := conllu.ReadFile(treebank(t, "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	xs, _, lifted, err := samples(sents)
	if err != nil {
		t.Fatal(err)
	}
	if lifted == 0 {
		t.Error("no arc lifted in the dev set, which has non-projective trees")
	}
	for _, x := range xs {
		if !isProjective(x.heads) {
			t.Fatalf("%v: not projective after lifting", x.words)
		}
		got := oracleParse(t, x.heads, [nMoves]int{left, right, shift})
		if !slices.Equal(got[1:], x.heads[1:]) {
			t.Fatalf("%v: oracle built %v, want %v", x.words, got[1:], x.heads[1:])
		}
	}
}

// isProjective reports whether no arc of heads crosses another.
func isProjective(heads []int32) bool {
	for d := int32(1); d < int32(len(heads)); d++ {
		h := heads[d]
		for k := min(h, d) + 1; k < max(h, d); k++ {
			if !dominates(heads, h, k) {
				return false
			}
		}
	}
	return true
}

func TestProjectivize(t *testing.T) {
	// Word 3 is the root word and heads 2, which heads 1 and 4: the arc
	// from 2 to 4 passes over 3, which 2 does not dominate.
	heads := []int32{-1, 2, 3, 0, 2}
	if isProjective(heads) {
		t.Fatal("test tree is projective")
	}
	if n := projectivize(heads); n != 1 {
		t.Errorf("lifted %d arcs, want 1", n)
	}
	if want := []int32{-1, 2, 3, 0, 3}; !slices.Equal(heads, want) {
		t.Errorf("heads = %v, want %v", heads, want)
	}
	if !isTree(heads) || !isProjective(heads) {
		t.Errorf("%v: not a projective tree", heads)
	}
}

func TestIsTree(t *testing.T) {
	tests := []struct {
		heads []int32
		want  bool
	}{
		{[]int32{-1, 0}, true},
		{[]int32{-1, 2, 0, 2}, true},
		{[]int32{-1, 2, 1}, false},    // a cycle
		{[]int32{-1, 1}, false},       // its own head
		{[]int32{-1, 5, 0}, false},    // out of range
		{[]int32{-1, 0, 3, 2}, false}, // a cycle beside the root
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.heads), func(t *testing.T) {
			if got := isTree(tt.heads); got != tt.want {
				t.Errorf("isTree = %v, want %v", got, tt.want)
			}
		})
	}
}
