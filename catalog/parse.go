package catalog

import (
	"bytes"
	"fmt"
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// field is the role of a key in a bullet block or a column of a pipe table.
type field int

const (
	fieldNone field = iota
	fieldStatus
	fieldCode
	fieldName
	fieldEnglish
	fieldMessage
	fieldDesc  // a description: the name when there is none, else the message
	fieldIdent // the Go identifier of the code's constant
	numFields
)

// canonical key names, used in messages.
var fieldNames = [numFields]string{"", "HttpCode", "ErrorCode", "Name", "English", "Message", "Description", "Identifier"}

// fieldOf maps a key or column header to its role. Keys are compared
// case-insensitively, ignoring spaces, '-' and '_'.
func fieldOf(key string) field {
	var buf [32]byte
	switch string(normKey(buf[:0], key)) {
	case "httpcode", "httpstatus", "httpstatuscode", "status", "statuscode", "http",
		"http状态码", "状态码", "http码":
		return fieldStatus
	case "errorcode", "errcode", "code", "businesscode", "错误码", "业务码", "错误代码":
		return fieldCode
	case "中文名称", "name", "名称", "中文名", "errorname":
		return fieldName
	case "english", "englishname", "英文名称", "英文名":
		return fieldEnglish
	case "message", "msg", "errmsg", "errormessage", "errormsg", "消息", "提示信息", "错误信息", "信息", "错误消息":
		return fieldMessage
	case "description", "desc", "reason", "说明", "描述", "释义", "错误描述", "错误说明":
		return fieldDesc
	case "identifier", "ident", "const", "constant", "标识符", "常量", "常量名":
		return fieldIdent
	}
	return fieldNone
}

// normKey appends s to buf lowercased (ASCII letters only) and without
// spaces, tabs, '-' and '_'. It works on bytes: multi-byte UTF-8 sequences
// are copied unchanged, and invalid ones match no key either way. With a
// buffer on the caller's stack it does not allocate.
func normKey(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' || c == '-' || c == '_' || c == '\t':
		case 'A' <= c && c <= 'Z':
			buf = append(buf, c+('a'-'A'))
		default:
			buf = append(buf, c)
		}
	}
	return buf
}

// draft is an entry being read, with the line of each key seen.
type draft struct {
	lines  [numFields]int // line of each field's key; 0: not seen
	values [numFields]string
	first  int // line of the first key
	last   int // line of the last key (the row, in a table)
	// usedElsewhere: a used-elsewhere marker on one of its lines.
	usedElsewhere bool
}

func (d *draft) empty() bool { return d.first == 0 }

// Parse reads a catalog document. It never fails: every irregularity is a
// Problem, and the catalog holds the entries that could be read. The rules
// of the document's rules marker (or DefaultRules), with o applied, are
// checked too (see Validate).
func Parse(file string, data []byte, o Overrides) (*Catalog, Problems) {
	p := parser{file: file, ns: DefaultNamespace, rules: DefaultRules}
	p.cat = &Catalog{File: file}
	p.run(data)
	if p.allUsed {
		for i := range p.cat.Entries {
			p.cat.Entries[i].UsedElsewhere = true
		}
	}
	p.cat.Rules = o.apply(p.rules)
	p.cat.markers = p.markers
	p.cat.index()
	p.problems = append(p.problems, p.cat.validate()...)
	if len(p.cat.Entries) == 0 && len(p.problems.Errors()) == 0 {
		p.problems = append(p.problems, Problem{File: file, Severity: Error,
			Msg: "no catalog entries found (want bullet blocks \"- HttpCode: 400\" / \"- ErrorCode: 40000001\" or a pipe table with code and HTTP columns)"})
	}
	p.problems.sort()
	return p.cat, p.problems
}

type parser struct {
	file     string
	cat      *Catalog
	ns       string
	rules    Rules
	rulesAt  int // line of the rules marker, 0 if none
	markers  bool
	cur      draft
	problems Problems
	// Used-elsewhere markers (usedelsewhere.go): the last line of the
	// entry read last and its index in cat.Entries (-1: not read, it has
	// errors); the namespace section's and the document's markers.
	prevEnd, prevIdx int
	nsUsed, allUsed  bool
}

func (p *parser) errorf(line int, format string, args ...any) {
	p.problems = append(p.problems, Problem{File: p.file, Line: line, Severity: Error, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) warnf(line int, format string, args ...any) {
	p.problems = append(p.problems, Problem{File: p.file, Line: line, Severity: Warning, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) run(data []byte) {
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) { // UTF-8 byte order mark
		data = data[3:]
	}
	lines := splitLines(data)
	for i := 0; i < len(lines); i++ {
		lineNo := i + 1
		line := strings.TrimSpace(lines[i])
		if key, val, ok := bulletKV(line); ok {
			p.bullet(lineNo, key, val)
			p.markInline(lineNo, line, &p.cur)
			continue
		}
		p.flush()
		switch {
		case strings.HasPrefix(line, "<!--"):
			p.comment(lineNo, line)
			i = p.skipComment(lines, i)
		case isRow(line) && i+1 < len(lines) && isDelimiterRow(lines[i+1]) > 0:
			i = p.table(lines, i)
		}
	}
	p.flush()
}

// skipComment returns the index of the line that closes the HTML comment
// opened on lines[i]. Markdown hides everything up to that line, so entries
// in a multi-line comment are not read. A comment never closed hides the
// rest of the document, which is almost certainly a mistake.
func (p *parser) skipComment(lines []string, i int) int {
	if strings.Contains(lines[i], "-->") {
		return i
	}
	for j := i + 1; j < len(lines); j++ {
		if strings.Contains(lines[j], "-->") {
			return j
		}
	}
	p.errorf(i+1, "HTML comment is not closed with \"-->\": the rest of the document is hidden when rendered")
	return len(lines)
}

// splitLines splits data into lines as CommonMark does: a line ends at
// "\n", "\r\n" or a lone "\r".
func splitLines(data []byte) []string {
	s := string(data)
	out := make([]string, 0, strings.Count(s, "\n")+1)
	if strings.IndexByte(s, '\r') < 0 { // the usual case, at IndexByte's speed
		for {
			i := strings.IndexByte(s, '\n')
			if i < 0 {
				return append(out, s)
			}
			out = append(out, s[:i])
			s = s[i+1:]
		}
	}
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			out = append(out, s[start:i])
			start = i + 1
		case '\r':
			out = append(out, s[start:i])
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// bulletKV splits a list item "- Key: value" (also "*", "+", and the
// full-width colon "："). The key must be a known field name, so that prose
// bullets with colons are not taken for entries.
func bulletKV(line string) (key, val string, ok bool) {
	if len(line) < 2 || (line[0] != '-' && line[0] != '*' && line[0] != '+') || (line[1] != ' ' && line[1] != '\t') {
		return "", "", false
	}
	rest := strings.TrimSpace(line[2:])
	i := strings.IndexByte(rest, ':')
	if j := strings.Index(rest, "："); j >= 0 && (i < 0 || j < i) {
		key, val = rest[:j], rest[j+len("："):]
	} else if i >= 0 {
		key, val = rest[:i], rest[i+1:]
	} else {
		return "", "", false
	}
	// "**HttpCode:** 400": the colon sits inside the emphasis, whose
	// closing marker then starts the value.
	for _, m := range [...]string{"**", "__", "*", "_"} {
		if strings.HasPrefix(key, m) && strings.HasPrefix(val, m) {
			key, val = key[len(m):], val[len(m):]
			break
		}
	}
	key = strings.TrimSpace(stripInline(key))
	if fieldOf(key) == fieldNone {
		return "", "", false
	}
	return key, strings.TrimSpace(val), true
}

func (p *parser) bullet(line int, key, val string) {
	f := fieldOf(key)
	if p.cur.lines[f] != 0 { // a repeated key starts the next entry
		p.flush()
	}
	if p.cur.empty() {
		p.cur.first = line
	}
	p.cur.lines[f] = line
	p.cur.last = line
	p.cur.values[f] = stripInline(val)
}

// flush ends the entry being read, if any.
func (p *parser) flush() {
	d := p.cur
	p.cur = draft{}
	if d.empty() {
		return
	}
	p.addEntry(d)
}

func (p *parser) addEntry(d draft) {
	// A description names an entry that has no name, else it is the
	// message; beside both it is prose for readers.
	if d.values[fieldDesc] != "" {
		switch {
		case d.values[fieldName] == "":
			d.lines[fieldName], d.values[fieldName] = d.lines[fieldDesc], d.values[fieldDesc]
		case d.values[fieldMessage] == "":
			d.lines[fieldMessage], d.values[fieldMessage] = d.lines[fieldDesc], d.values[fieldDesc]
		}
	}
	if d.values[fieldName] == "" {
		d.lines[fieldName] = 0 // "- Name:" with no value names nothing
	}
	p.prevEnd, p.prevIdx = d.last, -1
	e := Entry{
		Namespace:  p.ns,
		Name:       d.values[fieldName],
		English:    d.values[fieldEnglish],
		Message:    d.values[fieldMessage],
		File:       p.file,
		Line:       d.first,
		CodeLine:   d.lines[fieldCode],
		StatusLine: d.lines[fieldStatus],
		NameLine:   d.lines[fieldName],

		UsedElsewhere: d.usedElsewhere || p.nsUsed,
	}
	if id := d.values[fieldIdent]; id != "" {
		if isIdent(id) {
			e.Ident = id
		} else {
			p.errorf(d.lines[fieldIdent], "%s %q is not a Go identifier", fieldNames[fieldIdent], id)
		}
	}
	ok := true
	for _, f := range [...]field{fieldStatus, fieldCode} {
		if d.lines[f] == 0 {
			p.errorf(d.first, "entry lacks %s", fieldNames[f])
			ok = false
			continue
		}
		v, msg := parseNumber(f, d.values[f])
		if msg != "" {
			p.errorf(d.lines[f], "%s %q %s", fieldNames[f], d.values[f], msg)
			ok = false
			continue
		}
		if f == fieldStatus {
			e.Status = int(v)
		} else {
			e.Code = v
		}
	}
	if ok {
		p.prevIdx = len(p.cat.Entries)
		p.cat.Entries = append(p.cat.Entries, e)
	}
}

// parseNumber reads the value of a status or code: plain decimal digits.
// It returns what is wrong with s otherwise, as the end of a sentence
// that starts with the key and the value. A leading zero or a sign is an
// error, not a number read leniently: in Go, 0400 is octal 256.
func parseNumber(f field, s string) (int64, string) {
	digits := s
	sign := s != "" && (s[0] == '+' || s[0] == '-')
	if sign {
		digits = s[1:]
	}
	if digits == "" {
		return 0, "is not a number"
	}
	for i := 0; i < len(digits); i++ {
		if !isASCIIDigit(digits[i]) {
			return 0, "is not a number"
		}
	}
	plain := strings.TrimLeft(digits, "0")
	if plain == "" {
		plain = "0"
	}
	switch {
	case sign && s[0] == '-':
		if f == fieldStatus {
			return 0, "has a sign: statuses are not negative"
		}
		return 0, "has a sign: codes are not negative"
	case sign:
		return 0, "has a sign (write " + plain + ")"
	case len(digits) > 1 && digits[0] == '0':
		return 0, "has a leading zero (write " + plain + ")"
	}
	v, err := strconv.ParseInt(digits, 10, 64)
	switch {
	case f == fieldStatus && (err != nil || v > 1<<31):
		return 0, "is out of range (want 100-599)"
	case err != nil:
		return 0, "is out of range (at most 9223372036854775807)"
	}
	return v, ""
}

// isIdent reports whether s is a Go identifier that can name a constant.
func isIdent(s string) bool { return s != "_" && token.IsIdentifier(s) }

// isASCIIIdent reports whether s is a Go identifier of ASCII letters,
// digits and underscores: names in a human language are Go identifiers
// too, but no one names a constant 用户不存在.
func isASCIIIdent(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(isASCIILetter(c) || c == '_' || i > 0 && isASCIIDigit(c)) {
			return false
		}
	}
	return isIdent(s)
}

// comment handles an HTML comment line: errcodecheck markers or anything
// else (ignored).
func (p *parser) comment(line int, text string) {
	body, ok := strings.CutPrefix(text, "<!--")
	if !ok {
		return
	}
	body, ok = strings.CutSuffix(body, "-->")
	body = strings.TrimSpace(body)
	directive, ok2 := strings.CutPrefix(body, "errcodecheck:")
	if !ok2 {
		return
	}
	if !ok {
		p.errorf(line, "errcodecheck marker must end with \"-->\" on the same line")
		return
	}
	verb, args, _ := strings.Cut(directive, " ")
	args = strings.TrimSpace(args)
	switch verb {
	case "namespace":
		name, opt, _ := strings.Cut(args, " ")
		opt = strings.TrimSpace(opt)
		if !validNamespace(name) || opt != "" && opt != usedElsewhereVerb {
			p.errorf(line, "namespace marker needs one name of letters, digits, '.', '-' or '_', optionally followed by %s, got %q", usedElsewhereVerb, args)
			return
		}
		p.ns = name
		p.nsUsed = opt == usedElsewhereVerb
		p.markers = true
	case usedElsewhereVerb:
		p.usedElsewhereLine(line)
	case "rules":
		p.rulesMarker(line, args)
	default:
		p.errorf(line, "unknown errcodecheck marker %q (want namespace, rules or %s)", verb, usedElsewhereVerb)
	}
}

func validNamespace(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '.' || r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

func (p *parser) rulesMarker(line int, args string) {
	if p.rulesAt != 0 {
		p.errorf(line, "second rules marker (first at line %d)", p.rulesAt)
		return
	}
	p.rulesAt = line
	for _, kv := range strings.Fields(args) {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "digits":
			d, err := ParseDigits(v)
			if err != nil {
				p.errorf(line, "rules marker: digits: %v", err)
				continue
			}
			p.rules.Digits = d
		case "prefix":
			switch strings.ToLower(v) {
			case "on", "true", "yes":
				p.rules.Prefix = true
			case "off", "false", "no":
				p.rules.Prefix = false
			default:
				p.errorf(line, "rules marker: prefix must be on or off, got %q", v)
			}
		case usedElsewhereVerb:
			switch strings.ToLower(v) {
			case "on", "true", "yes":
				p.allUsed = true
			case "off", "false", "no":
				p.allUsed = false
			default:
				p.errorf(line, "rules marker: %s must be on or off, got %q", usedElsewhereVerb, v)
			}
		default:
			p.errorf(line, "rules marker: unknown key %q (want digits, prefix or %s)", k, usedElsewhereVerb)
		}
	}
}

// ParseDigits reads a code width: a number from 1 to 18, or "any" (0).
func ParseDigits(s string) (int, error) {
	if strings.EqualFold(s, "any") {
		return 0, nil
	}
	d, err := strconv.Atoi(s)
	if err != nil || d < 1 || d > 18 {
		return 0, fmt.Errorf("want a number from 1 to 18 or \"any\", got %q", s)
	}
	return d, nil
}
