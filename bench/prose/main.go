// Command prose compares Chronicle's tokenizer, tagger and name recognizer
// with github.com/jdkato/prose/v3 on one core: speed on the Wikinews
// politics articles, and F1 on CoNLL-2003 eng.testa by the conlleval rules.
//
// Run it from the bench module, pinned to one core:
//
//	cd bench && taskset -c 0 go run ./prose
//
// It finds ../shared/data from the working directory or any directory
// above it; -wikinews and -conll name the files instead.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"chronicle"
	"chronicle/internal/eval"
	"chronicle/internal/ingest"
	"chronicle/internal/ner"
	"chronicle/internal/tag"
	"chronicle/internal/tokenize"

	"github.com/jdkato/prose/v3"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "prose:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("prose", flag.ContinueOnError)
	wikinews := fs.String("wikinews", "", "Wikinews JSON lines `file` to time (default ../shared/data/wikinews/politics.jsonl)")
	conll := fs.String("conll", "", "CoNLL-2003 `file` to score (default ../shared/data/conll2003/eng.testa)")
	runs := fs.Int("runs", 3, "timed passes over the articles for each system")
	limit := fs.Int("articles", 0, "time only the first `n` articles (0: all)")
	skipSpeed := fs.Bool("nospeed", false, "skip the timing")
	skipScore := fs.Bool("noscore", false, "skip the CoNLL scoring")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *runs < 1 {
		return errors.New("-runs: want at least 1")
	}
	runtime.GOMAXPROCS(1)
	if *wikinews == "" || *conll == "" {
		data, err := sharedData()
		if err != nil {
			return err
		}
		if *wikinews == "" {
			*wikinews = filepath.Join(data, "wikinews", "politics.jsonl")
		}
		if *conll == "" {
			*conll = filepath.Join(data, "conll2003", "eng.testa")
		}
	}
	fmt.Fprintf(out, "%s, GOMAXPROCS=%d, load average %s\n", runtime.Version(), runtime.GOMAXPROCS(0), loadAverage())
	if !*skipSpeed {
		texts, err := readTexts(*wikinews, *limit)
		if err != nil {
			return err
		}
		if err := compareSpeed(out, texts, *runs); err != nil {
			return err
		}
	}
	if !*skipScore {
		docs, err := eval.ReadCoNLLFile(*conll)
		if err != nil {
			return err
		}
		if err := compareScores(out, *conll, docs); err != nil {
			return err
		}
	}
	return nil
}

// sharedData returns the first shared/data found beside the working
// directory or a directory above it.
func sharedData() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		d := filepath.Join(dir, "..", "shared", "data")
		if _, err := os.Stat(d); err == nil {
			return d, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no ../shared/data beside the working directory or above it: name the files with -wikinews and -conll")
		}
		dir = parent
	}
}

// readTexts returns the texts of the articles in a JSON lines file, as
// ingest.NewArticle normalizes them, so that both systems read exactly
// what Chronicle's pipeline reads.
func readTexts(path string, limit int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan() && (limit == 0 || len(texts) < limit); line++ {
		var r struct{ Date, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		day, err := chronicle.ParseDay(r.Date)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: date: %w", path, line, err)
		}
		texts = append(texts, ingest.NewArticle(day, r.Title, r.Text, "", "").Text)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("%s: no articles", path)
	}
	return texts, nil
}

// A system is one way of finding names in a text. It returns the number
// of tokens it made.
type system struct {
	name string
	do   func(text string) (tokens int, err error)
}

func systems() []system {
	tagger, rec := tag.Default(), ner.Default()
	return []system{
		{"chronicle", func(text string) (int, error) {
			d := chronicle.NewDocument(&chronicle.Article{Text: text})
			d.Sentences, d.Tokens = tokenize.Tokenize(text)
			tagger.Tag(d)
			rec.Recognize(d)
			return len(d.Tokens), nil
		}},
		{"prose", func(text string) (int, error) {
			d, err := prose.NewDocument(text)
			if err != nil {
				return 0, err
			}
			return len(d.Tokens()), nil
		}},
	}
}

// A timing is one pass of a system over all the texts.
type timing struct {
	wall, cpu time.Duration
	mallocs   uint64
	tokens    int
}

// pass runs s over texts once and measures it.
func pass(s system, texts []string) (timing, error) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu, start := cpuTime(), time.Now()
	var t timing
	for _, text := range texts {
		n, err := s.do(text)
		if err != nil {
			return timing{}, fmt.Errorf("%s: %w", s.name, err)
		}
		t.tokens += n
	}
	t.wall, t.cpu = time.Since(start), cpuTime()-cpu
	runtime.ReadMemStats(&after)
	t.mallocs = after.Mallocs - before.Mallocs
	return t, nil
}

// compareSpeed times each system runs times over texts, the systems taking
// turns so that both see the same load on a shared machine, and prints
// words per second of wall and CPU time, best and range, and allocations
// per word. A word is a run of non-space characters, as wc -w counts.
func compareSpeed(out io.Writer, texts []string, runs int) error {
	words, size := 0, 0
	for _, t := range texts {
		words += len(strings.Fields(t))
		size += len(t)
	}
	fmt.Fprintf(out, "\nspeed: %d articles, %d words, %.1f MB, %d timed passes each (best, then range)\n",
		len(texts), words, float64(size)/1e6, runs)
	sys := systems()
	warm := texts[:min(len(texts), 100)]
	for _, s := range sys { // load the models, fill the pools
		if _, err := pass(s, warm); err != nil {
			return err
		}
	}
	timings := make([][]timing, len(sys))
	for range runs {
		for i, s := range sys {
			t, err := pass(s, texts)
			if err != nil {
				return err
			}
			timings[i] = append(timings[i], t)
		}
	}
	fmt.Fprintf(out, "%-10s %22s %22s %12s %10s %14s\n", "system", "words/s (wall)", "words/s (CPU)", "allocs/word", "tokens", "load after")
	best := make([]float64, len(sys))
	for i, s := range sys {
		ts := timings[i]
		wall := rates(ts, words, func(t timing) time.Duration { return t.wall })
		cpu := rates(ts, words, func(t timing) time.Duration { return t.cpu })
		best[i] = cpu[len(cpu)-1]
		fmt.Fprintf(out, "%-10s %22s %22s %12.2f %10d %14s\n", s.name, spread(wall), spread(cpu),
			float64(ts[0].mallocs)/float64(words), ts[0].tokens, loadAverage())
	}
	if len(sys) == 2 && best[1] > 0 {
		fmt.Fprintf(out, "ratio %s/%s, best CPU rates: %.2f\n", sys[0].name, sys[1].name, best[0]/best[1])
	}
	return nil
}

// rates returns words per second for each timing, sorted from slowest to
// fastest.
func rates(ts []timing, words int, d func(timing) time.Duration) []float64 {
	r := make([]float64, len(ts))
	for i, t := range ts {
		r[i] = float64(words) / d(t).Seconds()
	}
	slices.Sort(r)
	return r
}

// spread formats sorted rates as "best (lowest–highest)".
func spread(r []float64) string {
	return fmt.Sprintf("%.0f (%.0f–%.0f)", r[len(r)-1], r[0], r[len(r)-1])
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadAverage returns the one-minute load average, or "?".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	if f := strings.Fields(string(b)); len(f) > 0 {
		return f[0]
	}
	return "?"
}
