package main

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// checkDocument fails the test unless stdout is a well-formed document of
// the format: JSON for json, sarif and codeclimate (an array), XML with a
// <checkstyle> root for checkstyle.
func checkDocument(t *testing.T, format, stdout string) {
	t.Helper()
	switch format {
	case "text":
	case "codeclimate":
		var issues []json.RawMessage
		if err := json.Unmarshal([]byte(stdout), &issues); err != nil {
			t.Errorf("standard output is not a JSON array: %v\n%s", err, stdout)
		}
	case "checkstyle":
		if err := wellFormedXML(stdout, "checkstyle"); err != nil {
			t.Errorf("standard output is not checkstyle XML: %v\n%s", err, stdout)
		}
	default:
		if !json.Valid([]byte(stdout)) {
			t.Errorf("standard output is not JSON:\n%s", stdout)
		}
	}
}

// wellFormedXML reads every token of doc and checks the root element.
func wellFormedXML(doc, root string) error {
	d := xml.NewDecoder(strings.NewReader(doc))
	d.Strict = true
	first := ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok && first == "" {
			first = se.Name.Local
		}
	}
	if first != root {
		return fmt.Errorf("root element %q, want %q", first, root)
	}
	return nil
}

// codeClimateIssue is what GitLab reads of a code-climate issue.
type codeClimateIssue struct {
	Type        string `json:"type"`
	CheckName   string `json:"check_name"`
	Description string `json:"description"`
	Fingerprint string `json:"fingerprint"`
	Severity    string `json:"severity"`
	Location    struct {
		Path  string `json:"path"`
		Lines struct {
			Begin int `json:"begin"`
			End   int `json:"end"`
		} `json:"lines"`
	} `json:"location"`
}

func runCodeClimate(t *testing.T, dir string, args ...string) []codeClimateIssue {
	t.Helper()
	r := errcodecheck(t, dir, append([]string{"-format", "codeclimate"}, args...)...)
	wantCode(t, r, 3)
	var issues []codeClimateIssue
	if err := json.Unmarshal([]byte(r.stdout), &issues); err != nil {
		t.Fatalf("%v:\n%s", err, r.stdout)
	}
	return issues
}

// matchFindings checks that got, "file:line: message" or
// "file:line:col: message" lines, are the shop's findings without those
// of test files, in order.
func matchFindings(t *testing.T, got []string, withColumn bool) {
	t.Helper()
	var want []string
	for _, f := range wantFindings {
		if strings.Contains(f.pos, "_test.go") {
			continue
		}
		pos := f.pos
		if !withColumn {
			pos = pos[:strings.LastIndexByte(pos, ':')]
		}
		want = append(want, regexp.QuoteMeta(pos)+": .*"+f.msg)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range got {
		if !regexp.MustCompile(want[i]).MatchString(got[i]) {
			t.Errorf("finding %d is %q, want %q", i, got[i], want[i])
		}
	}
}

// TestCodeClimate checks the GitLab code quality report: every finding
// with its check, severity, a path relative to the source root and a
// unique fingerprint that survives a new line above it.
func TestCodeClimate(t *testing.T) {
	dir := copyShop(t)
	issues := runCodeClimate(t, dir, "-test=false", "./...")
	var got []string
	fingerprints := map[string]string{}
	for _, is := range issues {
		got = append(got, fmt.Sprintf("%s:%d: %s", is.Location.Path, is.Location.Lines.Begin, is.Description))
		if is.Type != "issue" || is.CheckName == "" || is.Location.Lines.End < is.Location.Lines.Begin {
			t.Errorf("issue %+v: bad type, check_name or lines", is)
		}
		wantSeverity := "major"
		if is.CheckName == "directive" {
			wantSeverity = "minor"
		}
		if is.Severity != wantSeverity {
			t.Errorf("issue %s: severity %q, want %q", is.CheckName, is.Severity, wantSeverity)
		}
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(is.Location.Path))); err != nil || filepath.IsAbs(is.Location.Path) {
			t.Errorf("issue %s: path %q is not relative to the module (not a git repository): %v", is.CheckName, is.Location.Path, err)
		}
		id := is.CheckName + " " + is.Location.Path + " " + is.Description
		if is.Fingerprint == "" || fingerprints[id] != "" {
			t.Errorf("issue %s: fingerprint %q empty or not unique", id, is.Fingerprint)
		}
		fingerprints[id] = is.Fingerprint
	}
	matchFindings(t, got, false)

	const file = "platform/platform.go"
	writeFile(t, dir, file, "// moved\n"+readFile(t, dir, file))
	for _, is := range runCodeClimate(t, dir, "-test=false", "./...") {
		id := is.CheckName + " " + is.Location.Path + " " + is.Description
		if is.Fingerprint != fingerprints[id] {
			t.Errorf("%s: fingerprint %s became %s when a line was added above it", id, fingerprints[id], is.Fingerprint)
		}
	}
}

type checkstyleReport struct {
	Files []struct {
		Name   string `xml:"name,attr"`
		Errors []struct {
			Line     int    `xml:"line,attr"`
			Column   int    `xml:"column,attr"`
			Severity string `xml:"severity,attr"`
			Message  string `xml:"message,attr"`
			Source   string `xml:"source,attr"`
		} `xml:"error"`
	} `xml:"file"`
}

// TestCheckstyle checks the checkstyle XML: well-formed, one <file> per
// file, messages (quotes and non-ASCII text included) read back intact.
func TestCheckstyle(t *testing.T) {
	r := errcodecheck(t, shop, "-format", "checkstyle", "-source-root", shop, "-test=false", "./...")
	wantCode(t, r, 3)
	if err := wellFormedXML(r.stdout, "checkstyle"); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	var rep checkstyleReport
	if err := xml.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	var got []string
	names := map[string]bool{}
	for _, f := range rep.Files {
		if names[f.Name] {
			t.Errorf("file %s listed twice", f.Name)
		}
		names[f.Name] = true
		for _, e := range f.Errors {
			got = append(got, fmt.Sprintf("%s:%d:%d: %s", f.Name, e.Line, e.Column, e.Message))
			if !strings.HasPrefix(e.Source, "errcodecheck.") || e.Severity != "error" && e.Severity != "warning" {
				t.Errorf("%s:%d: source %q, severity %q", f.Name, e.Line, e.Source, e.Severity)
			}
		}
	}
	matchFindings(t, got, true)
}

// TestCheckstyleEscapes runs checkstyle on a message holding every
// character XML attributes must escape.
func TestCheckstyleEscapes(t *testing.T) {
	dir := tinyModule(t, map[string]string{
		".errcodecheck.yml": "catalog: errcodes.md\nconstructors:\n  - func: example.com/m.NewError\n    status: 0\n    code: 1\n    message: 2\n",
		"errcodes.md":       "- HttpCode: 404\n- ErrorCode: 40400001\n- Name: Tom & \"Jerry\" 'x' 1<2>3\n\n---\n\n- HttpCode: 404\n- ErrorCode: 40400002\n- Name: other\n",
		"p.go":              "package p\n\n" + constructor + "\nvar _ = NewError(404, 40400002, \"Tom & \\\"Jerry\\\" 'x' 1<2>3\")\n",
	})
	r := errcodecheck(t, dir, "-format", "checkstyle", "./...")
	wantCode(t, r, 3)
	if err := wellFormedXML(r.stdout, "checkstyle"); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	var rep checkstyleReport
	if err := xml.Unmarshal([]byte(r.stdout), &rep); err != nil || len(rep.Files) != 1 || len(rep.Files[0].Errors) != 1 {
		t.Fatalf("%v: %s", err, r)
	}
	if msg, want := rep.Files[0].Errors[0].Message, `message "Tom & \"Jerry\" 'x' 1<2>3" is the name of error code 40400001`; !strings.HasPrefix(msg, want) {
		t.Errorf("message read back as %q, want it to start with %q", msg, want)
	}
}

// TestFormatFlags checks how -format, -json and -sarif combine.
func TestFormatFlags(t *testing.T) {
	for _, c := range []struct {
		args    []string
		code    int
		wantErr string
	}{
		{[]string{"-format", "xml"}, 2, `-format "xml": want text, json, sarif, codeclimate or checkstyle`},
		{[]string{"-json", "-format", "sarif"}, 2, "-format sarif contradicts -json"},
		{[]string{"-sarif", "-format", "checkstyle"}, 2, "-format checkstyle contradicts -sarif"},
		{[]string{"-diff", "-format", "codeclimate"}, 2, "cannot be used with -json, -sarif or -format codeclimate"},
		{[]string{"-source-root", "nosuchdir"}, 2, "-source-root nosuchdir"},
		{[]string{"-json", "-format", "json"}, 3, ""},
		{[]string{"-format", "text"}, 3, "fixme.go:8:23"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			t.Parallel()
			r := errcodecheck(t, shop, append(c.args, "-test=false", "./fixme")...)
			wantCode(t, r, c.code)
			if !strings.Contains(r.stderr, c.wantErr) {
				t.Errorf("standard error lacks %q: %s", c.wantErr, r)
			}
		})
	}
}
