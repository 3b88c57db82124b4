package httpx

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestReadOnly(t *testing.T) {
	mux := http.NewServeMux()
	route := ReadOnly(mux, func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "read only", http.StatusMethodNotAllowed)
	})
	route("/things/{id}", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("thing " + r.PathValue("id"))) })
	tests := []struct {
		method, path string
		status       int
		allow        string
	}{
		{"GET", "/things/7", 200, ""},
		{"HEAD", "/things/7", 200, ""},
		{"POST", "/things/7", 405, AllowRead},
		{"DELETE", "/things/7", 405, AllowRead},
		{"GET", "/other", 404, ""},
	}
	for _, tc := range tests {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
		if rec.Code != tc.status || rec.Header().Get("Allow") != tc.allow {
			t.Errorf("%s %s = %d, Allow %q; want %d, %q", tc.method, tc.path, rec.Code, rec.Header().Get("Allow"), tc.status, tc.allow)
		}
	}
}

func TestRecover(t *testing.T) {
	var got any
	h := Recover(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/abort" {
			panic(http.ErrAbortHandler)
		}
		panic("boom")
	}), func(w http.ResponseWriter, r *http.Request, v any) {
		got = v
		w.WriteHeader(http.StatusInternalServerError)
	})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 500 || got != "boom" {
		t.Errorf("after a panic: status %d, onPanic got %v", rec.Code, got)
	}
	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Errorf("ErrAbortHandler: recovered %v, want it panicked again", v)
		}
	}()
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/abort", nil))
}
