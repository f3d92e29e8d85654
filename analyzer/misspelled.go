package analyzer

import (
	"go/ast"
	"strings"
)

// Directives written almost right (misspelled, spaced, capitalized, with a
// colon after the name, in a block comment) were silently ignored, turning
// a constructor or a suppression off without a word. They are reported,
// with the form that was meant.

// directiveNames are the directives errcodecheck reads, after
// "//errcodecheck:". A new directive is added here, or it is reported as
// unknown. (mapper marks a code-to-status function or map; see mapper.go.)
func directiveNames() []string {
	return []string{"constructor", "ignore", "file-ignore", "mapper", "used-elsewhere"} // used-elsewhere: gocatalog.go
}

const directivePrefix = "errcodecheck"

// checkDirectiveForms reports the near-miss directives in the package's
// comments, and constructor directives outside a function's doc comment
// (docs holds those inside one), which apply to nothing.
func (c *checker) checkDirectiveForms(docs map[*ast.Comment]bool) {
	for _, f := range c.pass.Files {
		for _, cg := range f.Comments {
			for _, cm := range cg.List {
				meant, why, shown, ok := nearDirective(cm.Text)
				switch {
				case !ok:
				case why != "":
					c.rep.report(cm, CategoryDirective, "directive %s is not recognized (%s): write //%s:%s", shown, why, directivePrefix, meant)
				case meant == "":
					c.rep.report(cm, CategoryDirective, "directive %s is not recognized: want %s", shown, knownDirectives())
				case meant == "used-elsewhere" && !c.isGoCatalog():
					c.rep.report(cm, CategoryDirective, "//%s:used-elsewhere applies only in a Go catalog's package (catalog: go:PKGPATH); in a Markdown catalog write <!-- %s:used-elsewhere -->", directivePrefix, directivePrefix)
				case meant == "constructor" && !docs[cm]:
					c.rep.report(cm, CategoryDirective, "%s directive applies to nothing: put it in a function's doc comment", constructorDirective)
				}
			}
		}
	}
}

// knownDirectives lists the directives for messages: "a, b or c".
func knownDirectives() string {
	var forms []string
	for _, n := range directiveNames() {
		forms = append(forms, "//"+directivePrefix+":"+n)
	}
	last := len(forms) - 1
	return strings.Join(forms[:last], ", ") + " or " + forms[last]
}

// nearDirective reads comment text that starts like an errcodecheck
// directive (ok). For the exact form of a known directive it returns its
// name with why == "". For a near miss it returns the directive meant,
// why it is not recognized and the comment's directive part as written;
// meant is "" for the exact form with an unknown name. Prose that merely
// begins with the tool's name ("errcodecheck is ...", "errcodecheck: the
// analyzer") is not ok.
func nearDirective(text string) (meant, why, shown string, ok bool) {
	var open, body, end string
	switch {
	case strings.HasPrefix(text, "//"):
		open, body = "//", text[2:]
	case strings.HasPrefix(text, "/*"):
		open, body, end = "/*", strings.TrimSuffix(text[2:], "*/"), " */"
	default:
		return "", "", "", false
	}
	t := strings.TrimLeft(body, " \t")
	lead := body[:len(body)-len(t)]
	if len(t) <= len(directivePrefix) || !strings.EqualFold(t[:len(directivePrefix)], directivePrefix) || t[len(directivePrefix)] != ':' {
		return "", "", "", false
	}
	word := t[:len(directivePrefix)]
	rest := t[len(directivePrefix)+1:]
	r := strings.TrimLeft(rest, " \t")
	gap := rest[:len(rest)-len(r)]
	n := 0
	for n < len(r) && nameByte(r[n]) {
		n++
	}
	name, after := r[:n], r[n:]
	colon := strings.HasPrefix(after, ":")
	shown = open + lead + word + ":" + gap + name
	if colon {
		shown += ":"
	}
	shown += end

	exact, caseOnly, near := "", "", ""
	for _, k := range directiveNames() {
		switch {
		case name == k:
			exact = k
		case strings.EqualFold(name, k):
			caseOnly = k
		case len(name) >= 4 && editDistance(strings.ToLower(name), k) <= 2:
			near = k
		}
	}
	meant = exact + caseOnly + near // at most one matches: the names differ widely
	tight := open == "//" && lead == "" && gap == ""
	switch {
	case meant == "" && tight && word == directivePrefix:
		return "", "", shown, true // //errcodecheck:NAME with an unknown NAME
	case meant == "":
		return "", "", "", false
	case open == "/*":
		why = "a block comment"
	case lead != "":
		why = "a space after //"
	case word != directivePrefix || caseOnly != "":
		why = "capitals"
	case near != "":
		why = "misspelled"
	case gap != "":
		why = "a space after the colon"
	case colon:
		why = "a colon after the name"
	case after != "" && after[0] != ' ' && after[0] != '\t':
		why = "no space after the name"
	}
	return meant, why, shown, true
}

func nameByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '-' || b == '_'
}

// editDistance is the Levenshtein distance of two short ASCII words.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
