package api

import "testing"

// wantStatus is a test helper whose parameter names the heuristics know;
// errcodecheck init does not propose it: a config entry for it would be
// an error for the package without its tests.
func wantStatus(t *testing.T, httpCode, errorCode int) {
	t.Helper()
}

func TestLookup(t *testing.T) {
	if err := lookup("missing"); err == nil {
		t.Fatal("no error")
	}
	wantStatus(t, 404, 410108)
}
