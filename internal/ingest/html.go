package ingest

import (
	"encoding/json"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"chronicle"
)

// toUTF8 returns an HTML page as UTF-8. A page that is valid UTF-8 is taken
// as it is; another is decoded from the encoding its byte order mark or
// <meta charset> names, or Windows-1252 when it names none.
func toUTF8(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	if name == "utf-8" {
		return data // invalid: checkText reports where
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

// readHTML reads a saved web page; see extractPage.
func readHTML(src string) *chronicle.Article {
	return extractPage(src, nil).article
}

// A pageResult is what extractPage reads from a page.
type pageResult struct {
	article   *chronicle.Article
	byline    string // the authors as the page names them, "" when it does not
	canonical string // the canonical link, absolute when base was given
}

// extractPage reads a web page. The title is og:title, else <title>, else
// the first <h1>. The date is the first valid one of the
// article:published_time meta tag, other date meta tags, JSON-LD
// datePublished and the first <time datetime>. The URL is the canonical
// link, else og:url, else base; relative links resolve against base. The
// source is the URL's host without "www." or "m.", else og:site_name. The
// byline is the author meta tag, else JSON-LD author, else the text of an
// element marked rel=author, itemprop=author or class byline.
//
// The text is the paragraphs (block elements: p, h1–h6, li, blockquote, …)
// of the element marked itemprop=articleBody, else of the <article> with
// the most text, else of <main>, else the <p> elements of the body, else all
// of the body's text. Left out are script, style, nav, header, footer,
// aside, form and similar parts; elements whose class or id names page
// furniture (related links, sharing, newsletters, comments, adverts,
// captions, bylines); and paragraphs that are mostly link text. Paragraphs
// are separated by "\n\n"; a <br> starts a new line.
func extractPage(src string, base *url.URL) pageResult {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil { // only a reader's error; a string has none
		return pageResult{article: NewArticle(chronicle.Day{}, "", "", "", "")}
	}
	var m pageMeta
	m.scan(doc)

	text := ""
	for _, n := range m.bodies {
		if t := pageText(n, false); len(t) > len(text) {
			text = t
		}
	}
	for _, a := range m.articles {
		if text != "" && len(m.bodies) > 0 {
			break
		}
		if t := pageText(a, false); len(t) > len(text) {
			text = t
		}
	}
	if text == "" && m.main != nil {
		text = pageText(m.main, false)
	}
	if text == "" && m.body != nil {
		text = pageText(m.body, true)
		if text == "" {
			text = pageText(m.body, false)
		}
	}

	title := m.ogTitle
	if title == "" {
		title = m.title
	}
	if title == "" {
		title = m.h1
	}
	date := chronicle.Day{}
	for _, d := range []string{m.published, m.metaDate, m.ldDate, m.timeDate} {
		if day, err := parseDate(d); err == nil && !day.IsZero() {
			date = day
			break
		}
	}
	canonical := resolveLink(base, m.canonical)
	link := canonical
	if link == "" {
		link = resolveLink(base, m.ogURL)
	}
	if link == "" && base != nil {
		link = base.String()
	}
	source := m.siteName
	if u, err := url.Parse(link); err == nil && u.Host != "" {
		source = SourceOf(u)
	}
	byline := firstNonEmpty(m.metaAuthor, m.ldAuthor, m.elemAuthor)
	return pageResult{
		article:   NewArticle(date, title, text, source, link),
		byline:    cleanByline(byline),
		canonical: canonical,
	}
}

// resolveLink returns link made absolute against base; link itself when
// base is nil, and "" when link is empty or not a URL.
func resolveLink(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	if base == nil {
		return link
	}
	u, err := base.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return u.String()
}

// SourceOf returns the publisher host of an article URL: its host name in
// lower case, without a port and without a leading "www." or "m.".
func SourceOf(u *url.URL) string {
	h := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "m.", "mobile.", "amp."} {
		if strings.HasPrefix(h, p) && strings.Count(h, ".") > 1 {
			return h[len(p):]
		}
	}
	return h
}

// pageMeta is what readHTML learns from a page besides its text.
type pageMeta struct {
	title, ogTitle, h1                    string
	published, metaDate, ldDate, timeDate string
	canonical, ogURL, siteName            string
	metaAuthor, ldAuthor, elemAuthor      string
	bodies                                []*html.Node // marked itemprop=articleBody
	articles                              []*html.Node
	main, body                            *html.Node
}

// dateMetaNames are the names of <meta> tags that hold a publication date.
var dateMetaNames = wordSet(`date pubdate publishdate publish-date publication_date
	dc.date dc.date.issued dcterms.date dcterms.created sailthru.date parsely-pub-date`)

// scan records the metadata of the page under n and where its text lies.
func (m *pageMeta) scan(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script:
			if strings.EqualFold(attr(n, "type"), "application/ld+json") {
				date, author := jsonLD(nodeText(n))
				if m.ldDate == "" {
					m.ldDate = date
				}
				if m.ldAuthor == "" {
					m.ldAuthor = author
				}
			}
			return
		case atom.Style, atom.Template, atom.Noscript, atom.Svg:
			return
		case atom.Title:
			if m.title == "" {
				m.title = collapse(nodeText(n))
			}
		case atom.H1:
			if m.h1 == "" {
				m.h1 = collapse(nodeText(n))
			}
		case atom.Meta:
			m.meta(n)
		case atom.Link:
			if hasWord(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Time:
			if m.timeDate == "" {
				m.timeDate = attr(n, "datetime")
			}
		case atom.Article:
			m.articles = append(m.articles, n)
		case atom.Main:
			if m.main == nil {
				m.main = n
			}
		case atom.Body:
			m.body = n
		}
		switch prop := attr(n, "itemprop"); {
		case prop == "datePublished" && m.metaDate == "":
			m.metaDate = firstNonEmpty(attr(n, "content"), attr(n, "datetime"))
		case prop == "articleBody":
			m.bodies = append(m.bodies, n)
		}
		if m.elemAuthor == "" && n.DataAtom != atom.Meta && n.DataAtom != atom.Link &&
			(hasWord(attr(n, "rel"), "author") || hasWord(attr(n, "itemprop"), "author") || hasWord(attr(n, "class"), "byline")) {
			m.elemAuthor = collapse(nodeText(n))
		}
	}
	for c := range n.ChildNodes() {
		m.scan(c)
	}
}

// meta records what a <meta> tag says.
func (m *pageMeta) meta(n *html.Node) {
	key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name")))
	val := strings.TrimSpace(attr(n, "content"))
	set := func(p *string) {
		if *p == "" {
			*p = val
		}
	}
	switch {
	case key == "og:title":
		set(&m.ogTitle)
	case key == "og:url":
		set(&m.ogURL)
	case key == "og:site_name":
		set(&m.siteName)
	case key == "article:published_time":
		set(&m.published)
	case key == "author" || key == "article:author" || key == "dc.creator" || key == "byl" || key == "parsely-author":
		if !strings.Contains(val, "://") {
			set(&m.metaAuthor)
		}
	case dateMetaNames[key]:
		set(&m.metaDate)
	}
}

// jsonLD returns the first datePublished and the first author's name in a
// JSON-LD block, however deep (objects, arrays, @graph); "" for what it
// lacks.
func jsonLD(src string) (date, author string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return "", ""
	}
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 8 || (date != "" && author != "") {
			return
		}
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok && s != "" && date == "" {
				date = s
			}
			if author == "" {
				author = ldNames(v["author"])
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				walk(v[k], depth+1)
			}
		case []any:
			for _, e := range v {
				walk(e, depth+1)
			}
		}
	}
	walk(v, 0)
	return date, author
}

// ldNames returns the names in a JSON-LD author value: a string, a Person
// object, or a list of them, joined by " and ".
func ldNames(v any) string {
	switch v := v.(type) {
	case string:
		if !strings.Contains(v, "://") {
			return collapse(v)
		}
	case map[string]any:
		if s, ok := v["name"].(string); ok {
			return collapse(s)
		}
	case []any:
		var names []string
		for _, e := range v[:min(len(v), 8)] {
			if n := ldNames(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, " and ")
	}
	return ""
}

// cleanByline trims a byline to the names: without a leading "By" and cut
// to 200 bytes.
func cleanByline(s string) string {
	s = collapse(s)
	for _, p := range []string{"By ", "by ", "BY "} {
		s = strings.TrimPrefix(s, p)
	}
	return cut(s, maxTitleBytes)
}

// furniture are the words in a class or id that mark page furniture rather
// than the article: its text is left out.
var furniture = wordSet(`related share sharing social newsletter newsletters promo promotion
	advert adverts advertisement ad ads sponsored comment comments cookie cookies consent
	subscribe subscription signup paywall recommended recommendations popular trending
	outbrain taboola breadcrumb breadcrumbs byline caption teaser toolbar tags`)

// isFurniture reports whether n's class or id names page furniture.
func isFurniture(n *html.Node) bool {
	for _, key := range []string{"class", "id"} {
		v := attr(n, key)
		if v == "" {
			continue
		}
		for w := range strings.FieldsFuncSeq(strings.ToLower(v), func(r rune) bool {
			return !(r >= 'a' && r <= 'z')
		}) {
			if furniture[w] {
				return true
			}
		}
	}
	return false
}

// skipped are the elements whose text is never part of an article's text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Head: true, atom.Title: true, atom.Dialog: true,
}

// blocks are the elements that start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Center: true,
}

// lineBreak stands for a <br> while a paragraph is built; text nodes never
// hold it (the parser turns NUL into U+FFFD).
const lineBreak = "\x00"

// pageText returns the paragraphs under n, separated by "\n\n". With onlyP,
// only text inside <p> elements counts.
func pageText(n *html.Node, onlyP bool) string {
	t := textWalker{onlyP: onlyP}
	t.walk(n)
	t.flush()
	return strings.Join(t.paras, "\n\n")
}

// textWalker gathers paragraphs from a tree of nodes.
type textWalker struct {
	onlyP  bool
	inP    int
	inLink int
	cur    strings.Builder
	linked int // bytes of cur inside links
	paras  []string
}

func (t *textWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if !t.onlyP || t.inP > 0 {
			t.cur.WriteString(n.Data)
			if t.inLink > 0 {
				t.linked += len(strings.TrimSpace(n.Data))
			}
		}
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" || isFurniture(n) {
			return
		}
		if n.DataAtom == atom.Br {
			t.cur.WriteString(lineBreak)
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		t.flush()
	}
	if n.DataAtom == atom.P {
		t.inP++
	}
	if n.DataAtom == atom.A {
		t.inLink++
	}
	for c := range n.ChildNodes() {
		t.walk(c)
	}
	if n.DataAtom == atom.A {
		t.inLink--
	}
	if n.DataAtom == atom.P {
		t.inP--
	}
	if block {
		t.flush()
	}
}

// flush ends the current paragraph: its lines have their white space
// collapsed, and empty lines are dropped. A paragraph that is mostly link
// text (a list of links, "Read more: …") is dropped whole.
func (t *textWalker) flush() {
	linked := t.linked
	t.linked = 0
	if linked > 0 && float64(linked) > 0.6*float64(len(strings.TrimSpace(t.cur.String()))) {
		t.cur.Reset()
		return
	}
	var lines []string
	for l := range strings.SplitSeq(t.cur.String(), lineBreak) {
		if l = collapse(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 {
		t.paras = append(t.paras, strings.Join(lines, "\n"))
	}
	t.cur.Reset()
}

// nodeText returns all the text under n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// attr returns the value of n's attribute key, "" when it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// hasWord reports whether the space-separated list s holds w, in any case.
func hasWord(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// firstNonEmpty returns the first of ss that is not empty.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
