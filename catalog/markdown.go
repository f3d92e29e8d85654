package catalog

import (
	"bytes"
	"strconv"
	"strings"
)

// Markdown renders the catalog as a Markdown document that Parse reads back
// to the same entries (namespace, status, code, name, English name,
// message, identifier, used-elsewhere marker; not their positions): a rules marker with the
// catalog's rules, then one pipe table per namespace, each after its
// namespace marker (none for a catalog whose only namespace is
// DefaultNamespace). Columns without any value are left out, except
// Identifier, Code, HTTP Status and Name. Values are escaped so that GitHub shows them as
// written: Markdown punctuation is backslash-escaped and line breaks read
// as spaces. errcatalog export -format markdown writes it, for instance
// from a catalog kept in Go.
func (c *Catalog) Markdown() []byte {
	var b bytes.Buffer
	b.WriteString("<!-- errcodecheck:rules " + c.Rules.String() + " -->\n")
	// The Identifier column is always written: without it, a Name column
	// of Go identifiers would read back as identifiers.
	ident := true
	var english, message bool
	for _, e := range c.Entries {
		english = english || e.English != ""
		message = message || e.Message != ""
	}
	markers := len(c.namespaces) != 1 || c.namespaces[0] != DefaultNamespace
	for _, ns := range c.namespaces {
		b.WriteByte('\n')
		if markers {
			b.WriteString("<!-- errcodecheck:namespace " + ns + " -->\n\n")
		}
		head := []string{"Code", "HTTP Status", "Name"}
		if ident {
			head = append([]string{"Identifier"}, head...)
		}
		if english {
			head = append(head, "English")
		}
		if message {
			head = append(head, "Message")
		}
		row(&b, head)
		delim := make([]string, len(head))
		for i := range delim {
			delim[i] = "---"
		}
		row(&b, delim)
		for i := range c.Entries {
			e := &c.Entries[i]
			if e.Namespace != ns {
				continue
			}
			var cells []string
			if ident {
				cells = append(cells, escapeCell(e.Ident))
			}
			cells = append(cells, strconv.FormatInt(e.Code, 10), strconv.Itoa(e.Status), escapeCell(e.Name))
			if english {
				cells = append(cells, escapeCell(e.English))
			}
			if message {
				cells = append(cells, escapeCell(e.Message))
			}
			if e.UsedElsewhere {
				cells[len(cells)-1] += " <!-- errcodecheck:used-elsewhere -->"
			}
			row(&b, cells)
		}
	}
	return b.Bytes()
}

func row(b *bytes.Buffer, cells []string) {
	b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
}

// escapeCell writes s for a table cell: ASCII punctuation that can start
// inline markup, and the pipe, get a backslash; line breaks and tabs
// become spaces.
func escapeCell(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; ch {
		case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '&', '~', '!', '#':
			b.WriteByte('\\')
			b.WriteByte(ch)
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteByte(ch)
		}
	}
	return strings.TrimSpace(b.String())
}
