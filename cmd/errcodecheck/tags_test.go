package main

import (
	"strings"
	"testing"
)

// TestBuildTags checks that -tags selects the files a build with those
// tags would compile, as go build -tags does.
func TestBuildTags(t *testing.T) {
	t.Parallel()
	dir := copyShop(t)
	writeFile(t, dir, "clean/special.go", `//go:build special

package clean

import "example.com/shop/apierr"

// Special is compiled only with -tags special.
func Special() any { return apierr.New(400, 40100002, "") }
`)
	const want = "clean/special.go:8:40: status 400 does not match error code 40100002 (registered with 401)"
	if r := errcodecheck(t, dir, "./clean"); r.code != 0 {
		t.Fatalf("without -tags: %v, want exit 0 (special.go is not compiled)", r)
	}
	r := errcodecheck(t, dir, "-tags=special,other", "./clean")
	if r.code != 3 || !strings.Contains(r.stderr, want) {
		t.Fatalf("-tags=special,other: %v\nwant exit 3 and %s", r, want)
	}
}
