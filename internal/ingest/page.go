package ingest

import (
	"bytes"
	"mime"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"chronicle"
)

// A Page is an article page read from the web: the article, and what else
// the page says about it that an Article does not hold.
type Page struct {
	Article   *chronicle.Article
	Byline    string // the authors, as the page names them; "" when it does not
	Canonical string // the page's canonical link, absolute; "" when it gives none
}

// ReadPage reads an article page fetched from pageURL, whose response had
// the Content-Type contentType. The bytes are decoded from the charset the
// header names, else the page's byte order mark or <meta charset>, else
// UTF-8 when they are valid UTF-8, else Windows-1252. Links resolve against
// pageURL, which is also the article's URL when the page names no canonical
// one. The text is extracted as for saved pages (see Read).
//
// A response that is not HTML (by its Content-Type or its first bytes) or
// is binary is an error matching chronicle.ErrInvalid. A page with no text
// returns an Article with empty Text; the caller decides what that means.
func ReadPage(data []byte, contentType, pageURL string) (*Page, error) {
	mt, params, _ := mime.ParseMediaType(contentType)
	if mt != "" && mt != "text/html" && mt != "application/xhtml+xml" {
		return nil, invalidf("%s is %s, not an HTML page", pageURL, mt)
	}
	if mt == "" && sniff(data) != formatHTML {
		return nil, invalidf("%s does not look like an HTML page", pageURL)
	}
	base, err := url.Parse(pageURL)
	if err != nil {
		return nil, invalidf("page URL %q: %v", pageURL, err)
	}
	data = decodePage(data, params["charset"])
	if _, err := checkText(data); err != nil {
		return nil, invalidf("%s: %v", pageURL, err)
	}
	r := extractPage(string(data), base)
	return &Page{Article: r.article, Byline: r.byline, Canonical: r.canonical}, nil
}

// decodePage returns an HTML page as UTF-8, decoded from the charset the
// response header named (declared), its byte order mark or <meta charset>;
// valid UTF-8 with no declaration is taken as it is.
func decodePage(data []byte, declared string) []byte {
	declared = strings.ToLower(strings.TrimSpace(declared))
	if declared == "" && utf8.Valid(data) {
		return data
	}
	ct := "text/html"
	if declared != "" {
		ct += "; charset=" + declared
	}
	enc, name, _ := charset.DetermineEncoding(data, ct)
	if name == "utf-8" {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

// FragmentText returns the text of an HTML fragment, such as the content of
// a feed entry: its paragraphs separated by "\n\n", with the same parts left
// out as from a page. Plain text comes back with its white space collapsed.
func FragmentText(src string) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return ""
	}
	return Normalize(pageText(doc, false))
}
