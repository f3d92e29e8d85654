package driver

import (
	"encoding/xml"
	"io"

	"golang.org/x/tools/go/packages"
)

// Checkstyle XML, as Jenkins' warnings plugin, reviewdog and other CI
// tools read it: one <file> per file with findings, one <error> per
// finding. encoding/xml escapes the attributes (and replaces characters
// XML cannot hold), so any message gives a well-formed document.

type checkstyleReport struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// writeCheckstyle writes the findings, already sorted by file, as a
// checkstyle report; file names are relative to the source root.
func (r *run) writeCheckstyle(findings []*finding, pkgs []*packages.Package) error {
	root := r.sourceRoot(pkgs)
	sf := &sourceFiles{}
	rep := checkstyleReport{Version: "4.3"}
	for _, f := range findings {
		name, _ := relPath(root, f.pos.Filename)
		if n := len(rep.Files); n == 0 || rep.Files[n-1].Name != name {
			rep.Files = append(rep.Files, checkstyleFile{Name: name})
		}
		id := ruleID(f)
		file := &rep.Files[len(rep.Files)-1]
		file.Errors = append(file.Errors, checkstyleError{
			Line:     max(f.pos.Line, 1),
			Column:   sf.column(f.pos),
			Severity: r.severity(f),
			Message:  f.diag.Message,
			Source:   "errcodecheck." + id,
		})
	}
	data, err := xml.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if _, err := io.WriteString(r.o.Stdout, xml.Header); err != nil {
		return err
	}
	_, err = r.o.Stdout.Write(append(data, '\n'))
	return err
}
