package catalog

import "fmt"

// validate checks the rules of a catalog (SPEC section 1) over its indexed
// entries and returns every problem found.
func (c *Catalog) validate() Problems {
	var ps Problems
	// Problems are at the entry's file: a catalog read from Go has
	// entries in several.
	var e *Entry
	file := func() string {
		if e.File != "" {
			return e.File
		}
		return c.File
	}
	errorf := func(line int, format string, args ...any) {
		ps = append(ps, Problem{File: file(), Line: line, Severity: Error, Msg: fmt.Sprintf(format, args...)})
	}
	hinted := false
	type nsText struct{ ns, text string }
	names := make(map[nsText]int32, len(c.Entries))
	for i := range c.Entries {
		e = &c.Entries[i]
		if first, ok := c.byNSCode[nsCode{e.Namespace, e.Code}]; ok && int(first) != i {
			f := &c.Entries[first]
			msg := fmt.Sprintf("duplicate error code %d in namespace %s (first at line %d)", e.Code, e.Namespace, f.CodeLine)
			if f.File != e.File {
				msg = fmt.Sprintf("duplicate error code %d in namespace %s (first at %s:%d)", e.Code, e.Namespace, f.File, f.CodeLine)
			}
			if !c.markers && !hinted {
				msg += "; if the document holds several code tables, put <!-- errcodecheck:namespace NAME --> before each"
				hinted = true
			}
			errorf(e.CodeLine, "%s", msg)
			continue
		}
		if e.Status < 100 || e.Status > 599 {
			errorf(e.StatusLine, "HttpCode %d of error code %d is outside 100-599", e.Status, e.Code)
		}
		if d := numDigits(e.Code); c.Rules.Digits > 0 && d != c.Rules.Digits {
			errorf(e.CodeLine, "error code %d has %d digits, want %d (rules: %s)", e.Code, d, c.Rules.Digits, c.Rules)
		}
		if c.Rules.Prefix {
			if want, ok := PrefixStatus(e.Code); !ok || want != e.Status {
				errorf(e.CodeLine, "error code %d does not start with its HttpCode %d (rules: %s)", e.Code, e.Status, c.Rules)
			}
		}
		if e.Name != "" {
			k := nsText{e.Namespace, e.Name}
			if j, ok := names[k]; ok {
				f := &c.Entries[j]
				ps = append(ps, Problem{File: file(), Line: e.NameLine, Severity: Warning,
					Msg: fmt.Sprintf("error codes %d (line %d) and %d in namespace %s share the name %q", f.Code, f.NameLine, e.Code, e.Namespace, e.Name)})
			} else {
				names[k] = int32(i)
			}
		}
	}
	return ps
}

// numDigits returns the number of decimal digits of a non-negative code.
func numDigits(code int64) int {
	n := 1
	for code >= 10 {
		code /= 10
		n++
	}
	return n
}

// PrefixStatus returns the HTTP status that a code's first three digits
// name under the prefix rule (40100002 gives 401). It reports false for
// codes of fewer than four digits, where no prefix can be told apart.
func PrefixStatus(code int64) (int, bool) {
	if code < 1000 {
		return 0, false
	}
	for code >= 1000 {
		code /= 10
	}
	return int(code), true
}
