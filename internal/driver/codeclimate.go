package driver

import (
	"encoding/json"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"
)

// The code-climate issue format as GitLab's code quality report reads it
// (artifacts: reports: codequality): a JSON array of issues, each with a
// description, check_name, fingerprint, severity and a location whose
// path is relative to the repository root.

type codeClimateIssue struct {
	Type        string              `json:"type"`
	CheckName   string              `json:"check_name"`
	Description string              `json:"description"`
	Categories  []string            `json:"categories"`
	Fingerprint string              `json:"fingerprint"`
	Severity    string              `json:"severity"`
	Location    codeClimateLocation `json:"location"`
}

type codeClimateLocation struct {
	Path  string           `json:"path"`
	Lines codeClimateLines `json:"lines"`
}

type codeClimateLines struct {
	Begin int `json:"begin"`
	End   int `json:"end"`
}

// codeClimateSeverity maps a SARIF level onto code climate's scale (info,
// minor, major, critical, blocker): an error is major, a warning minor.
func codeClimateSeverity(level string) string {
	if level == "error" {
		return "major"
	}
	return "minor"
}

// writeCodeClimate writes the findings as a code-climate JSON array.
func (r *run) writeCodeClimate(findings []*finding, pkgs []*packages.Package) error {
	root := r.sourceRoot(pkgs)
	sf := &sourceFiles{}
	issues := []codeClimateIssue{} // [] rather than null for no findings
	seen := map[string]int{}
	for _, f := range findings {
		id := ruleID(f)
		path, _ := relPath(root, f.pos.Filename)
		base := fingerprint(id, path, f.diag.Message, strings.TrimSpace(sf.line(f.pos.Filename, f.pos.Line)))
		// The same finding twice on equal lines of a file still needs
		// two fingerprints: GitLab keeps one issue per fingerprint.
		seen[base]++
		fp := base
		if n := seen[base]; n > 1 {
			fp = fingerprint(base, strconv.Itoa(n), "", "")
		}
		issues = append(issues, codeClimateIssue{
			Type:        "issue",
			CheckName:   id,
			Description: f.diag.Message,
			Categories:  []string{"Bug Risk"},
			Fingerprint: fp,
			Severity:    codeClimateSeverity(r.severity(f)),
			Location: codeClimateLocation{
				Path:  path,
				Lines: codeClimateLines{Begin: max(f.pos.Line, 1), End: max(f.end.Line, f.pos.Line, 1)},
			},
		})
	}
	data, err := json.MarshalIndent(issues, "", "  ")
	if err != nil {
		return err
	}
	_, err = r.o.Stdout.Write(append(data, '\n'))
	return err
}
