package main

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// semverRE is the regular expression of semver.org for a version.
var semverRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

// readmeAnchors returns the anchors GitHub gives the headings of the
// repository's README: lowercase, punctuation dropped, spaces as hyphens.
func readmeAnchors(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	anchors := map[string]bool{}
	drop := regexp.MustCompile(`[^\p{L}\p{N} _-]`)
	fence := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "```") {
			fence = !fence
		}
		if fence || !strings.HasPrefix(line, "#") {
			continue
		}
		title := strings.TrimSpace(strings.TrimLeft(line, "#"))
		anchors[strings.ReplaceAll(drop.ReplaceAllString(strings.ToLower(title), ""), " ", "-")] = true
	}
	return anchors
}

// TestSARIFMetadata checks what SARIF viewers show of the tool and its
// rules: a helpUri per rule at the check's README section, PascalCase
// rule names distinct from the ids, automationDetails.id, the driver's
// fullName and a semanticVersion that is a semantic version.
func TestSARIFMetadata(t *testing.T) {
	log, _ := runSARIF(t, shop, "-test=false", "-source-root", shop, "./...")
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.FullName != "errcodecheck "+d.Version {
		t.Errorf("fullName %q, want %q", d.FullName, "errcodecheck "+d.Version)
	}
	want := strings.TrimPrefix(d.Version, "v")
	if d.Version == "devel" {
		want = "0.0.0-devel"
	}
	if d.SemanticVersion != want || !semverRE.MatchString(d.SemanticVersion) {
		t.Errorf("semanticVersion %q (version %q), want the semantic version %q", d.SemanticVersion, d.Version, want)
	}
	if run.AutomationDetails.ID != "errcodecheck/" {
		t.Errorf("automationDetails.id %q, want errcodecheck/", run.AutomationDetails.ID)
	}
	anchors := readmeAnchors(t)
	pascal := regexp.MustCompile(`^[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$`)
	names := map[string]bool{}
	for _, r := range d.Rules {
		if r.Name == r.ID || !pascal.MatchString(r.Name) || names[r.Name] {
			t.Errorf("rule %s: name %q is not a distinct PascalCase name", r.ID, r.Name)
		}
		names[r.Name] = true
		base, anchor, ok := strings.Cut(r.HelpURI, "#")
		if !ok || base != analyzer.ReadmeURL || anchor != r.ID {
			t.Errorf("rule %s: helpUri %q, want the README's section #%s", r.ID, r.HelpURI, r.ID)
		}
		if !anchors[anchor] {
			t.Errorf("rule %s: the README has no section #%s", r.ID, anchor)
		}
	}
}
