package catalog

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
)

// Severity says whether a problem makes a catalog unusable.
type Severity int

const (
	// Error problems make a catalog invalid: Load refuses it.
	Error Severity = iota
	// Warning problems are reported but the catalog stays usable.
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Problem is one finding about a catalog document, positioned like a
// compiler message.
type Problem struct {
	File     string
	Line     int // 0 when the problem concerns the whole file
	Severity Severity
	Msg      string
}

// String renders the problem as "file:line: msg", with "warning: " before
// the message of warnings.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(p.Line))
	}
	b.WriteString(": ")
	if p.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Problems is a list of problems in document order.
type Problems []Problem

// Errors returns the problems of severity Error.
func (ps Problems) Errors() Problems { return ps.filter(Error) }

// Warnings returns the problems of severity Warning.
func (ps Problems) Warnings() Problems { return ps.filter(Warning) }

func (ps Problems) filter(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// Err returns an error listing every error problem, one per line, or nil
// when there is none. Warnings are not errors.
func (ps Problems) Err() error {
	errs := ps.Errors()
	if len(errs) == 0 {
		return nil
	}
	return &LoadError{Problems: errs}
}

func (ps Problems) sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
}

// LoadError is returned by Load for an invalid catalog: every error found,
// not only the first.
type LoadError struct {
	Problems Problems
}

func (e *LoadError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// AsLoadError reports whether err is or wraps a *LoadError, and returns it.
func AsLoadError(err error) (*LoadError, bool) {
	var le *LoadError
	ok := errors.As(err, &le)
	return le, ok
}
