package source

import (
	"context"
	"mime"
	"net"
	"net/http"
	"time"
)

// httpClient returns opts.Client or a client with connection, TLS and
// response-header timeouts as well as the overall opts.Timeout.
func httpClient(opts Options) *http.Client {
	if opts.Client != nil {
		return opts.Client
	}
	dial := min(opts.Timeout, 10*time.Second)
	return &http.Client{
		Timeout: opts.Timeout,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: dial, KeepAlive: 30 * time.Second}).DialContext,
			TLSHandshakeTimeout:   dial,
			ResponseHeaderTimeout: opts.Timeout,
			IdleConnTimeout:       30 * time.Second,
			MaxIdleConns:          4,
		},
	}
}

// readURL fetches an http(s) URL and reads the body by its Content-Type,
// sniffing when the type says nothing useful. Every failure (timeout,
// non-2xx status, body over opts.MaxBytes) is reported for the URL.
func (r *reader) readURL(u string) error {
	if r.client == nil {
		r.client = httpClient(r.opts)
	}
	ctx, cancel := context.WithTimeout(r.ctx, r.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		r.bad(u, "bad URL", err)
		return nil
	}
	req.Header.Set("User-Agent", r.opts.UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/json, application/x-ndjson, text/plain;q=0.8, */*;q=0.5")
	resp, err := r.client.Do(req)
	if err != nil {
		if r.ctx.Err() != nil {
			return r.ctx.Err()
		}
		r.bad(u, "fetch failed", err)
		return nil
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		r.bad(u, "HTTP "+resp.Status, nil)
		return nil
	}
	if resp.ContentLength > r.opts.MaxBytes {
		r.bad(u, tooLarge(r.opts.MaxBytes), nil)
		return nil
	}
	b, err := readCapped(resp.Body, r.opts.MaxBytes)
	if err != nil {
		if r.ctx.Err() != nil {
			return r.ctx.Err()
		}
		r.readFailed(u, err)
		return nil
	}
	ct := resp.Header.Get("Content-Type")
	k := kindOfContentType(ct)
	if k == kindUnknown {
		k = sniff(b[:min(len(b), sniffLen)])
	}
	if k == kindHTML {
		return r.readHTML(b, u, u, ct, u)
	}
	return r.readBytes(b, k, u, u, ct)
}

// kindOfContentType maps a Content-Type to an input kind; kindUnknown means
// the body must be sniffed.
func kindOfContentType(ct string) kind {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return kindUnknown
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return kindHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml":
		return kindFeed
	case "application/feed+json", "application/json":
		return kindJSON
	case "application/x-ndjson", "application/ndjson", "application/jsonl",
		"application/x-jsonlines", "application/jsonlines":
		return kindJSONL
	}
	// text/plain, application/xml, text/xml, application/octet-stream, ...:
	// may be JSON Lines, text, a feed or a page.
	return kindUnknown
}
