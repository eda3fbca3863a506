package feed

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"chronicle"
	"chronicle/internal/fetch"
	"chronicle/internal/ingest"
)

// feedAccept is the Accept header of feed requests.
const feedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

// Poll fetches the feed at feedURL once, conditionally, and stores the
// articles of its new entries, oldest first. It records the feed's state in
// the store whatever happens. The feed's validators are kept only when every
// new entry was settled, so an entry whose page failed for now is met again
// at the next poll rather than hidden behind a 304.
func (f *Follower) Poll(ctx context.Context, feedURL string) (res Result) {
	start := time.Now()
	res = Result{Feed: feedURL}
	defer func() { res.Took = time.Since(start) }()
	st, err := f.state(ctx, feedURL)
	if err != nil {
		res.Err = err
		return res
	}
	res.Title = st.Title
	now := f.now()
	st.LastFetch = now
	st.Fetches++

	resp, err := f.Client.Get(ctx, fetch.Request{URL: feedURL, ETag: st.ETag, LastModified: st.LastModified, Accept: feedAccept})
	if err == nil && !resp.NotModified {
		var parsed *gofeed.Feed
		parsed, err = parse(resp)
		if err == nil {
			res.Title = strings.TrimSpace(parsed.Title)
			if res.Title != "" {
				st.Title = res.Title
			}
			f.entries(ctx, st, parsed, resp.URL, &res)
		}
	}
	if err != nil {
		res.Err = err
		st.Failures++
		st.Failing++
		st.LastError, st.ErrorAt = err.Error(), now
	} else {
		res.NotModified = resp.NotModified
		st.LastSuccess = now
		st.Failing = 0
		st.LastError = ""
		if len(res.EntryErrors) == 0 {
			st.ETag, st.LastModified = resp.ETag, resp.LastModified
		} else {
			st.ETag, st.LastModified = "", ""
			st.LastError, st.ErrorAt = fmt.Sprintf("%d entries to retry: %v", len(res.EntryErrors), res.EntryErrors[0]), now
		}
		if res.Stored > 0 {
			st.LastNew = now
		}
	}
	st.Entries += res.New - len(res.EntryErrors)
	st.Stored += res.Stored
	st.Skipped += res.Duplicates + res.Skipped
	// Record the state even when ctx is done, so a stop is not a loss.
	if err := f.Store.SaveFeed(context.WithoutCancel(ctx), st); err != nil && res.Err == nil {
		res.Err = fmt.Errorf("save feed state: %w", err)
	}
	level := slog.LevelInfo
	if res.Err != nil {
		level = slog.LevelWarn // the feed failed: say so louder than a routine poll
	}
	f.log().Log(ctx, level, "feed polled", "feed", feedURL, "not_modified", res.NotModified, "entries", res.Entries,
		"new", res.New, "stored", res.Stored, "duplicates", res.Duplicates, "skipped", res.Skipped,
		"retry", len(res.EntryErrors), "error", errString(res.Err))
	return res
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// parse reads a fetched feed: RSS (0.9x, 1.0, 2.0), Atom or JSON Feed.
func parse(resp *fetch.Response) (*gofeed.Feed, error) {
	body := resp.Body
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, fmt.Errorf("%s: empty response, not a feed: %w", resp.URL, chronicle.ErrInvalid)
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable RSS, Atom or JSON feed: %v: %w", resp.URL, err, chronicle.ErrInvalid)
	}
	return parsed, nil
}

// entries settles the entries of a parsed feed, oldest first.
func (f *Follower) entries(ctx context.Context, st *chronicle.Feed, parsed *gofeed.Feed, base string, res *Result) {
	items := slices.Clone(parsed.Items)
	items = slices.DeleteFunc(items, func(it *gofeed.Item) bool { return it == nil })
	res.Entries = len(items)
	slices.SortStableFunc(items, func(a, b *gofeed.Item) int { return itemTime(a).Compare(itemTime(b)) })
	if n := f.maxEntries(); len(items) > n {
		items = items[len(items)-n:]
	}
	baseURL, _ := url.Parse(base)
	for _, it := range items {
		if ctx.Err() != nil {
			res.EntryErrors = append(res.EntryErrors, ctx.Err())
			return
		}
		outcome, err := f.entry(ctx, st, it, baseURL)
		if outcome != "" || err != nil {
			res.New++
		}
		switch {
		case err != nil:
			res.EntryErrors = append(res.EntryErrors, err)
			f.log().Warn("entry failed", "feed", st.URL, "link", it.Link, "error", err)
		case outcome == chronicle.EntryStored:
			res.Stored++
		case outcome == chronicle.EntryDuplicate:
			res.Duplicates++
		case outcome != "":
			res.Skipped++
		}
	}
}

// itemTime returns when an entry was published or updated; zero if unknown.
func itemTime(it *gofeed.Item) time.Time {
	if it.PublishedParsed != nil {
		return *it.PublishedParsed
	}
	if it.UpdatedParsed != nil {
		return *it.UpdatedParsed
	}
	return time.Time{}
}

// entryKey returns the id of an entry within its feed: its GUID, else its
// link, else its title.
func entryKey(it *gofeed.Item) string {
	for _, k := range []string{it.GUID, it.Link, it.Title} {
		if k = strings.TrimSpace(k); k != "" {
			return k
		}
	}
	return ""
}

// entry settles one entry. It returns "" for an entry seen before, the
// outcome for one settled now, or an error when it should be tried again.
func (f *Follower) entry(ctx context.Context, st *chronicle.Feed, it *gofeed.Item, base *url.URL) (string, error) {
	key := entryKey(it)
	if key == "" {
		return "", nil // nothing to know it by, nothing to read
	}
	seen, err := f.Store.SeenEntry(ctx, st.URL, key)
	if err != nil || seen {
		return "", err
	}
	e := &chronicle.FeedEntry{Feed: st.URL, GUID: key, Seen: f.now()}
	link := resolve(base, it.Link)
	if link == "" {
		link = resolve(base, it.GUID)
	}
	if link != "" {
		e.URLs = []string{Canonical(link)}
		if id, ok, err := f.Store.SeenURL(ctx, e.URLs); err != nil {
			return "", err
		} else if ok {
			e.Article, e.Outcome = id, chronicle.EntryDuplicate
			return e.Outcome, f.Store.SaveEntry(ctx, e)
		}
	}

	a, err := f.article(ctx, it, link, e)
	if err != nil {
		return "", err
	}
	if a == nil || a.Text == "" {
		if e.Outcome == "" {
			e.Outcome = chronicle.EntryEmpty
		}
		return e.Outcome, f.Store.SaveEntry(ctx, e)
	}
	if id, ok, err := f.Store.SeenURL(ctx, e.URLs); err != nil {
		return "", err
	} else if ok && id != "" {
		e.Article, e.Outcome = id, chronicle.EntryDuplicate
		return e.Outcome, f.Store.SaveEntry(ctx, e)
	}
	e.Article = a.ID
	has, err := f.Store.Has(ctx, a.ID)
	if err != nil {
		return "", err
	}
	if has {
		e.Outcome = chronicle.EntryDuplicate
		return e.Outcome, f.Store.SaveEntry(ctx, e)
	}
	doc := f.Analyze(a)
	stored, err := f.Store.SaveDocument(ctx, doc)
	if err != nil {
		return "", fmt.Errorf("store %s: %w", a.URL, err)
	}
	e.Outcome = chronicle.EntryDuplicate
	if stored {
		e.Outcome = chronicle.EntryStored
	}
	if err := f.Store.SaveEntry(ctx, e); err != nil {
		return "", err
	}
	if stored && f.Notify != nil {
		f.Notify(chronicle.ArticleRef{ID: a.ID, Date: a.Date, Title: a.Title, Source: a.Source})
	}
	return e.Outcome, nil
}

// article fetches and reads the page of an entry and returns its article,
// falling back on the entry's own content when the page is refused, gone,
// not HTML, or has less text. It adds the URLs that lead to the article and
// the byline to e. It returns an error only when the page should be tried
// again later; a nil article with e.Outcome set when there is none to have.
func (f *Follower) article(ctx context.Context, it *gofeed.Item, link string, e *chronicle.FeedEntry) (*chronicle.Article, error) {
	var page *ingest.Page
	if link != "" {
		resp, err := f.Client.Get(ctx, fetch.Request{URL: link, Robots: true, Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
		switch {
		case err != nil && !fetch.Permanent(err):
			return nil, err
		case err != nil:
			e.Outcome = chronicle.EntryRefused
			f.log().Info("page refused", "link", link, "error", err)
		default:
			if p, err := ingest.ReadPage(resp.Body, resp.ContentType, resp.URL); err == nil {
				page = p
				e.URLs = appendNew(e.URLs, Canonical(resp.URL))
				if p.Canonical != "" {
					e.URLs = appendNew(e.URLs, Canonical(p.Canonical))
				}
				e.Byline = p.Byline
			} else {
				f.log().Info("page unreadable", "link", link, "error", err)
			}
		}
	}

	date := chronicle.Day{}
	if t := itemTime(it); !t.IsZero() {
		date = chronicle.DayOf(t.UTC())
	}
	own := ingest.FragmentText(firstNonEmpty(it.Content, it.Description))
	if page != nil && page.Article.Text != "" && (words(page.Article.Text) >= f.minWords() || words(page.Article.Text) >= words(own)) {
		a := page.Article
		if a.Date.IsZero() {
			a.Date = date
		}
		if a.Title == "" {
			a.Title = strings.TrimSpace(it.Title)
		}
		if a.URL == "" {
			a.URL = link
		}
		if a.Source == "" {
			a.Source = sourceOf(link)
		}
		return a, nil
	}
	if own == "" {
		return nil, nil
	}
	if e.Byline == "" && len(it.Authors) > 0 && it.Authors[0] != nil {
		e.Byline = it.Authors[0].Name
	}
	return ingest.NewArticle(date, it.Title, own, sourceOf(link), link), nil
}

// sourceOf returns the publisher host of link, "" when it has none.
func sourceOf(link string) string {
	u, err := url.Parse(link)
	if err != nil || u.Host == "" {
		return ""
	}
	return ingest.SourceOf(u)
}

// resolve returns link made absolute against base, "" when it is not an
// http or https URL.
func resolve(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	var u *url.URL
	var err error
	if base != nil {
		u, err = base.Parse(link)
	} else {
		u, err = url.Parse(link)
	}
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// words counts the words of text.
func words(text string) int { return len(strings.Fields(text)) }
