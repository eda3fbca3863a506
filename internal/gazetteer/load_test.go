package gazetteer

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkNew measures loading the embedded data: what Default costs on
// first use. Besides wall time it reports the process's CPU time per load
// (cpu-ms/op), which stays meaningful on a busy machine.
func BenchmarkNew(b *testing.B) {
	start := cpuTime()
	for b.Loop() {
		if _, err := New(embedded); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkNewWithKinds adds building the token and phrase index that
// Kinds and Match build on first use: what a tagger pays once.
func BenchmarkNewWithKinds(b *testing.B) {
	start := cpuTime()
	for b.Loop() {
		g, err := New(embedded)
		if err != nil {
			b.Fatal(err)
		}
		g.Kinds("Kyiv")
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
