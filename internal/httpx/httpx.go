// Package httpx holds the small HTTP helpers that Parley's JSON API
// (internal/api) and reading interface (internal/web) share: read-only
// route registration with its 405 answer, and panic recovery.
package httpx

import "net/http"

// AllowRead is the Allow header of a read-only route.
const AllowRead = "GET, HEAD"

// ReadOnly returns a function that registers a read-only route on mux: h
// answers GET (and so HEAD) requests at pattern; a request with any other
// method gets the header "Allow: GET, HEAD" and is answered by notAllowed,
// which writes the 405 response in the caller's format.
func ReadOnly(mux *http.ServeMux, notAllowed http.HandlerFunc) func(pattern string, h http.HandlerFunc) {
	refuse := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", AllowRead)
		notAllowed(w, r)
	}
	return func(pattern string, h http.HandlerFunc) {
		mux.HandleFunc("GET "+pattern, h)
		mux.HandleFunc(pattern, refuse)
	}
}

// Recover returns next wrapped so that a panic while serving a request is
// passed, with the recovered value, to onPanic, which logs it and writes the
// error response. http.ErrAbortHandler is panicked again, as net/http
// expects of a handler that aborts a response on purpose.
func Recover(next http.Handler, onPanic func(w http.ResponseWriter, r *http.Request, v any)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				onPanic(w, r, v)
			}
		}()
		next.ServeHTTP(w, r)
	})
}
