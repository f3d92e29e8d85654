package catalog

import "strings"

// stripInline returns a key or value as GitHub renders it, as plain text:
// backslash escapes give the escaped character, code spans their content, links and images their text, inline
// HTML tags are dropped (<br> reads as a space), HTML comments vanish, and
// emphasis wrapping the whole value (**401002**) is removed.
//
// It runs in time linear in len(s) (up to the number of distinct
// backtick-run lengths, which is below the square root of the length): a
// catalog is outside input, and cutting each link out by copying the
// string took 58 seconds on one line of 160,000 links.
func stripInline(s string) string {
	if !hasMarkup(s) {
		return s
	}
	r := inline{s: s, closeComment: -2}
	r.b.Grow(len(s))
	r.run()
	out := r.b.String()
	if r.html { // tags leave the spaces around them, which HTML collapses
		out = strings.Join(strings.Fields(out), " ")
	}
	return unwrapEmphasis(strings.TrimSpace(out))
}

// hasMarkup reports whether s holds a byte that can start inline markup.
// It is strings.ContainsAny(s, "*_`[<\\") without building a set on every
// call, which showed in profiles: every key and value passes here.
func hasMarkup(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '_', '`', '[', '<', '\\':
			return true
		}
	}
	return false
}

// inline is the state of one stripInline.
type inline struct {
	s    string
	b    strings.Builder
	html bool // a tag or comment was dropped

	// A link's "](url)" to drop when the scan reaches it: the link text
	// between is rendered like any other text.
	skipAt, skipTo int
	hasSkip        bool

	// Backtick-run lengths with no closing run further on: no later run of
	// that length can close either, so none is searched for again.
	noCloser map[int]bool
	// Where the last "-->" of s starts, or -1; -2 until looked up.
	closeComment int
}

func (r *inline) run() {
	s := r.s
	for i := 0; i < len(s); {
		if r.hasSkip && i >= r.skipAt {
			r.hasSkip = false
			if i == r.skipAt {
				i = r.skipTo
				continue
			}
			// A code span swallowed the link's end: keep what follows.
		}
		switch s[i] {
		case '\\':
			// A backslash escapes ASCII punctuation: "user\_id" reads
			// "user_id", and the escaped byte is text, not markup.
			if i+1 < len(s) && isASCIIPunct(s[i+1]) {
				r.b.WriteByte(s[i+1])
				i += 2
				continue
			}
		case '`':
			i = r.codeSpan(i)
			continue
		case '!':
			if i+1 < len(s) && s[i+1] == '[' && r.link(i+1) {
				i += 2
				continue
			}
		case '[':
			if r.link(i) {
				i++
				continue
			}
		case '<':
			if end, ok := r.tag(i); ok {
				i = end
				continue
			}
		}
		r.b.WriteByte(s[i])
		i++
	}
}

// codeSpan renders the backtick run at i: the code span it opens, or the
// run itself when no run of the same length closes it. It returns the
// index after what it consumed.
func (r *inline) codeSpan(i int) int {
	s := r.s
	n := 1
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	if !r.noCloser[n] {
		for j := i + n; j < len(s); {
			if s[j] != '`' {
				j++
				continue
			}
			m := 1
			for j+m < len(s) && s[j+m] == '`' {
				m++
			}
			if m == n {
				// CommonMark: one space is stripped from each side when
				// both are there and the content is not all spaces.
				c := s[i+n : j]
				if len(c) >= 2 && c[0] == ' ' && c[len(c)-1] == ' ' && strings.Trim(c, " ") != "" {
					c = c[1 : len(c)-1]
				}
				r.b.WriteString(c)
				return j + m
			}
			j += m
		}
		if r.noCloser == nil {
			r.noCloser = make(map[int]bool)
		}
		r.noCloser[n] = true
	}
	r.b.WriteString(s[i : i+n])
	return i + n
}

// link reports whether the '[' at i opens a link [text](url) and, if so,
// arranges for its "](url)" to be dropped. The text may hold no brackets
// and the destination no brackets or parentheses: each lookahead then
// stops at the next bracket, so no byte is looked at by more than two.
func (r *inline) link(i int) bool {
	s := r.s
	j := i + 1
	for j < len(s) && s[j] != '[' && s[j] != ']' {
		j++
	}
	if j+1 >= len(s) || s[j] != ']' || s[j+1] != '(' {
		return false
	}
	k := j + 2
	for k < len(s) && !strings.ContainsRune("()[]\n", rune(s[k])) {
		k++
	}
	if k >= len(s) || s[k] != ')' {
		return false
	}
	r.skipAt, r.skipTo, r.hasSkip = j, k+1, true
	return true
}

// tag handles the '<' at i: an HTML comment or tag is dropped (a <br> is
// written as a space) and an autolink <scheme:...> gives its address. It
// returns the index after the markup, or false when the '<' is text
// ("a < b", "<-").
func (r *inline) tag(i int) (int, bool) {
	s := r.s
	if strings.HasPrefix(s[i:], "<!--") {
		if r.closeComment == -2 {
			r.closeComment = strings.LastIndex(s, "-->")
		}
		if r.closeComment < i+4 {
			return 0, false // no comment closes after here
		}
		end := i + 4 + strings.Index(s[i+4:], "-->")
		r.html = true
		return end + 3, true
	}
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	start := j
	for j < len(s) && (isASCIILetter(s[j]) || (j > start && (isASCIIDigit(s[j]) || s[j] == '-' || s[j] == '+' || s[j] == '.'))) {
		j++
	}
	if j == start || j >= len(s) {
		return 0, false
	}
	name := s[start:j]
	// Scan to the closing '>', stopping at the next '<' so that no byte
	// is scanned twice by this lookahead.
	end := j
	for end < len(s) && s[end] != '>' && s[end] != '<' && s[end] != '\n' {
		end++
	}
	if end >= len(s) || s[end] != '>' {
		return 0, false
	}
	switch c := s[j]; {
	case c == ':' && start == i+1 && len(name) >= 2 && !strings.ContainsAny(s[j:end], " \t"):
		r.b.WriteString(s[i+1 : end]) // autolink
		return end + 1, true
	case c == '>' || c == '/' || c == ' ' || c == '\t':
		if !htmlTags[strings.ToLower(name)] {
			return 0, false // a placeholder such as <id>, shown by GitHub
		}
		if strings.EqualFold(name, "br") {
			r.b.WriteByte(' ')
		}
		r.html = true
		return end + 1, true
	}
	return 0, false
}

// htmlTags are the HTML elements dropped from values. Other names are
// kept as text: GitHub's sanitizer would hide a message's placeholder
// such as <id> or <name>, but the Go code's string holds it, and a
// message compared without it would never match.
var htmlTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "big": true, "br": true, "center": true, "cite": true,
	"code": true, "del": true, "div": true, "em": true, "font": true, "i": true, "img": true,
	"ins": true, "kbd": true, "mark": true, "nobr": true, "p": true, "pre": true, "q": true,
	"s": true, "samp": true, "small": true, "span": true, "strike": true, "strong": true,
	"sub": true, "sup": true, "tt": true, "u": true, "var": true, "wbr": true,
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isASCIIDigit(c byte) bool  { return '0' <= c && c <= '9' }

// isASCIIPunct reports whether c is ASCII punctuation, which a backslash
// escapes in CommonMark.
func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

// unwrapEmphasis removes emphasis that wraps all of s, possibly nested
// (**_401002_**). Each round removes at least two bytes.
func unwrapEmphasis(s string) string {
	for {
		t := s
		for _, m := range [...]string{"**", "__", "~~", "*", "_"} {
			if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) {
				t = strings.TrimSpace(t[len(m) : len(t)-len(m)])
				break
			}
		}
		if t == s {
			return s
		}
		s = t
	}
}
