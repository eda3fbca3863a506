package feed

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"chronicle"
	"chronicle/internal/fetch"
)

// defaultFeeds is the list of world-news feeds Chronicle follows when it is
// given none.
//
//go:embed default-feeds.txt
var defaultFeeds string

// Defaults returns the URLs of the public world-news feeds that ship with
// Chronicle.
func Defaults() []string {
	urls, err := ParseList(strings.NewReader(defaultFeeds), "default-feeds.txt")
	if err != nil {
		panic(err) // the embedded list is checked by a test
	}
	return urls
}

// ParseList reads a list of feeds: an OPML file (every outline with an
// xmlUrl, however deeply nested), or plain text with one URL a line, where
// blank lines and lines starting with '#' are ignored. Each URL must be an
// absolute http or https URL; duplicates are dropped. Errors name the file
// (name) and, for text, the line, and match chronicle.ErrInvalid.
func ParseList(r io.Reader, name string) ([]string, error) {
	data, err := io.ReadAll(io.LimitReader(r, 16<<20))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n\uFEFF")
	if bytes.HasPrefix(trimmed, []byte("<")) {
		return parseOPML(data, name)
	}
	var urls []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if _, err := fetch.ParseURL(line); err != nil {
			return nil, fmt.Errorf("%s:%d: %q is not an http or https URL: %w", name, n, line, chronicle.ErrInvalid)
		}
		if !seen[line] {
			seen[line] = true
			urls = append(urls, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return urls, nil
}

// opmlOutline is one <outline> of an OPML file.
type opmlOutline struct {
	XMLURL   string        `xml:"xmlUrl,attr"`
	Outlines []opmlOutline `xml:"outline"`
}

// parseOPML reads the feed URLs of an OPML file.
func parseOPML(data []byte, name string) ([]string, error) {
	var doc struct {
		XMLName xml.Name
		Body    struct {
			Outlines []opmlOutline `xml:"outline"`
		} `xml:"body"`
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = charsetReader
	if err := dec.Decode(&doc); err != nil {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("%s:%d: not valid OPML: %v: %w", name, se.Line, se.Msg, chronicle.ErrInvalid)
		}
		return nil, fmt.Errorf("%s: not valid OPML: %v: %w", name, err, chronicle.ErrInvalid)
	}
	if doc.XMLName.Local != "opml" {
		return nil, fmt.Errorf("%s: the root element is <%s>, want <opml>: %w", name, doc.XMLName.Local, chronicle.ErrInvalid)
	}
	var urls []string
	seen := map[string]bool{}
	var walk func([]opmlOutline) error
	walk = func(os []opmlOutline) error {
		for _, o := range os {
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				if _, err := fetch.ParseURL(u); err != nil {
					return fmt.Errorf("%s: outline xmlUrl %q is not an http or https URL: %w", name, u, chronicle.ErrInvalid)
				}
				if !seen[u] {
					seen[u] = true
					urls = append(urls, u)
				}
			}
			if err := walk(o.Outlines); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(doc.Body.Outlines); err != nil {
		return nil, err
	}
	return urls, nil
}
