package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// An Attribution is one gold attribution relation of a brat standoff file:
// who (Source) is reported, with which words (Cue), to have said or thought
// what (Content). Each part is a list of byte spans of the article text, as
// brat allows discontinuous spans; Source is empty when the text names no
// source.
type Attribution struct {
	ID      string
	Source  []chronicle.Span
	Cue     []chronicle.Span
	Content []chronicle.Span
}

// ReadBrat reads the attributions of a brat standoff file (.ann) over text,
// as PolNeAR writes them: "T" lines give a label (Source, Cue, Content, …)
// and character offsets, "E" lines tie an attribution's parts together by
// role ("Source:T3", "Content:T9", "Content2:T13"). Offsets count Unicode
// code points, as brat does; ReadBrat turns them into byte offsets of text.
// Lines of other kinds and the continuation lines of a multi-line span text
// are skipped. An attribution with no content is dropped. A malformed line,
// an offset outside text or a role naming an unknown span is an error
// naming name and the line number.
func ReadBrat(r io.Reader, name, text string) ([]Attribution, error) {
	bytesAt := runeOffsets(text)
	spans := map[string][]chronicle.Span{}
	type event struct {
		id    string
		roles [][2]string
		line  int
	}
	var events []event
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	line := 0
	lastWasT := false
	for sc.Scan() {
		line++
		l := sc.Text()
		fields := strings.Split(l, "\t")
		id := fields[0]
		switch {
		case strings.TrimSpace(l) == "":
			continue
		case len(id) > 1 && id[0] == 'T' && isDigits(id[1:]):
			if len(fields) < 2 {
				return nil, fmt.Errorf("%s:%d: span %s: want label and offsets: %w", name, line, id, chronicle.ErrInvalid)
			}
			label, offsets, ok := strings.Cut(fields[1], " ")
			if !ok {
				return nil, fmt.Errorf("%s:%d: span %s: no offsets after label %q: %w", name, line, id, label, chronicle.ErrInvalid)
			}
			var ss []chronicle.Span
			for _, part := range strings.Split(offsets, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(part), " ")
				start, err1 := strconv.Atoi(a)
				end, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || start < 0 || end < start || end >= len(bytesAt) {
					return nil, fmt.Errorf("%s:%d: span %s: bad offsets %q for a text of %d characters: %w", name, line, id, part, len(bytesAt)-1, chronicle.ErrInvalid)
				}
				ss = append(ss, chronicle.Span{Start: bytesAt[start], End: bytesAt[end]})
			}
			spans[id] = ss
			lastWasT = true
		case len(id) > 1 && id[0] == 'E' && isDigits(id[1:]):
			if len(fields) < 2 {
				return nil, fmt.Errorf("%s:%d: event %s: no roles: %w", name, line, id, chronicle.ErrInvalid)
			}
			e := event{id: id, line: line}
			for _, arg := range strings.Fields(fields[1]) {
				role, ref, ok := strings.Cut(arg, ":")
				if !ok {
					return nil, fmt.Errorf("%s:%d: event %s: role %q: want Role:T<n>: %w", name, line, id, arg, chronicle.ErrInvalid)
				}
				e.roles = append(e.roles, [2]string{strings.TrimRight(role, "0123456789"), ref})
			}
			events = append(events, e)
			lastWasT = false
		case len(id) > 0 && (id[0] == '#' || id[0] == 'A' || id[0] == 'R' || id[0] == 'N' || id[0] == 'M'):
			lastWasT = false // notes, attributes, relations, normalizations
		case lastWasT:
			// the text of the span above runs over more lines
		default:
			return nil, fmt.Errorf("%s:%d: unknown annotation line %q: %w", name, line, cut(l, 40), chronicle.ErrInvalid)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var out []Attribution
	for _, e := range events {
		a := Attribution{ID: e.id}
		for _, r := range e.roles {
			ss, ok := spans[r[1]]
			if !ok {
				return nil, fmt.Errorf("%s:%d: event %s: role %s names unknown span %s: %w", name, e.line, e.id, r[0], r[1], chronicle.ErrInvalid)
			}
			switch r[0] {
			case "Source":
				a.Source = append(a.Source, ss...)
			case "Cue":
				a.Cue = append(a.Cue, ss...)
			case "Content":
				a.Content = append(a.Content, ss...)
			}
		}
		if len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// runeOffsets returns the byte offset of each code point of text, and
// len(text) last, so that offsets[i] is where character i starts.
func runeOffsets(text string) []int {
	offsets := make([]int, 0, len(text)+1)
	for i := range text {
		offsets = append(offsets, i)
	}
	return append(offsets, len(text))
}

// A QuoteScore is how well extracted quotes agree with gold attributions.
// Content figures ask whether a quote's words are gold content; speaker
// figures ask that and also that the quote's speaker span overlaps the gold
// source. The Direct figures restrict recall to gold attributions whose
// content is all inside quotation marks, and precision to quotes of kind
// direct. See docs/quotes.md for the matching rules.
type QuoteScore struct {
	Articles        int `json:"articles"`
	Gold            int `json:"gold"`            // gold attributions with content
	GoldDirect      int `json:"goldDirect"`      // of which all quoted
	Predicted       int `json:"predicted"`       // extracted quotes
	PredictedDirect int `json:"predictedDirect"` // of which direct

	ContentCorrect       int `json:"contentCorrect"`       // quotes matching gold content
	ContentFound         int `json:"contentFound"`         // gold attributions the quotes cover
	SpeakerCorrect       int `json:"speakerCorrect"`       // matching quotes with the right speaker
	SpeakerFound         int `json:"speakerFound"`         // gold attributions covered with the right speaker
	DirectContentCorrect int `json:"directContentCorrect"` // direct quotes matching gold content
	DirectContentFound   int `json:"directContentFound"`   // all-quoted gold attributions covered
	DirectSpeakerCorrect int `json:"directSpeakerCorrect"` // direct quotes matching, with the right speaker
	DirectSpeakerFound   int `json:"directSpeakerFound"`   // all-quoted gold attributions covered with the right speaker

	ContentP        float64 `json:"contentP"`
	ContentR        float64 `json:"contentR"`
	ContentF1       float64 `json:"contentF1"`
	SpeakerP        float64 `json:"speakerP"`
	SpeakerR        float64 `json:"speakerR"`
	SpeakerF1       float64 `json:"speakerF1"`
	DirectContentP  float64 `json:"directContentP"`
	DirectContentR  float64 `json:"directContentR"`
	DirectContentF1 float64 `json:"directContentF1"`
	DirectSpeakerP  float64 `json:"directSpeakerP"`
	DirectSpeakerR  float64 `json:"directSpeakerR"`
	DirectSpeakerF1 float64 `json:"directSpeakerF1"`
}

// PolNeAR scores the quotes analyze finds in a PolNeAR split against its
// gold attributions. dir holds text/NAME.txt and attributions/NAME_<annotator>.ann;
// when several annotators annotated an article, the first file in name
// order is the gold. Publication dates come from metadata.tsv in dir or its
// parent (columns "filename" and "publication_date"); an article missing
// from it has no date. analyze must keep the article text as given. A
// missing folder, an article without annotations or a malformed file is an
// error naming the file.
func PolNeAR(dir string, analyze func(*chronicle.Article) *chronicle.Document) (QuoteScore, error) {
	var s QuoteScore
	dates, err := polnearDates(dir)
	if err != nil {
		return s, err
	}
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return s, err
	}
	if len(texts) == 0 {
		return s, fmt.Errorf("%s: no text/*.txt: %w", dir, chronicle.ErrNotFound)
	}
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return s, err
	}
	slices.Sort(anns)
	slices.Sort(texts)
	for _, path := range texts {
		base := strings.TrimSuffix(filepath.Base(path), ".txt")
		ann := ""
		for _, a := range anns {
			if strings.HasPrefix(filepath.Base(a), base+"_") {
				ann = a
				break
			}
		}
		if ann == "" {
			return s, fmt.Errorf("%s: no attributions/%s_*.ann: %w", path, base, chronicle.ErrNotFound)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return s, err
		}
		text := string(b)
		f, err := os.Open(ann)
		if err != nil {
			return s, err
		}
		gold, err := ReadBrat(f, ann, text)
		f.Close()
		if err != nil {
			return s, err
		}
		a := &chronicle.Article{ID: chronicle.IDOf(text), Date: dates[base], Title: firstLine(text), Source: publisher(base), Text: text}
		d := analyze(a)
		if d == nil || d.Article == nil || d.Article.Text != text {
			return s, fmt.Errorf("%s: the analysis changed the article text, so offsets cannot be compared: %w", path, chronicle.ErrInvalid)
		}
		s.Add(ScoreQuotes(text, gold, d.Quotes))
	}
	s.Finish()
	return s, nil
}

// polnearDates reads the publication dates of metadata.tsv in dir or its
// parent; none when neither has one.
func polnearDates(dir string) (map[string]chronicle.Day, error) {
	dates := map[string]chronicle.Day{}
	var f *os.File
	for _, p := range []string{filepath.Join(dir, "metadata.tsv"), filepath.Join(dir, "..", "metadata.tsv")} {
		var err error
		if f, err = os.Open(p); err == nil {
			break
		}
	}
	if f == nil {
		return dates, nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	nameCol, dateCol := -1, -1
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if line == 1 {
			nameCol, dateCol = slices.Index(cols, "filename"), slices.Index(cols, "publication_date")
			if nameCol < 0 || dateCol < 0 {
				return nil, fmt.Errorf("%s:1: want columns filename and publication_date: %w", f.Name(), chronicle.ErrInvalid)
			}
			continue
		}
		if len(cols) <= max(nameCol, dateCol) {
			continue
		}
		day, err := chronicle.ParseDay(cols[dateCol])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: publication_date: %w", f.Name(), line, err)
		}
		dates[cols[nameCol]] = day
	}
	return dates, sc.Err()
}

func firstLine(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return line
}

// publisher returns the publisher code a PolNeAR file name starts with.
func publisher(base string) string {
	p, _, _ := strings.Cut(base, "_")
	return p
}

// ScoreQuotes compares the quotes extracted from text with its gold
// attributions and returns the counts, without the ratios; Add sums them
// over articles and Finish computes the ratios.
//
// Words are maximal runs of letters and digits. A quote's words are those
// of its Clause when it has one (a partial quote stands for its reported
// clause), else of its Span. A quote matches the gold attribution whose
// content shares most of its words, when that is at least half of them. A
// gold attribution is found when the quotes matching it together cover at
// least half of its content words. A match has the right speaker when the
// quote's SpeakerSpan overlaps a span of the gold Source, or when neither
// has one. A gold attribution is direct when every word of its content lies
// between a pair of double quotation marks in its paragraph.
func ScoreQuotes(text string, gold []Attribution, quotes []chronicle.Quote) QuoteScore {
	words := wordSpans(text)
	quoted := quotedWords(text, words)
	owner := make([]int, len(words)) // the gold attribution whose content holds each word, -1 if none
	for i := range owner {
		owner[i] = -1
	}
	size := make([]int, len(gold))
	direct := make([]bool, len(gold))
	for g, a := range gold {
		direct[g] = true
		for _, s := range a.Content {
			for w := range wordsIn(words, s) {
				if owner[w] < 0 {
					owner[w] = g
					size[g]++
					direct[g] = direct[g] && quoted[w]
				}
			}
		}
		direct[g] = direct[g] && size[g] > 0
	}
	var s QuoteScore
	s.Articles = 1
	s.Gold = len(gold)
	for g := range gold {
		if direct[g] {
			s.GoldDirect++
		}
	}
	covered := make([]map[int]bool, len(gold))    // words of each gold covered by matching quotes
	coveredSpk := make([]map[int]bool, len(gold)) // … by matching quotes with the right speaker
	for g := range gold {
		covered[g], coveredSpk[g] = map[int]bool{}, map[int]bool{}
	}
	for _, q := range quotes {
		s.Predicted++
		isDirect := q.Kind == chronicle.DirectQuote
		if isDirect {
			s.PredictedDirect++
		}
		span := q.Span
		if q.Clause != nil {
			span = *q.Clause
		}
		shared := map[int]int{}
		n := 0
		for w := range wordsIn(words, span) {
			n++
			if owner[w] >= 0 {
				shared[owner[w]]++
			}
		}
		best, most := -1, 0
		for g, k := range shared {
			if k > most || k == most && g < best {
				best, most = g, k
			}
		}
		if n == 0 || best < 0 || 2*most < n {
			continue
		}
		right := speakerAgrees(q, gold[best])
		s.ContentCorrect++
		if right {
			s.SpeakerCorrect++
		}
		if isDirect {
			s.DirectContentCorrect++
			if right {
				s.DirectSpeakerCorrect++
			}
		}
		for w := range wordsIn(words, span) {
			if owner[w] == best {
				covered[best][w] = true
				if right {
					coveredSpk[best][w] = true
				}
			}
		}
	}
	for g := range gold {
		found := 2*len(covered[g]) >= size[g] && size[g] > 0
		foundSpk := 2*len(coveredSpk[g]) >= size[g] && size[g] > 0
		if found {
			s.ContentFound++
		}
		if foundSpk {
			s.SpeakerFound++
		}
		if direct[g] && found {
			s.DirectContentFound++
		}
		if direct[g] && foundSpk {
			s.DirectSpeakerFound++
		}
	}
	return s
}

// speakerAgrees reports whether q's speaker span overlaps a of the gold
// source spans, or neither has one.
func speakerAgrees(q chronicle.Quote, a Attribution) bool {
	if q.SpeakerSpan == nil {
		return len(a.Source) == 0
	}
	for _, s := range a.Source {
		if q.SpeakerSpan.Overlaps(s) {
			return true
		}
	}
	return false
}

// Add sums the counts of o into s; call Finish after the last.
func (s *QuoteScore) Add(o QuoteScore) {
	s.Articles += o.Articles
	s.Gold += o.Gold
	s.GoldDirect += o.GoldDirect
	s.Predicted += o.Predicted
	s.PredictedDirect += o.PredictedDirect
	s.ContentCorrect += o.ContentCorrect
	s.ContentFound += o.ContentFound
	s.SpeakerCorrect += o.SpeakerCorrect
	s.SpeakerFound += o.SpeakerFound
	s.DirectContentCorrect += o.DirectContentCorrect
	s.DirectContentFound += o.DirectContentFound
	s.DirectSpeakerCorrect += o.DirectSpeakerCorrect
	s.DirectSpeakerFound += o.DirectSpeakerFound
}

// Finish computes the ratios from the counts.
func (s *QuoteScore) Finish() {
	s.ContentP, s.ContentR, s.ContentF1 = prf(s.ContentCorrect, s.Predicted, s.ContentFound, s.Gold)
	s.SpeakerP, s.SpeakerR, s.SpeakerF1 = prf(s.SpeakerCorrect, s.Predicted, s.SpeakerFound, s.Gold)
	s.DirectContentP, s.DirectContentR, s.DirectContentF1 = prf(s.DirectContentCorrect, s.PredictedDirect, s.DirectContentFound, s.GoldDirect)
	s.DirectSpeakerP, s.DirectSpeakerR, s.DirectSpeakerF1 = prf(s.DirectSpeakerCorrect, s.PredictedDirect, s.DirectSpeakerFound, s.GoldDirect)
}

// prf returns precision, recall and F1 from the correct predictions out of
// n predicted and the found gold items out of m; a ratio over nothing is 0.
func prf(correct, n, found, m int) (p, r, f float64) {
	if n > 0 {
		p = float64(correct) / float64(n)
	}
	if m > 0 {
		r = float64(found) / float64(m)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// wordSpans returns the maximal runs of letters and digits of text.
func wordSpans(text string) []chronicle.Span {
	var ws []chronicle.Span
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			ws = append(ws, chronicle.Span{Start: start, End: i})
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, chronicle.Span{Start: start, End: len(text)})
	}
	return ws
}

// wordsIn yields the indices of the words that overlap s.
func wordsIn(words []chronicle.Span, s chronicle.Span) func(func(int) bool) {
	return func(yield func(int) bool) {
		i, _ := slices.BinarySearchFunc(words, s.Start, func(w chronicle.Span, at int) int { return w.End - 1 - at })
		for ; i < len(words) && words[i].Start < s.End; i++ {
			if words[i].Overlaps(s) && !yield(i) {
				return
			}
		}
	}
}

// quotedWords reports for each word whether it lies between a pair of
// double quotation marks: “ opens, ” closes, a straight mark toggles, and a
// line break closes whatever is open.
func quotedWords(text string, words []chronicle.Span) []bool {
	inside := make([]bool, len(text)+1)
	open := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '“', '„', '«':
			open = true
		case '”', '»':
			open = false
		case '"':
			open = !open
		case '\n':
			open = false
		}
		for k := i; k < i+n; k++ {
			inside[k] = open
		}
		i += n
	}
	q := make([]bool, len(words))
	for w, s := range words {
		q[w] = inside[s.Start]
	}
	return q
}
