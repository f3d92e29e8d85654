package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The SARIF 2.1.0 schema in testdata is the OASIS schema (errata 01), as
// shipped in the source of github.com/securego/gosec/v2 v2.29.0
// (report/sarif/testdata/sarif-schema-2.1.0.json).
const sarifSchemaFile = "testdata/sarif-schema-2.1.0.json"

// sarifLog is the part of a SARIF log the tests look at.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name, FullName, Version, SemanticVersion, InformationURI string
				Rules                                                    []struct {
					ID, Name         string
					HelpURI          string `json:"helpUri"`
					ShortDescription struct{ Text string }
					FullDescription  struct{ Text string }
					Help             struct{ Text, Markdown string }
				}
			}
		}
		AutomationDetails struct{ ID string }
		Invocations       []struct {
			ExecutionSuccessful bool
		}
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		ColumnKind         string
		Results            []sarifResult
	}
}

type sarifResult struct {
	RuleID    string
	RuleIndex int
	Level     string
	Message   struct{ Text string }
	Locations []struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI       string
				URIBaseID string `json:"uriBaseId"`
			}
			Region sarifRegion
		}
	}
	PartialFingerprints map[string]string
	Fixes               []struct {
		Description     struct{ Text string }
		ArtifactChanges []struct {
			ArtifactLocation struct{ URI string }
			Replacements     []struct {
				DeletedRegion   sarifRegion
				InsertedContent *struct{ Text string }
			}
		}
	}
}

type sarifRegion struct {
	StartLine, StartColumn, EndLine, EndColumn int
}

func (r *sarifResult) uri() string         { return r.Locations[0].PhysicalLocation.ArtifactLocation.URI }
func (r *sarifResult) region() sarifRegion { return r.Locations[0].PhysicalLocation.Region }

// identity is what names a finding apart from its place in the file.
func (r *sarifResult) identity() string { return r.RuleID + " " + r.uri() + " " + r.Message.Text }

func runSARIF(t *testing.T, dir string, args ...string) (*sarifLog, []byte) {
	t.Helper()
	r := errcodecheck(t, dir, append([]string{"-sarif"}, args...)...)
	wantCode(t, r, 3)
	var log sarifLog
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatalf("%v:\n%s", err, r.stdout)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("want 1 run, got %d", len(log.Runs))
	}
	return &log, []byte(r.stdout)
}

// validateSARIF validates a SARIF log against the official schema.
func validateSARIF(t *testing.T, out []byte) {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	abs, err := filepath.Abs(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(abs)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("the SARIF output does not match the SARIF 2.1.0 schema: %v", err)
	}
}

// TestSARIF validates the SARIF output against the official schema and
// checks what the schema cannot: one rule per category with help, results
// that point at their rule and at real files by paths relative to the
// module root, 1-based regions in code points, unique fingerprints.
func TestSARIF(t *testing.T) {
	// The shop lies in this repository's git tree: paths relative to the
	// module, as asked, are what this test checks (TestSourceRoot checks
	// the default).
	log, out := runSARIF(t, shop, "-test=false", "-source-root", shop, "./...")
	validateSARIF(t, out)
	if log.Version != "2.1.0" || !strings.HasPrefix(log.Schema, "https://") || !strings.HasSuffix(log.Schema, "sarif-schema-2.1.0.json") {
		t.Errorf("version %q, $schema %q", log.Version, log.Schema)
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "errcodecheck" || d.Version == "" || !strings.HasPrefix(d.InformationURI, "https://") {
		t.Errorf("tool.driver: name %q, version %q, informationUri %q", d.Name, d.Version, d.InformationURI)
	}
	var ids []string
	index := map[string]int{}
	for i, r := range d.Rules {
		if _, dup := index[r.ID]; dup {
			t.Errorf("rule %s twice", r.ID)
		}
		index[r.ID] = i
		ids = append(ids, r.ID)
		if r.Name == "" || r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Text == "" {
			t.Errorf("rule %s lacks a name, description or help: %+v", r.ID, r)
		}
	}
	if got, want := strings.Join(ids, " "), "unknown-code status-mismatch namespace message-mismatch symbol-mismatch status-conflict unused-code directive"; got != want {
		t.Errorf("rules %s, want %s", got, want)
	}
	if len(run.Invocations) != 1 || !run.Invocations[0].ExecutionSuccessful {
		t.Errorf("invocations: %+v", run.Invocations)
	}
	if got, want := run.OriginalURIBaseIDs["%SRCROOT%"].URI, "file://"+filepath.ToSlash(shop)+"/"; got != want {
		t.Errorf("%%SRCROOT%% is %q, want %q", got, want)
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	if len(run.Results) != len(wantFindings)-1 { // less the one in callers_test.go
		t.Errorf("want %d results, got %d", len(wantFindings)-1, len(run.Results))
	}
	fingerprints := map[string]bool{}
	for _, res := range run.Results {
		i, ok := index[res.RuleID]
		if !ok || res.RuleIndex != i {
			t.Errorf("result of rule %s has ruleIndex %d (rule at %d, known %v)", res.RuleID, res.RuleIndex, i, ok)
		}
		wantLevel := "error"
		if res.RuleID == "directive" {
			wantLevel = "warning"
		}
		if res.Level != wantLevel || res.Message.Text == "" {
			t.Errorf("result %s: level %q, message %q", res.RuleID, res.Level, res.Message.Text)
		}
		if len(res.Locations) != 1 {
			t.Fatalf("result %s: %d locations", res.identity(), len(res.Locations))
		}
		loc := res.Locations[0].PhysicalLocation
		uri := loc.ArtifactLocation.URI
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || strings.HasPrefix(uri, "/") || strings.Contains(uri, ":") || strings.Contains(uri, `\`) {
			t.Errorf("result %s: uri %q with base %q, want a path relative to %%SRCROOT%%", res.RuleID, uri, loc.ArtifactLocation.URIBaseID)
		} else if _, err := os.Stat(filepath.Join(shop, filepath.FromSlash(uri))); err != nil {
			t.Errorf("result %s: %v", res.RuleID, err)
		}
		checkRegion(t, res.identity(), loc.Region)
		fp := res.PartialFingerprints["errcodecheck/v1"]
		if fp == "" || fingerprints[fp] {
			t.Errorf("result %s: fingerprint %q missing or not unique", res.identity(), fp)
		}
		fingerprints[fp] = true
		for _, fix := range res.Fixes {
			for _, ch := range fix.ArtifactChanges {
				for _, rep := range ch.Replacements {
					checkRegion(t, res.identity()+" fix", rep.DeletedRegion)
				}
			}
		}
	}

	// Columns count code points: the message ends 10 characters (24
	// bytes) after it starts.
	for _, res := range run.Results {
		if res.RuleID == "message-mismatch" {
			if r := res.region(); r.StartLine != 27 || r.StartColumn != 35 || r.EndLine != 27 || r.EndColumn != 45 {
				t.Errorf("message-mismatch region %+v, want 27:35-27:45", r)
			}
			if len(res.Fixes) != 1 {
				t.Errorf("message-mismatch has %d fixes, want 1", len(res.Fixes))
			}
		}
	}
}

func checkRegion(t *testing.T, what string, r sarifRegion) {
	t.Helper()
	if r.StartLine < 1 || r.StartColumn < 1 || r.EndLine < r.StartLine || r.EndColumn < 1 ||
		r.EndLine == r.StartLine && r.EndColumn < r.StartColumn {
		t.Errorf("%s: bad region %+v", what, r)
	}
}

// TestSARIFFingerprints checks that fingerprints are the same from run to
// run and survive lines inserted above the finding.
func TestSARIFFingerprints(t *testing.T) {
	dir := copyShop(t)
	first, _ := runSARIF(t, dir, "-test=false", "./...")
	second, _ := runSARIF(t, dir, "-test=false", "./...")
	fingerprints := func(log *sarifLog) map[string]string {
		m := map[string]string{}
		for _, res := range log.Runs[0].Results {
			m[res.identity()] = res.PartialFingerprints["errcodecheck/v1"]
		}
		return m
	}
	a, b := fingerprints(first), fingerprints(second)
	for id, fp := range a {
		if b[id] != fp {
			t.Errorf("%s: fingerprint %s, then %s", id, fp, b[id])
		}
	}

	const file = "platform/platform.go"
	writeFile(t, dir, file, "\n"+readFile(t, dir, file))
	moved, _ := runSARIF(t, dir, "-test=false", "./...")
	lines := map[string]int{}
	for _, res := range first.Runs[0].Results {
		lines[res.identity()] = res.region().StartLine
	}
	c := fingerprints(moved)
	for _, res := range moved.Runs[0].Results {
		id := res.identity()
		if c[id] != a[id] {
			t.Errorf("%s: fingerprint %s changed to %s by a blank line above it", id, a[id], c[id])
		}
		want := lines[id]
		if res.uri() == file {
			want++
		}
		if res.region().StartLine != want {
			t.Errorf("%s: line %d after the blank line, want %d", id, res.region().StartLine, want)
		}
	}
}
