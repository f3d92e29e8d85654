package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// usageModule is the -unused and -inventory example: codes used along
// call chains across three packages, an unused entry, one marked
// used-elsewhere and a generated lookup switch.
func usageModule(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", "usage"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

const unusedGone = "docs/errcodes.md:10:1: error code 41000001 is not constructed, referred to or compared by any analyzed package (unused-code)"

// TestUnused runs -unused as a user does: the unused entry at its catalog
// line, a note on what the check assumes, exit status 3; every other
// entry is used (constructed, through a variable, compared) or marked.
func TestUnused(t *testing.T) {
	t.Parallel()
	dir := usageModule(t)
	r := errcodecheck(t, dir, "-unused", "./...")
	wantCode(t, r, 3)
	var findings []string
	for _, l := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
		if !strings.HasPrefix(l, "errcodecheck: ") {
			findings = append(findings, l)
		}
	}
	if len(findings) != 1 || findings[0] != unusedGone {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(findings, "\n"), unusedGone)
	}
	if !strings.Contains(r.stderr, "errcodecheck: -unused: 1 catalog entry is used by none of the packages analyzed") {
		t.Errorf("no note on what -unused assumes:\n%s", r.stderr)
	}

	// Without -unused, or with the check switched off, the run is clean.
	wantCode(t, errcodecheck(t, dir, "./..."), 0)
	wantCode(t, errcodecheck(t, dir, "-unused", "-checks=all,-unused-code", "./..."), 0)

	// A part of the program: service alone constructs 40900001 and
	// compares 50000001; the others look unused.
	r = errcodecheck(t, dir, "-unused", "./service")
	wantCode(t, r, 3)
	if n := strings.Count(r.stderr, "(unused-code)"); n != 5 {
		t.Errorf("-unused ./service: %d unused entries, want 5 (40000001, 40100001, 40400001, 40400002, 41000001):\n%s", n, r.stderr)
	}
}

// TestUnusedFormats: the catalog finding in JSON (under the catalog's
// file), SARIF (rule unused-code) and code climate.
func TestUnusedFormats(t *testing.T) {
	t.Parallel()
	dir := usageModule(t)
	r := errcodecheck(t, dir, "-unused", "-json", "./...")
	wantCode(t, r, 3)
	if !strings.Contains(r.stdout, `"category": "unused-code"`) || !strings.Contains(r.stdout, "error code 41000001 is not constructed") {
		t.Errorf("-json:\n%s", r.stdout)
	}
	r = errcodecheck(t, dir, "-unused", "-sarif", "./...")
	wantCode(t, r, 3)
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					Physical struct {
						Artifact struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 {
		t.Fatalf("-sarif: %v\n%s", err, r.stdout)
	}
	res := log.Runs[0].Results[0]
	if res.RuleID != "unused-code" || len(res.Locations) != 1 || !strings.HasSuffix(res.Locations[0].Physical.Artifact.URI, "docs/errcodes.md") || res.Locations[0].Physical.Region.StartLine != 10 {
		t.Errorf("-sarif result: %+v", res)
	}
	r = errcodecheck(t, dir, "-unused", "-format", "codeclimate", "./...")
	wantCode(t, r, 3)
	if !strings.Contains(r.stdout, `"check_name":"unused-code"`) && !strings.Contains(r.stdout, `"check_name": "unused-code"`) {
		t.Errorf("-format codeclimate:\n%s", r.stdout)
	}
}

// TestUnusedEmbeddedCatalog: with the embedded example catalog (the shop
// names no catalog), -unused would report all of it: it is an error.
func TestUnusedEmbeddedCatalog(t *testing.T) {
	t.Parallel()
	r := errcodecheck(t, shop, "-unused", "./...")
	wantCode(t, r, 1)
	if !strings.Contains(r.stderr, "-unused: the packages have no catalog of their own") || strings.Contains(r.stderr, "(unused-code)") {
		t.Errorf("-unused with the embedded catalog:\n%s", r.stderr)
	}
}

// TestUnusedVet: go vet sees one package per process, so it refuses
// -unused and -inventory with a message saying what to run instead.
func TestUnusedVet(t *testing.T) {
	t.Parallel()
	dir := usageModule(t)
	for _, flag := range []string{"-unused", "-inventory"} {
		r := goVet(t, dir, flag, "./apierr")
		if r.code == 0 || !strings.Contains(r.stderr, "errcodecheck: "+flag+" needs every package at once, and go vet analyzes one package per process: run errcodecheck "+flag+" ./...") {
			t.Errorf("go vet %s: %s", flag, r)
		}
	}
}
