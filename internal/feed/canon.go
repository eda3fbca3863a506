package feed

import (
	"net/url"
	"path"
	"sort"
	"strings"
)

// trackingParams are query parameters that say how a reader arrived, not
// what they read: Canonical drops them.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "ocid": true, "cmp": true, "cmpid": true,
	"ref": true, "ref_src": true, "ref_url": true, "smid": true, "smtyp": true,
	"at_medium": true, "at_campaign": true, "at_custom1": true, "at_custom2": true, "at_custom3": true, "at_custom4": true,
	"ns_mchannel": true, "ns_source": true, "ns_campaign": true, "ns_linkname": true, "ns_fee": true,
	"rss": true, "feed": true, "xtor": true, "_ga": true, "guccounter": true,
}

// hostPrefixes are the host labels that name another rendering of the same
// site: Canonical drops them.
var hostPrefixes = []string{"www.", "m.", "mobile.", "amp."}

// Canonical returns the form of an article URL used to recognise the same
// article reached by different links: the scheme is https, the host is in
// lower case without a default port or a leading www., m., mobile. or amp.,
// the fragment is gone, tracking parameters (utm_*, fbclid, …) are dropped
// and the rest sorted, dot segments are resolved and a trailing slash is
// removed. It is a key, not a URL to fetch: the host it names may not
// serve https. A string that is not an absolute http or https URL comes back
// trimmed but otherwise as it is.
func Canonical(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return raw
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimSuffix(host, ".")
	for _, p := range hostPrefixes {
		if strings.HasPrefix(host, p) && strings.Count(host, ".") > 1 {
			host = host[len(p):]
			break
		}
	}
	if port := u.Port(); port != "" && port != "80" && port != "443" {
		host += ":" + port
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if strings.Contains(p, "/.") || strings.Contains(p, "//") {
		p = path.Clean(p)
	}
	if len(p) > 1 {
		p = strings.TrimRight(p, "/")
	}
	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("https://")
	b.WriteString(host)
	b.WriteString(p)
	for i, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for j, v := range vs {
			if i == 0 && j == 0 {
				b.WriteByte('?')
			} else {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k))
			if v != "" {
				b.WriteByte('=')
				b.WriteString(url.QueryEscape(v))
			}
		}
	}
	return b.String()
}
