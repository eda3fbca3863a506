package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/event"
	"chronicle/internal/gazetteer"
	"chronicle/internal/ingest"
	"chronicle/internal/ner"
	"chronicle/internal/quote"
	"chronicle/internal/resolve"
	"chronicle/internal/tag"
	"chronicle/internal/timex"
	"chronicle/internal/tokenize"
)

// The benchmarks here measure Analyze, and each of its stages alone, over
// the Wikinews politics articles (../shared/data/wikinews/politics.jsonl).
// A word is a run of non-space characters of the article text, as wc -w
// counts them, so words/s compares with any other tool's figure whatever
// its tokenizer does with punctuation. Run them on one core:
//
//	taskset -c 0 go test ./internal/pipeline -run XXX -bench . -cpu 1

// moduleRoot returns the directory holding go.mod above the working
// directory, or skips b.
func moduleRoot(b *testing.B) string {
	b.Helper()
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			b.Skip("no go.mod above the working directory")
		}
		dir = parent
	}
}

// corpus is the benchmark text, read once per process.
type corpus struct {
	articles []*chronicle.Article
	words    int // whitespace-separated words of the texts
	bytes    int // bytes of the texts
}

var loaded *corpus

// wikinews reads the Wikinews politics articles through ingest.NewArticle,
// as the reader of JSON lines does, or skips b when the file is absent.
func wikinews(b *testing.B) *corpus {
	b.Helper()
	if loaded != nil {
		return loaded
	}
	path := filepath.Join(moduleRoot(b), "..", "shared", "data", "wikinews", "politics.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("benchmark corpus not available: %v", err)
	}
	defer f.Close()
	c := &corpus{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		var r struct {
			Date, Title, Text, Source, URL string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatalf("%s:%d: %v", path, line, err)
		}
		day, err := chronicle.ParseDay(r.Date)
		if err != nil {
			b.Fatalf("%s:%d: date: %v", path, line, err)
		}
		a := ingest.NewArticle(day, r.Title, r.Text, r.Source, r.URL)
		c.articles = append(c.articles, a)
		c.words += len(strings.Fields(a.Text))
		c.bytes += len(a.Text)
	}
	if err := sc.Err(); err != nil {
		b.Fatalf("%s: %v", path, err)
	}
	if len(c.articles) == 0 {
		b.Fatalf("%s: no articles", path)
	}
	loaded = c
	return c
}

// measure runs pass(n), which handles the first n articles of the corpus,
// over the whole corpus until the benchmark has its time, and reports MB/s,
// words/s, words per second of the process's CPU time and allocations per
// word. On a shared machine the wall clock counts the time other processes
// hold the core; the CPU time (user and system, garbage collection
// included) does not, so words/cpu-s is the steadier figure. Before timing,
// pass runs over the first articles, so that lazily built indexes and
// pooled scratch memory do not count.
func measure(b *testing.B, c *corpus, pass func(n int)) {
	pass(min(len(c.articles), 100))
	b.SetBytes(int64(c.bytes))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu := cpuTime()
	n := 0
	for b.Loop() {
		pass(len(c.articles))
		n++
	}
	cpu = cpuTime() - cpu
	runtime.ReadMemStats(&after)
	words := float64(c.words) * float64(n)
	b.ReportMetric(words/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(words/cpu.Seconds(), "words/cpu-s")
	}
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/words, "allocs/word")
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkAnalyze runs every stage over every article: the work of
// `chronicle extract` less reading and printing.
func BenchmarkAnalyze(b *testing.B) {
	c := wikinews(b)
	p := New()
	measure(b, c, func(n int) {
		for _, a := range c.articles[:n] {
			p.Analyze(a)
		}
	})
}

// stageInput returns the documents of c with the stages before the named
// one already run, in Analyze's order.
func stageInput(c *corpus, p *Pipeline, stage string) []*chronicle.Document {
	order := []string{"tokenize", "tag", "ner", "resolve", "timex", "quote", "event"}
	docs := make([]*chronicle.Document, len(c.articles))
	for i, a := range c.articles {
		d := chronicle.NewDocument(a)
		for _, s := range order {
			if s == stage {
				break
			}
			runStage(p, d, s)
		}
		docs[i] = d
	}
	return docs
}

// runStage runs one stage of Analyze over d.
func runStage(p *Pipeline, d *chronicle.Document, stage string) {
	switch stage {
	case "tokenize":
		d.Sentences, d.Tokens = tokenize.Tokenize(d.Article.Text)
	case "tag":
		p.Tagger.Tag(d)
	case "ner":
		p.Recognizer.Recognize(d)
	case "resolve":
		d.Entities = resolve.Entities(d, p.Gazetteer)
	case "timex":
		d.Times = timex.Normalize(d)
	case "quote":
		d.Quotes = quote.Extract(d)
	case "event":
		d.Events = event.Extract(d, p.Gazetteer)
	default:
		panic("unknown stage " + stage)
	}
}

// BenchmarkStage times each stage of Analyze alone, over documents on
// which the stages before it have run. The stages' words/s add up as
// rates do: 1/total = Σ 1/stage.
func BenchmarkStage(b *testing.B) {
	c := wikinews(b)
	p := New()
	for _, stage := range []string{"tokenize", "tag", "ner", "resolve", "timex", "quote", "event"} {
		b.Run(stage, func(b *testing.B) {
			docs := stageInput(c, p, stage)
			measure(b, c, func(n int) {
				for _, d := range docs[:n] {
					runStage(p, d, stage)
				}
			})
		})
	}
}

// BenchmarkRead reads the corpus file through ingest.Read, the first step
// of `chronicle extract`: JSON decoding, checks and normalization.
func BenchmarkRead(b *testing.B) {
	c := wikinews(b)
	path := filepath.Join(moduleRoot(b), "..", "shared", "data", "wikinews", "politics.jsonl")
	measure(b, c, func(n int) {
		for r := range ingest.Read(b.Context(), []string{path}, ingest.Options{}) {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
			if n--; n == 0 {
				break
			}
		}
	})
}

// BenchmarkEncode writes the extraction record of every analysed article
// as JSON, the last step of `chronicle extract --json`.
func BenchmarkEncode(b *testing.B) {
	c := wikinews(b)
	p := New()
	docs := make([]*chronicle.Document, len(c.articles))
	for i, a := range c.articles {
		docs[i] = p.Analyze(a)
	}
	enc := json.NewEncoder(io.Discard)
	enc.SetEscapeHTML(false)
	measure(b, c, func(n int) {
		for _, d := range docs[:n] {
			if err := enc.Encode(d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkNew loads what New loads: the part-of-speech tagger, the
// recognizer and the gazetteer, from the same files the binary embeds, and
// builds the gazetteer's word index the first lookup would build.
// Pipeline.New itself loads them once per process, so timing it in a loop
// would time nothing.
func BenchmarkNew(b *testing.B) {
	root := moduleRoot(b)
	posModel, err := os.ReadFile(filepath.Join(root, "internal", "tag", "model", "pos.model"))
	if err != nil {
		b.Fatal(err)
	}
	nerModel, err := os.ReadFile(filepath.Join(root, "internal", "ner", "model", "ner.model"))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("tag", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := tag.Load(bytes.NewReader(posModel)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ner", func(b *testing.B) {
		gazetteer.Default() // shared by every recognizer; timed under gazetteer
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ner.Load(bytes.NewReader(nerModel)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("gazetteer", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g, err := gazetteer.New(gazetteer.Files())
			if err != nil {
				b.Fatal(err)
			}
			g.Kinds("Paris")
		}
	})
}
