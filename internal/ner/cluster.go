package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
)

// Lexicon building settings.
const (
	lexMinCount   = 4 // a word needs this many occurrences to enter the lexicon
	lexMaxWords   = 80000
	lexContexts   = 1500 // the most frequent words serve as context features
	lexFine       = 800  // clusters at the finest granularity
	lexMiddle     = 160
	lexCoarse     = 32
	lexIterations = 12
)

// BuildLexicon learns a Lexicon from tokenized sentences of unannotated
// text. Words are taken in lower case, except words in capitals inside
// sentences in lower case, which are acronyms ("US", "AIDS") and kept apart. Each word of at least four occurrences is described by the words
// just before and after it (weighted by positive pointwise mutual
// information), and the descriptions are grouped by spherical k-means into
// 800 clusters, which are grouped again into 160 and 32. The word's
// capitalization bucket is the share of its occurrences inside sentences
// (not first, not in a sentence written in capitals) that are capitalized.
// The result depends only on the sentences and their order.
func BuildLexicon(sentences [][]string, log io.Writer) *Lexicon {
	if log == nil {
		log = io.Discard
	}
	var sc scratch
	ids := map[string]int32{}
	var (
		forms  []string
		counts []int
		caps   []int // capitalized occurrences inside sentences
		inner  []int // occurrences inside sentences
		corpus [][]int32
	)
	var lowers []string
	for _, s := range sentences {
		seq := make([]int32, len(s))
		toks := make([]tokInfo, len(s))
		lowers = lowers[:0]
		for i, w := range s {
			toks[i].flags = sc.analyse(w)
			lowers = append(lowers, string(sc.lower))
		}
		markSentence(toks)
		for i, w := range s {
			key := lowers[i]
			if toks[i].flags&(fAllCaps|fCapsLine) == fAllCaps {
				sc.analyse(w)
				key = string(sc.word) // acronyms apart: "US" is not "us"
			}
			id, ok := ids[key]
			if !ok {
				id = int32(len(forms))
				ids[key] = id
				forms = append(forms, key)
				counts = append(counts, 0)
				caps = append(caps, 0)
				inner = append(inner, 0)
			}
			counts[id]++
			seq[i] = id
		}
		for i, t := range toks {
			if t.flags&fHasLetter == 0 || t.flags&(fFirst|fCapsLine) != 0 {
				continue
			}
			inner[seq[i]]++
			if t.flags&(fInitCap|fAllCaps) != 0 {
				caps[seq[i]]++
			}
		}
		corpus = append(corpus, seq)
	}

	// The vocabulary: words by falling frequency, ties by form.
	order := make([]int32, len(forms))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(a, b int) bool {
		x, y := order[a], order[b]
		if counts[x] != counts[y] {
			return counts[x] > counts[y]
		}
		return forms[x] < forms[y]
	})
	rank := make([]int32, len(forms))
	for i := range rank {
		rank[i] = -1
	}
	vocab := 0
	for i, id := range order {
		if counts[id] < lexMinCount || i >= lexMaxWords {
			break
		}
		rank[id] = int32(i)
		vocab++
	}
	fmt.Fprintf(log, "lexicon: %d sentences, %d word forms, %d in the vocabulary\n", len(corpus), len(forms), vocab)

	// Context counts: left neighbours in [0, lexContexts), right ones after.
	dims := 2 * lexContexts
	ctx := make([]map[int32]float32, vocab)
	for i := range ctx {
		ctx[i] = map[int32]float32{}
	}
	ctxTotal := make([]float64, dims)
	for _, seq := range corpus {
		for i, id := range seq {
			r := rank[id]
			if r < 0 {
				continue
			}
			if i > 0 {
				if c := rank[seq[i-1]]; c >= 0 && c < lexContexts {
					ctx[r][c]++
					ctxTotal[c]++
				}
			}
			if i+1 < len(seq) {
				if c := rank[seq[i+1]]; c >= 0 && c < lexContexts {
					ctx[r][lexContexts+c]++
					ctxTotal[lexContexts+c]++
				}
			}
		}
	}
	// PPMI vectors, unit length, as sorted sparse lists.
	var grand float64
	for _, t := range ctxTotal {
		grand += t
	}
	vecs := make([]sparse, vocab)
	for r := range vocab {
		var rowTotal float64
		for _, v := range ctx[r] {
			rowTotal += float64(v)
		}
		var s sparse
		for c, v := range ctx[r] {
			pmi := math.Log(float64(v) * grand / (rowTotal * ctxTotal[c]))
			if pmi > 0 {
				s.idx = append(s.idx, c)
				s.val = append(s.val, float32(pmi))
			}
		}
		s.sortAndNormalize()
		vecs[r] = s
	}

	rng := rand.New(rand.NewPCG(1, 2))
	fine, centroids := kmeans(vecs, dims, lexFine, lexIterations, rng, log)
	// Group the fine clusters' centroids into coarser ones.
	cvecs := make([]sparse, len(centroids))
	for k, c := range centroids {
		var s sparse
		for d, v := range c {
			if v != 0 {
				s.idx = append(s.idx, int32(d))
				s.val = append(s.val, v)
			}
		}
		s.sortAndNormalize()
		cvecs[k] = s
	}
	middle, _ := kmeans(cvecs, dims, lexMiddle, lexIterations, rng, log)
	coarse, _ := kmeans(cvecs, dims, lexCoarse, lexIterations, rng, log)

	l := &Lexicon{words: make(map[string]lexEntry, vocab)}
	for r := range vocab {
		id := order[r]
		e := lexEntry{clus: [3]uint16{uint16(coarse[fine[r]]) + 1, uint16(middle[fine[r]]) + 1, uint16(fine[r]) + 1}}
		if inner[id] >= 3 {
			e.capr = capBucket(float64(caps[id]) / float64(inner[id]))
		}
		l.words[forms[id]] = e
	}
	return l
}

// sparse is a sparse vector: values at sorted indexes.
type sparse struct {
	idx []int32
	val []float32
}

func (s *sparse) Len() int           { return len(s.idx) }
func (s *sparse) Less(a, b int) bool { return s.idx[a] < s.idx[b] }
func (s *sparse) Swap(a, b int) {
	s.idx[a], s.idx[b] = s.idx[b], s.idx[a]
	s.val[a], s.val[b] = s.val[b], s.val[a]
}

func (s *sparse) sortAndNormalize() {
	sort.Sort(s)
	var n float64
	for _, v := range s.val {
		n += float64(v) * float64(v)
	}
	if n == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(n))
	for i := range s.val {
		s.val[i] *= inv
	}
}

// kmeans groups unit vectors into k clusters by cosine similarity and
// returns each vector's cluster and the cluster centroids.
func kmeans(vecs []sparse, dims, k, iterations int, rng *rand.Rand, log io.Writer) ([]int, [][]float32) {
	k = min(k, len(vecs))
	assign := make([]int, len(vecs))
	// Seed with k distinct vectors chosen at random.
	perm := rng.Perm(len(vecs))
	cent := make([][]float32, k)
	for c := range cent {
		cent[c] = make([]float32, dims)
		v := vecs[perm[c]]
		for j, d := range v.idx {
			cent[c][d] = v.val[j]
		}
	}
	// Transposed centroids make the inner loop run over clusters.
	ct := make([]float32, dims*k)
	scores := make([]float32, k)
	for it := range iterations {
		for c := range cent {
			for d, v := range cent[c] {
				ct[d*k+c] = v
			}
		}
		changed := 0
		var total float64
		for i, v := range vecs {
			clear(scores)
			for j, d := range v.idx {
				x := v.val[j]
				row := ct[int(d)*k:][:k]
				for c, w := range row {
					scores[c] += x * w
				}
			}
			best := 0
			for c, s := range scores {
				if s > scores[best] {
					best = c
				}
			}
			if it == 0 || assign[i] != best {
				changed++
			}
			assign[i] = best
			total += float64(scores[best])
		}
		fmt.Fprintf(log, "k-means %d: pass %d, %d moved, mean similarity %.3f\n", k, it+1, changed, total/float64(max(1, len(vecs))))
		for c := range cent {
			clear(cent[c])
		}
		sizes := make([]int, k)
		for i, v := range vecs {
			c := assign[i]
			sizes[c]++
			for j, d := range v.idx {
				cent[c][d] += v.val[j]
			}
		}
		for c := range cent {
			if sizes[c] == 0 {
				// Restart an empty cluster from a random vector.
				v := vecs[rng.IntN(len(vecs))]
				for j, d := range v.idx {
					cent[c][d] = v.val[j]
				}
				continue
			}
			var n float64
			for _, v := range cent[c] {
				n += float64(v) * float64(v)
			}
			if n > 0 {
				inv := float32(1 / math.Sqrt(n))
				for d := range cent[c] {
					cent[c][d] *= inv
				}
			}
		}
		if it > 0 && changed == 0 {
			break
		}
	}
	return assign, cent
}
