package driver

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/packages"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// SARIF 2.1.0 as GitHub code scanning and other consumers read it: one
// run, one rule per diagnostic category, results located relative to the
// source root (%SRCROOT%: the git repository root by default, see
// sourceRoot), columns counted in Unicode code points.

// SARIFSchema is the URI of the SARIF 2.1.0 JSON schema (OASIS, errata 01).
const SARIFSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// FingerprintKey names errcodecheck's entry in partialFingerprints.
const FingerprintKey = "errcodecheck/v1"

// srcRoot is the uriBaseId of every location.
const srcRoot = "%SRCROOT%"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	AutomationDetails  *sarifAutomationDetails          `json:"automationDetails,omitempty"`
	Invocations        []sarifInvocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                           `json:"columnKind"`
	Results            []sarifResult                    `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifAutomationDetails struct {
	ID string `json:"id"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	FullName        string      `json:"fullName,omitempty"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri,omitempty"`
	Rules           []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifMessage       `json:"shortDescription"`
	FullDescription      sarifMessage       `json:"fullDescription"`
	Help                 sarifMessage       `json:"help"`
	HelpURI              string             `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level   string       `json:"level"`
	Message sarifMessage `json:"message"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion   `json:"deletedRegion"`
	InsertedContent *sarifMessage `json:"insertedContent,omitempty"`
}

// Rule describes one check for SARIF: the driver knows checks only
// through these, given in Options.
type Rule struct {
	ID, Name, Title string
	// Help is plain text; HelpMarkdown, if set, the same in Markdown.
	Help, HelpMarkdown string
	HelpURI            string
	Level              string // the default level: "error" or "warning"
}

// sarifRules returns one rule per given rule, then one per other category
// seen in findings, and each rule's index.
func (r *run) sarifRules(findings []*finding) ([]sarifRule, map[string]int) {
	var rules []sarifRule
	index := map[string]int{}
	add := func(r sarifRule) {
		index[r.ID] = len(rules)
		rules = append(rules, r)
	}
	for _, c := range r.o.Rules {
		add(sarifRule{
			ID:                   c.ID,
			Name:                 c.Name,
			ShortDescription:     sarifMessage{Text: c.Title},
			FullDescription:      sarifMessage{Text: oneParagraph(c.Help)},
			Help:                 sarifMessage{Text: c.Help, Markdown: c.HelpMarkdown},
			HelpURI:              c.HelpURI,
			DefaultConfiguration: sarifConfiguration{Level: cmp.Or(c.Level, SeverityError)},
		})
	}
	for _, f := range findings {
		if _, ok := index[ruleID(f)]; !ok {
			id := ruleID(f)
			add(sarifRule{
				ID:                   id,
				Name:                 RuleName(id),
				ShortDescription:     sarifMessage{Text: id},
				FullDescription:      sarifMessage{Text: id},
				Help:                 sarifMessage{Text: id},
				DefaultConfiguration: sarifConfiguration{Level: SeverityError},
			})
		}
	}
	return rules, index
}

// semanticVersion returns the version as SARIF's semanticVersion wants it,
// a semantic version without the "v": a module version (v1.2.3, or a
// pseudo-version v0.0.0-20261201000000-abcdef123456) without its v, and
// 0.0.0-devel for a build whose version is unknown (a checkout built
// with go build says "(devel)"), which sorts before every release.
func semanticVersion(v string) string {
	if len(v) > 1 && v[0] == 'v' && '0' <= v[1] && v[1] <= '9' {
		return v[1:]
	}
	return "0.0.0-devel"
}

// ruleID is a finding's rule: its category, or the analyzer's name for a
// diagnostic without one.
func ruleID(f *finding) string {
	if f.diag.Category != "" {
		return f.diag.Category
	}
	return analyzer.Name
}

// RuleName turns "status-mismatch" into "StatusMismatch", SARIF's
// customary form of a rule's name.
func RuleName(id string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == '/' }) {
		r, n := utf8.DecodeRuneInString(w)
		b.WriteString(strings.ToUpper(string(r)) + w[n:])
	}
	return b.String()
}

// oneParagraph joins the lines of a paragraph with spaces.
func oneParagraph(s string) string { return strings.Join(strings.Fields(s), " ") }

// writeSARIF writes the findings as a SARIF log on standard output.
func (r *run) writeSARIF(findings []*finding, pkgs []*packages.Package) error {
	root := r.sourceRoot(pkgs)
	rules, index := r.sarifRules(findings)
	sf := &sourceFiles{}
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:            r.o.Tool.Name,
			FullName:        strings.TrimSpace(r.o.Tool.Name + " " + r.o.Tool.Version),
			Version:         r.o.Tool.Version,
			SemanticVersion: semanticVersion(r.o.Tool.Version),
			InformationURI:  r.o.Tool.InformationURI,
			Rules:           rules,
		}},
		AutomationDetails: &sarifAutomationDetails{ID: automationID(r.o.Tool.Name, root, moduleRoot(pkgs, r.o.Dir))},
		Invocations:       []sarifInvocation{{ExecutionSuccessful: len(r.failures) == 0}},
		ColumnKind:        "unicodeCodePoints",
		Results:           []sarifResult{},
	}
	for _, msg := range r.failures {
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications,
			sarifNotification{Level: "error", Message: sarifMessage{Text: msg}})
	}
	if root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{srcRoot: {URI: fileURI(root) + "/"}}
	}
	seen := map[string]int{} // fingerprint base -> occurrences so far
	for _, f := range findings {
		id := ruleID(f)
		loc := artifact(root, f.pos.Filename)
		region := sf.region(f.pos, f.end)
		base := fingerprint(id, loc.URI, f.diag.Message, strings.TrimSpace(sf.line(f.pos.Filename, f.pos.Line)))
		seen[base]++
		res := sarifResult{
			RuleID:    id,
			RuleIndex: index[id],
			Level:     r.severity(f),
			Message:   sarifMessage{Text: f.diag.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: loc,
				Region:           region,
			}}},
			PartialFingerprints: map[string]string{FingerprintKey: base + ":" + strconv.Itoa(seen[base])},
		}
		for _, fix := range f.diag.SuggestedFixes {
			// Edits are located in the bytes on disk: a //line
			// directive moves the finding, not the text to replace.
			edits, cgoFile, err := r.placeFix(f.fset, fix)
			if err != nil {
				continue // an analyzer bug: no edit to show
			}
			if cgoFile != "" {
				r.cgoNote(cgoFile)
				continue
			}
			sfix := sarifFix{Description: sarifMessage{Text: fix.Message}}
			changes := map[string]int{} // file name -> index in ArtifactChanges
			for _, e := range edits {
				i, ok := changes[e.file]
				if !ok {
					i = len(sfix.ArtifactChanges)
					changes[e.file] = i
					sfix.ArtifactChanges = append(sfix.ArtifactChanges, sarifArtifactChange{ArtifactLocation: artifact(root, e.file)})
				}
				rep := sarifReplacement{DeletedRegion: sf.region(e.pos, e.endp)}
				if e.text != "" {
					rep.InsertedContent = &sarifMessage{Text: e.text}
				}
				sfix.ArtifactChanges[i].Replacements = append(sfix.ArtifactChanges[i].Replacements, rep)
			}
			res.Fixes = append(res.Fixes, sfix)
		}
		run.Results = append(run.Results, res)
	}
	log := sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}}
	data, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		return err
	}
	_, err = r.o.Stdout.Write(append(data, '\n'))
	return err
}

// automationID returns the run's automationDetails.id, whose part before
// the last slash GitHub code scanning takes as the analysis category: the
// tool's name, then the module's directory below the source root when it
// is not the root, so that the modules of a monorepo, uploaded one by
// one, do not replace each other's alerts.
func automationID(tool, root, module string) string {
	id := tool + "/"
	if rel, ok := relPath(root, module); ok && rel != "." {
		id += rel + "/"
	}
	return id
}

// fingerprint identifies a finding across unrelated edits: its rule, file,
// message and the text of its line, but not the line's number.
func fingerprint(rule, uri, message, line string) string {
	h := sha256.New()
	for _, s := range []string{rule, uri, message, line} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// moduleRoot returns the directory of the main module of the packages, or
// dir (the working directory) when they have none.
func moduleRoot(pkgs []*packages.Package, dir string) string {
	for _, p := range pkgs {
		if m := p.Module; m != nil && m.Main && m.Dir != "" {
			return m.Dir
		}
	}
	if dir == "" {
		dir, _ = os.Getwd()
	}
	return dir
}

// artifact locates a file relative to root, or by its absolute file URI
// when it is outside root (a dependency's file named in a fix, say).
func artifact(root, filename string) sarifArtifactLocation {
	if rel, ok := relPath(root, filename); ok {
		return sarifArtifactLocation{URI: uriPath(rel), URIBaseID: srcRoot}
	}
	return sarifArtifactLocation{URI: fileURI(filename)}
}

// fileURI returns the file URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x -> /C:/x
	}
	return "file://" + uriPath(p)
}

// uriPath escapes a slash-separated path for use in a URI.
func uriPath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = escapeSegment(s)
	}
	return strings.Join(segs, "/")
}

func escapeSegment(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~!$&'()*+,;=:@", c) >= 0 {
			b.WriteByte(c)
		} else {
			b.WriteString("%" + strings.ToUpper(hex.EncodeToString([]byte{c})))
		}
	}
	return b.String()
}

// sourceFiles reads files once, for line texts and column conversion.
type sourceFiles struct {
	lines map[string][]string
}

func (s *sourceFiles) line(filename string, n int) string {
	if s.lines == nil {
		s.lines = map[string][]string{}
	}
	ls, ok := s.lines[filename]
	if !ok {
		data, _ := os.ReadFile(filename) // a vanished file has no text
		ls = strings.Split(string(bytes.TrimSuffix(data, []byte("\n"))), "\n")
		s.lines[filename] = ls
	}
	if 1 <= n && n <= len(ls) {
		return ls[n-1]
	}
	return ""
}

// column converts a position's byte column into a 1-based column in
// Unicode code points.
func (s *sourceFiles) column(p token.Position) int {
	text := s.line(p.Filename, p.Line)
	b := p.Column - 1
	if b < 0 {
		return 1
	}
	if b > len(text) {
		return utf8.RuneCountInString(text) + 1 + (b - len(text))
	}
	return utf8.RuneCountInString(text[:b]) + 1
}

// region returns the SARIF region from start to end (exclusive).
func (s *sourceFiles) region(start, end token.Position) sarifRegion {
	if !end.IsValid() || end.Line == 0 {
		end = start
	}
	return sarifRegion{
		StartLine:   max(start.Line, 1),
		StartColumn: s.column(start),
		EndLine:     max(end.Line, start.Line, 1),
		EndColumn:   s.column(end),
	}
}
