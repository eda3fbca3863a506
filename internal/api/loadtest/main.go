// Command loadtest measures a running chronicle serve from a separate
// process: it sends search, listing and article requests from a number of
// concurrent clients for a fixed time, and reports requests per second and
// latency percentiles per kind of request. It talks only to loopback
// addresses and stops by itself.
//
//	go run ./internal/api/loadtest -url http://127.0.0.1:8080 -clients 16 -duration 20s
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the server, on a loopback address")
	clients := flag.Int("clients", 16, "concurrent clients")
	duration := flag.Duration("duration", 20*time.Second, "how long each kind of request is sent")
	only = flag.String("only", "", "send only the kinds of request whose name contains this")
	flag.Parse()
	if err := run(*base, *clients, *duration); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// only, when not empty, picks the kinds of request to send by name.
var only *string

// A kind is one sort of request: a name and how to make its URL.
type kind struct {
	name string
	url  func(r *rand.Rand) string
}

func run(base string, clients int, duration time.Duration) error {
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	ips, err := net.LookupIP(u.Hostname())
	if err != nil {
		return err
	}
	for _, ip := range ips {
		if !ip.IsLoopback() {
			return fmt.Errorf("%s is not a loopback address: this tool loads only servers on this machine", u.Hostname())
		}
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}

	// What to ask for: article IDs from the listing, words from titles,
	// names and countries from the entity listing.
	ids, words, err := sample(client, base)
	if err != nil {
		return err
	}
	names, countries, err := sampleEntities(client, base)
	if err != nil {
		return err
	}
	var stats struct {
		Articles int `json:"articles"`
	}
	if err := getJSON(client, base+"/api/v1/stats", &stats); err != nil {
		return err
	}
	fmt.Printf("server %s: %d articles stored; %d clients, %s per kind; %d sample ids, %d sample words\n",
		base, stats.Articles, clients, duration, len(ids), len(words))
	kinds := []kind{
		{"search (1 word)", func(r *rand.Rand) string {
			return "/api/v1/articles?q=" + url.QueryEscape(words[r.IntN(len(words))])
		}},
		{"search (2 words)", func(r *rand.Rand) string {
			return "/api/v1/articles?q=" + url.QueryEscape(words[r.IntN(len(words))]+" "+words[r.IntN(len(words))])
		}},
		{"search by country", func(r *rand.Rand) string {
			return "/api/v1/articles?q=" + url.QueryEscape(words[r.IntN(len(words))]) + "&country=" + countries[r.IntN(len(countries))]
		}},
		{"list newest", func(r *rand.Rand) string { return "/api/v1/articles?limit=20" }},
		{"article record", func(r *rand.Rand) string { return "/api/v1/articles/" + ids[r.IntN(len(ids))] }},
		{"facets (all)", func(r *rand.Rand) string { return "/api/v1/facets" }},
		{"facets (1 word)", func(r *rand.Rand) string {
			return "/api/v1/facets?q=" + url.QueryEscape(words[r.IntN(len(words))])
		}},
		{"facets (entity)", func(r *rand.Rand) string {
			return "/api/v1/facets?entity=" + url.QueryEscape(names[r.IntN(len(names))])
		}},
		{"entities (all)", func(r *rand.Rand) string { return "/api/v1/entities" }},
		{"entities (type)", func(r *rand.Rand) string {
			return "/api/v1/entities?type=" + []string{"PERSON", "ORG", "LOC", "MISC"}[r.IntN(4)]
		}},
		{"entities (country)", func(r *rand.Rand) string {
			return "/api/v1/entities?country=" + countries[r.IntN(len(countries))]
		}},
		{"entities (name)", func(r *rand.Rand) string {
			return "/api/v1/entities?q=" + url.QueryEscape(words[r.IntN(len(words))][:4])
		}},
		{"entity profile", func(r *rand.Rand) string {
			return "/api/v1/entities/" + url.PathEscape(names[r.IntN(len(names))])
		}},
		{"graph (top)", func(r *rand.Rand) string { return "/api/v1/graph" }},
		{"graph (entity)", func(r *rand.Rand) string {
			return "/api/v1/graph?limit=20&entity=" + url.QueryEscape(names[r.IntN(len(names))])
		}},
		{"events (latest)", func(r *rand.Rand) string { return "/api/v1/events?limit=30" }},
		{"events (actor)", func(r *rand.Rand) string {
			return "/api/v1/events?limit=30&actor=" + url.QueryEscape(names[r.IntN(len(names))])
		}},
		{"events (country)", func(r *rand.Rand) string {
			return "/api/v1/events?limit=30&country=" + countries[r.IntN(len(countries))]
		}},
		{"events (year)", func(r *rand.Rand) string {
			y := 2004 + r.IntN(18)
			return fmt.Sprintf("/api/v1/events?limit=30&from=%d-01-01&to=%d-12-31", y, y)
		}},
		{"places (map)", func(r *rand.Rand) string { return "/api/v1/places" }},
		{"quotes", func(r *rand.Rand) string { return "/api/v1/quotes?limit=30" }},
		{"quotes (speaker)", func(r *rand.Rand) string {
			return "/api/v1/quotes?limit=30&speaker=" + url.QueryEscape(names[r.IntN(len(names))])
		}},
		{"timeline (all)", func(r *rand.Rand) string { return "/api/v1/timeline" }},
		{"timeline (entity)", func(r *rand.Rand) string {
			return "/api/v1/timeline?entity=" + url.QueryEscape(names[r.IntN(len(names))])
		}},
		{"stats", func(r *rand.Rand) string { return "/api/v1/stats" }},
	}
	if *only != "" {
		var keep []kind
		for _, k := range kinds {
			if strings.Contains(k.name, *only) {
				keep = append(keep, k)
			}
		}
		kinds = keep
	}
	fmt.Printf("\n| request | requests | errors | requests/s | p50 | p99 |\n|---|---:|---:|---:|---:|---:|\n")
	for _, k := range kinds {
		res := load(client, base, k, clients, duration)
		fmt.Printf("| %s | %d | %d | %.0f | %s | %s |\n", k.name, res.n, res.errors,
			float64(res.n)/duration.Seconds(), ms(res.p(0.50)), ms(res.p(0.99)))
	}
	return nil
}

// sample lists up to 2000 articles and returns their IDs and title words.
func sample(client *http.Client, base string) (ids, words []string, err error) {
	seen := map[string]bool{}
	cursor := ""
	for len(ids) < 2000 {
		var page struct {
			Hits []struct {
				Article struct{ ID, Title string } `json:"article"`
			} `json:"hits"`
			Next string `json:"next"`
		}
		if err := getJSON(client, base+"/api/v1/articles?limit=500&cursor="+url.QueryEscape(cursor), &page); err != nil {
			return nil, nil, err
		}
		for _, h := range page.Hits {
			ids = append(ids, h.Article.ID)
			for _, w := range strings.FieldsFunc(h.Article.Title, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if w = strings.ToLower(w); len(w) >= 5 && !seen[w] {
					seen[w] = true
					words = append(words, w)
				}
			}
		}
		if cursor = page.Next; cursor == "" {
			break
		}
	}
	if len(ids) == 0 || len(words) == 0 {
		return nil, nil, errors.New("the server has no articles to ask for")
	}
	return ids, words, nil
}

// sampleEntities returns the names of the 200 entities in most articles,
// and the countries of the 500 in most.
func sampleEntities(client *http.Client, base string) (names, countries []string, err error) {
	var page struct {
		Entities []struct{ Name, Country string } `json:"entities"`
	}
	if err := getJSON(client, base+"/api/v1/entities?limit=500", &page); err != nil {
		return nil, nil, err
	}
	seen := map[string]bool{}
	for i, e := range page.Entities {
		if i < 200 {
			names = append(names, e.Name)
		}
		if e.Country != "" && !seen[e.Country] {
			seen[e.Country] = true
			countries = append(countries, e.Country)
		}
	}
	if len(names) == 0 || len(countries) == 0 {
		return nil, nil, errors.New("the server has no entities with a country to ask for")
	}
	return names, countries, nil
}

func getJSON(client *http.Client, u string, v any) error {
	resp, err := client.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// result holds the latencies of the successful requests of one kind.
type result struct {
	lat    []time.Duration
	n      int
	errors int
}

func (r result) p(q float64) time.Duration {
	if len(r.lat) == 0 {
		return 0
	}
	return r.lat[min(len(r.lat)-1, int(q*float64(len(r.lat))))]
}

// load sends requests of kind k from clients goroutines until duration
// has passed.
func load(client *http.Client, base string, k kind, clients int, duration time.Duration) result {
	ctx, cancel := context.WithTimeout(context.Background(), duration)
	defer cancel()
	var mu sync.Mutex
	var all result
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(c), 42))
			var mine result
			for ctx.Err() == nil {
				t0 := time.Now()
				resp, err := client.Get(base + k.url(r))
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != http.StatusOK {
						err = errors.New(resp.Status)
					}
				}
				if ctx.Err() != nil {
					break // cut off by the end of the run: not counted
				}
				mine.n++
				if err != nil {
					mine.errors++
					continue
				}
				mine.lat = append(mine.lat, time.Since(t0))
			}
			mu.Lock()
			all.n += mine.n
			all.errors += mine.errors
			all.lat = append(all.lat, mine.lat...)
			mu.Unlock()
		})
	}
	wg.Wait()
	slices.Sort(all.lat)
	return all
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
