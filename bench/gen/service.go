package gen

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// service is one generated service package.
type service struct {
	ns   *namespace
	path string // relative to Module
	name string // package name
	dep  *service
	area string
}

var areas = []string{"cluster", "auth", "license", "rbac", "storage"}

// layout places the service packages: a quarter in user/, the rest in
// platform/AREA/. Each package after the first of its namespace imports an
// earlier one ((i-1)/2: a binary tree, so the import graph is about as
// deep as a real monorepo's, not a chain that serializes the analysis).
func (g *generator) layout() []*service {
	n := g.opts.Packages - numInfra
	nu := max(1, n/4)
	var out []*service
	var users, platforms []*service
	for i := range n {
		var s *service
		if i%4 == 0 && len(users) < nu || len(platforms) >= n-nu {
			s = &service{ns: g.tab.user, area: "account"}
			s.name = fmt.Sprintf("svc%03d", len(users))
			s.path = "user/" + s.name
			if k := len(users); k > 0 {
				s.dep = users[(k-1)/2]
			}
			users = append(users, s)
		} else {
			k := len(platforms)
			s = &service{ns: g.tab.platform, area: areas[k%len(areas)]}
			s.name = fmt.Sprintf("svc%03d", k)
			s.path = "platform/" + s.area + "/" + s.name
			if k > 0 {
				s.dep = platforms[(k-1)/2]
			}
			platforms = append(platforms, s)
		}
		out = append(out, s)
	}
	return out
}

// form is the shape of a construction.
type form int

const (
	fNew       form = iota // apierr.New(status, code, msg)
	fLit                   // &apierr.Error{HTTPCode: ..., ...}
	fFail                  // ctx.Fail(status, code, msg)
	fW2Fail                // w2.Fail(status, code, msg)
	fW1                    // w1.BadRequest(code, msg)
	fW2                    // w2.InvalidInput(code, msg)
	fLocal                 // badInput(code, msg) -> w2 -> w1
	fDep                   // svcNNN.Reject(code, msg) -> badInput -> w2 -> w1
	fDirective             // ctx.Reject(code, msg)
	numForms
)

var formNames = [numForms]string{
	"apierr.New (configured func)",
	"apierr.Error literal (configured type)",
	"ctx.Fail (configured method)",
	"w2.Fail (wrapper, status parameter)",
	"w1.X (wrapper, fixed status)",
	"w2.X -> w1 (wrapper chain)",
	"local -> w2 -> w1 (wrapper chain)",
	"dep.Reject -> local -> w2 -> w1 (cross-package chain)",
	"ctx.Reject (directive)",
}

// formWeights is the mix of forms, in percent.
var formWeights = [numForms]int{20, 15, 15, 5, 10, 15, 10, 5, 5}

// Planted mistake kinds; all but plantIgnored are diagnostic categories.
const (
	plantUnknown  = "unknown-code"
	plantStatus   = "status-mismatch"
	plantMessage  = "message-mismatch"
	plantNS       = "namespace"
	plantIgnored  = "ignored"
	plantEvery    = 100 // one construction in plantEvery is a mistake
	refPlantEvery = 20  // one namespace reference in refPlantEvery is a mistake
)

var plantKinds = []string{plantUnknown, plantStatus, plantStatus, plantMessage, plantNS, plantIgnored}

// file collects one generated file's body and imports.
type file struct {
	body    strings.Builder
	imports map[string]string // path -> name to import it under ("" for its own)
}

func (f *file) use(path, name string) { f.imports[path] = name }

func (f *file) source(pkgName, doc string) []byte {
	var b strings.Builder
	if doc != "" {
		b.WriteString(doc)
	}
	b.WriteString("package " + pkgName + "\n\nimport (\n")
	paths := make([]string, 0, len(f.imports))
	for p := range f.imports {
		paths = append(paths, p)
	}
	// Standard library first, then the module, as goimports groups them.
	slices.SortFunc(paths, func(a, b string) int {
		am, bm := strings.Contains(a, "."), strings.Contains(b, ".")
		if am != bm {
			if am {
				return 1
			}
			return -1
		}
		return strings.Compare(a, b)
	})
	std := true
	for _, p := range paths {
		if std && strings.Contains(p, ".") {
			std = false
			b.WriteString("\n")
		}
		if name := f.imports[p]; name != "" {
			b.WriteString("\t" + name + " " + strconv.Quote(p) + "\n")
		} else {
			b.WriteString("\t" + strconv.Quote(p) + "\n")
		}
	}
	b.WriteString(")\n")
	b.WriteString(f.body.String())
	return []byte(b.String())
}

// pkgGen generates one service package.
type pkgGen struct {
	g    *generator
	s    *service
	f    *file
	n    int // counter for unique local names
	fn   int // counter for function names
	file int
}

// funcsPerFile is the number of handlers per file.
const funcsPerFile = 10

func (g *generator) service(s *service, constructions int) error {
	p := &pkgGen{g: g, s: s}
	if err := p.typesFile(); err != nil {
		return err
	}
	p.newFile()
	funcs := 0
	for constructions > 0 {
		k := min(constructions, 3+g.rng.IntN(5))
		constructions -= k
		p.function(k)
		funcs++
		if funcs%funcsPerFile == 0 && constructions > 0 {
			if err := p.flush(); err != nil {
				return err
			}
			p.newFile()
		}
	}
	return p.flush()
}

func (p *pkgGen) newFile() {
	p.f = &file{imports: map[string]string{}}
}

func (p *pkgGen) flush() error {
	path := fmt.Sprintf("%s/handlers%d.go", p.s.path, p.file)
	p.file++
	return p.g.addGo(path, p.f.source(p.s.name, ""))
}

func (p *pkgGen) typesFile() error {
	f := &file{imports: map[string]string{}}
	f.use(Module+"/apierr", "")
	f.use(Module+"/wrap/w2", "")
	fmt.Fprintf(&f.body, typesSrc, p.s.name)
	doc := fmt.Sprintf("// Package %s serves the %s requests of the %s namespace.\n", p.s.name, p.s.area, p.s.ns.name)
	return p.g.addGo(p.s.path+"/types.go", f.source(p.s.name, doc))
}

const typesSrc = `
// Item is one line of a request.
type Item struct {
	SKU   string
	Qty   int
	Price float64
}

// Request is the input of the handlers.
type Request struct {
	ID    int64
	Name  string
	Email string
	Kind  string
	Tags  []string
	Items []Item
}

// Record is what the handlers keep.
type Record struct {
	ID      int64
	Name    string
	Version int
	Tags    []string
}

// Handler serves the requests of package %s.
type Handler struct {
	store    map[int64]*Record
	limit    int
	count    int
	lastCode int
	last     *apierr.Error
	summary  string
}

// NewHandler returns a handler that accepts up to limit items.
func NewHandler(limit int) *Handler {
	return &Handler{store: map[int64]*Record{}, limit: limit}
}

func badInput(code int, msg string) *apierr.Error {
	return w2.InvalidInput(code, msg)
}

func serverFault(code int, msg string) *apierr.Error {
	return w2.Crash(code, msg)
}

// Reject turns a request down with status 400, for the packages that build
// on this one.
func Reject(code int, msg string) *apierr.Error {
	return badInput(code, msg)
}
`

var verbs = []string{"Create", "Update", "Delete", "Get", "List", "Sync", "Apply", "Check", "Import", "Export", "Renew", "Revoke"}

// function writes one handler with k constructions among ordinary code.
func (p *pkgGen) function(k int) {
	rng := p.g.rng
	p.fn++
	var parts []string
	for range k {
		parts = append(parts, p.snippetWith(p.construction()))
	}
	for range 1 + rng.IntN(2) {
		parts = append(parts, p.plain())
	}
	if rng.IntN(10) < 4 {
		parts = append(parts, p.refs())
	}
	rng.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	name := fmt.Sprintf("%s%s%d", verbs[rng.IntN(len(verbs))], strings.ToUpper(p.s.area[:1])+p.s.area[1:], p.fn)
	p.f.use(Module+"/web", "")
	fmt.Fprintf(&p.f.body, "\n// %s handles one %s request.\nfunc (h *Handler) %s(ctx *web.Context, req *Request) error {\n\tif req == nil {\n\t\treturn nil\n\t}\n",
		name, p.s.area, name)
	for _, s := range parts {
		p.f.body.WriteString(s)
	}
	p.f.body.WriteString("\treturn nil\n}\n")
}

// built is a rendered construction.
type built struct {
	expr string
	pre  string // a line to put before the construction's line
	post string // a comment ending the construction's line
}

// construction renders one construction, possibly a planted mistake.
func (p *pkgGen) construction() built {
	rng := p.g.rng
	ns := p.s.ns
	f := p.pickForm()
	p.g.m.Constructions[formNames[f]]++
	plant := ""
	if rng.IntN(plantEvery) == 0 {
		plant = plantKinds[rng.IntN(len(plantKinds))]
	}
	var (
		c     code // the code used (value, status)
		cexpr string
		fixed int // the status a fixed-status form implies
		sexpr string
		msg   string
	)
	// Pick the fixed status of fixed-status forms.
	switch f {
	case fW1, fW2:
		fixed = ns.statuses[rng.IntN(len(ns.statuses))]
	case fLocal:
		fixed = 400
		if len(ns.byStatus[500]) > 0 && rng.IntN(3) == 0 {
			fixed = 500
		}
	case fDep, fDirective:
		fixed = 400
	}
	status := fixed
	if status == 0 {
		status = ns.statuses[rng.IntN(len(ns.statuses))]
	}
	c = pick(rng, ns.byStatus[status])
	cexpr = p.codeExpr(c)
	switch plant {
	case plantUnknown:
		v := pick(rng, ns.unknown[status])
		c = code{value: v, status: status}
		cexpr = strconv.FormatInt(v, 10)
	case plantStatus, plantIgnored:
		if fixed != 0 {
			// A code registered with another status than the wrapper fixes.
			var others []code
			for _, o := range ns.codes {
				if o.status != fixed {
					others = append(others, o)
				}
			}
			c = pick(rng, others)
			cexpr = p.codeExpr(c)
		} else {
			status = pickOther(rng, wrongStatuses, c.status)
		}
	case plantMessage:
		var withText []code
		for _, o := range ns.byStatus[status] {
			if _, ok := ns.mismatch[o.value]; ok {
				withText = append(withText, o)
			}
		}
		if len(withText) == 0 {
			plant = ""
			break
		}
		c = pick(rng, withText)
		cexpr = p.codeExpr(c)
		msg = strconv.Quote(ns.mismatch[c.value])
	case plantNS:
		// A code symbol of the other namespace whose value this namespace
		// registers with the same status: only the namespace is wrong.
		other := p.other()
		var ok []code
		for _, o := range other.byStatus[status] {
			if mine, has := ns.byValue[o.value]; has && mine.status == status {
				ok = append(ok, o)
			}
		}
		if len(ok) == 0 {
			plant = ""
			break
		}
		c = pick(rng, ok)
		// Free text: the other namespace's name of the code would also be
		// a message mismatch here.
		msg = strconv.Quote(p.s.name + ": " + phrases[rng.IntN(len(phrases))])
		alias := other.name[:1] + "codes"
		p.f.use(Module+"/"+other.name+"/codes", alias)
		cexpr = alias + "." + c.ident
	}
	if fixed == 0 {
		sexpr = p.statusExpr(status)
	}
	if msg == "" {
		msg = p.message(c)
	}
	var b built
	switch plant {
	case "":
	case plantIgnored:
		b.pre = "//errcodecheck:ignore kept for clients that match on the old status"
		b.post = " // " + silencedMark + plantStatus
	default:
		b.post = " // " + plantedMark + plant
	}
	b.expr = p.render(f, fixed, sexpr, cexpr, msg)
	return b
}

// pickForm draws a form by formWeights; forms that need what the package
// lacks fall back to apierr.New.
func (p *pkgGen) pickForm() form {
	r := p.g.rng.IntN(100)
	for f := range numForms {
		if r < formWeights[f] {
			if f == fDep && p.s.dep == nil {
				return fNew
			}
			return f
		}
		r -= formWeights[f]
	}
	return fNew
}

func (p *pkgGen) other() *namespace {
	if p.s.ns == p.g.tab.user {
		return p.g.tab.platform
	}
	return p.g.tab.user
}

func (p *pkgGen) render(f form, fixed int, sexpr, cexpr, msg string) string {
	api := Module + "/apierr"
	switch f {
	case fNew:
		p.f.use(api, "")
		return fmt.Sprintf("apierr.New(%s, %s, %s)", sexpr, cexpr, msg)
	case fLit:
		p.f.use(api, "")
		return fmt.Sprintf("&apierr.Error{HTTPCode: %s, ErrorCode: %s, Message: %s}", sexpr, cexpr, msg)
	case fFail:
		return fmt.Sprintf("ctx.Fail(%s, %s, %s)", sexpr, cexpr, msg)
	case fW2Fail:
		p.f.use(Module+"/wrap/w2", "")
		return fmt.Sprintf("w2.Fail(%s, %s, %s)", sexpr, cexpr, msg)
	case fW1:
		p.f.use(Module+"/wrap/w1", "")
		return fmt.Sprintf("w1.%s(%s, %s)", w1Names[fixed], cexpr, msg)
	case fW2:
		p.f.use(Module+"/wrap/w2", "")
		return fmt.Sprintf("w2.%s(%s, %s)", w2Names[fixed], cexpr, msg)
	case fLocal:
		if fixed == 500 {
			return fmt.Sprintf("serverFault(%s, %s)", cexpr, msg)
		}
		return fmt.Sprintf("badInput(%s, %s)", cexpr, msg)
	case fDep:
		p.f.use(Module+"/"+p.s.dep.path, "")
		return fmt.Sprintf("%s.Reject(%s, %s)", p.s.dep.name, cexpr, msg)
	case fDirective:
		return fmt.Sprintf("ctx.Reject(%s, %s)", cexpr, msg)
	}
	panic("unknown form")
}

// codeExpr names a code: mostly by its constant, sometimes as a literal.
func (p *pkgGen) codeExpr(c code) string {
	if p.g.rng.IntN(4) == 0 {
		return strconv.FormatInt(c.value, 10)
	}
	p.f.use(Module+"/"+p.s.ns.name+"/codes", "")
	return "codes." + c.ident
}

// statusExpr names a status: mostly net/http's constant, else a literal.
func (p *pkgGen) statusExpr(s int) string {
	if p.g.rng.IntN(5) < 3 {
		p.f.use("net/http", "")
		return "http." + httpNames[s]
	}
	return strconv.Itoa(s)
}

var phrases = []string{
	"request rejected", "invalid name", "too many items", "record not found",
	"version conflict", "login required", "quota exceeded", "bad email address",
	"unsupported kind", "duplicate tag", "storage unavailable", "permission denied",
}

// message returns a message for code c: free text, a formatted string or
// the catalog's own name of the code.
func (p *pkgGen) message(c code) string {
	rng := p.g.rng
	switch r := rng.IntN(20); {
	case r < 9:
		return strconv.Quote(p.s.name + ": " + phrases[rng.IntN(len(phrases))])
	case r < 16:
		p.f.use("fmt", "")
		return fmt.Sprintf("fmt.Sprintf(%q, len(req.Items))", p.s.name+": "+phrases[rng.IntN(len(phrases))]+" (%d items)")
	default:
		if c.name == "" {
			return strconv.Quote(p.s.name + ": failed")
		}
		return strconv.Quote(c.name)
	}
}

// snippets are ordinary code around one construction ($C), with $N a
// unique number and $P the package name.
var snippets = []struct {
	src  string
	imps []string
}{
	{"\tif req.ID <= 0 {\n\t\treturn $C\n\t}\n", nil},
	{"\tname$N := strings.TrimSpace(strings.ToLower(req.Name))\n\tif len(name$N) < 3 || strings.ContainsAny(name$N, \"<>&\") {\n\t\treturn $C\n\t}\n\treq.Name = name$N\n", []string{"strings"}},
	{"\ttotal$N := 0\n\tfor i, it := range req.Items {\n\t\ttotal$N += it.Qty * (i + 1)\n\t}\n\tif total$N > h.limit {\n\t\treturn $C\n\t}\n", nil},
	{"\tn$N, err$N := strconv.Atoi(req.Kind)\n\tif err$N != nil {\n\t\treturn fmt.Errorf(\"$P: kind %q: %w\", req.Kind, err$N)\n\t}\n\tif n$N < 0 || n$N > 64 {\n\t\treturn $C\n\t}\n", []string{"strconv", "fmt"}},
	{"\trec$N, ok$N := h.store[req.ID]\n\tif !ok$N {\n\t\treturn $C\n\t}\n\trec$N.Version++\n", nil},
	{"\tseen$N := make(map[string]bool, len(req.Tags))\n\tfor _, t := range req.Tags {\n\t\tif seen$N[t] {\n\t\t\treturn $C\n\t\t}\n\t\tseen$N[t] = true\n\t}\n", nil},
	{"\tvar sum$N float64\n\tfor _, it := range req.Items {\n\t\tsum$N += float64(it.Qty) * it.Price\n\t}\n\tif sum$N > 1e6 {\n\t\treturn $C\n\t}\n", nil},
	{"\tswitch req.Kind {\n\tcase \"archive\", \"restore\":\n\t\th.limit++\n\tcase \"purge\":\n\t\treturn $C\n\tdefault:\n\t\treq.Tags = append(req.Tags, \"$P\")\n\t}\n", nil},
	{"\tif at$N := strings.IndexByte(req.Email, '@'); at$N <= 0 || at$N == len(req.Email)-1 {\n\t\treturn $C\n\t}\n", []string{"strings"}},
}

// plainSnippets are ordinary code without constructions.
var plainSnippets = []struct {
	src  string
	imps []string
}{
	{"\tif h.store == nil {\n\t\th.store = make(map[int64]*Record)\n\t}\n\th.store[req.ID] = &Record{ID: req.ID, Name: req.Name, Tags: append([]string(nil), req.Tags...)}\n", nil},
	{"\tkeys$N := make([]string, 0, len(req.Tags))\n\tfor _, t := range req.Tags {\n\t\tkeys$N = append(keys$N, strings.ToUpper(t))\n\t}\n\tsort.Strings(keys$N)\n\treq.Tags = keys$N\n", []string{"strings", "sort"}},
	{"\tvar b$N strings.Builder\n\tfor i, it := range req.Items {\n\t\tif i > 0 {\n\t\t\tb$N.WriteByte(',')\n\t\t}\n\t\tb$N.WriteString(it.SKU)\n\t\tb$N.WriteString(strconv.Itoa(it.Qty))\n\t}\n\th.summary = b$N.String()\n", []string{"strings", "strconv"}},
	{"\th.count += len(req.Items) * int(req.ID%7)\n\tif h.count > 1<<20 {\n\t\th.count = 0\n\t}\n", nil},
}

func (p *pkgGen) expand(src string, imps []string) string {
	p.n++
	for _, imp := range imps {
		p.f.use(imp, "")
	}
	src = strings.ReplaceAll(src, "$N", strconv.Itoa(p.n))
	return strings.ReplaceAll(src, "$P", p.s.name)
}

// snippetWith puts a construction into ordinary code.
func (p *pkgGen) snippetWith(b built) string {
	sn := snippets[p.g.rng.IntN(len(snippets))]
	src := p.expand(sn.src, sn.imps)
	i := strings.Index(src, "$C")
	lineStart := strings.LastIndexByte(src[:i], '\n') + 1
	indent := src[lineStart : lineStart+strings.IndexFunc(src[lineStart:], func(r rune) bool { return r != '\t' })]
	lineEnd := i + strings.IndexByte(src[i:], '\n')
	line := strings.Replace(src[lineStart:lineEnd], "$C", b.expr, 1) + b.post
	if b.pre != "" {
		line = indent + b.pre + "\n" + line
	}
	return src[:lineStart] + line + src[lineEnd:]
}

func (p *pkgGen) plain() string {
	sn := plainSnippets[p.g.rng.IntN(len(plainSnippets))]
	return p.expand(sn.src, sn.imps)
}

// refs writes references to code symbols outside constructions: of the
// package's own namespace, or (planted) of the other one, or (near misses)
// to other constants of the other namespace's codes package.
func (p *pkgGen) refs() string {
	rng := p.g.rng
	ns := p.s.ns
	m := p.g.m
	switch r := rng.IntN(refPlantEvery); {
	case r == 0:
		other := p.other()
		m.NamespaceRefs++
		if rng.IntN(2) == 0 {
			alias := other.name[:1] + "codes"
			p.f.use(Module+"/"+other.name+"/codes", alias)
			c := pick(rng, other.codes)
			return fmt.Sprintf("\tif h.lastCode == %s.%s { // %snamespace\n\t\th.limit = 0\n\t}\n", alias, c.ident, plantedMark)
		}
		alias := other.name[:1] + "errs"
		p.f.use(Module+"/"+other.name+"/errs", alias)
		v := pick(rng, other.errVars)
		return fmt.Sprintf("\tif h.last == %s.%s { // %snamespace\n\t\th.limit = 0\n\t}\n", alias, v.ident, plantedMark)
	case r == 1:
		other := p.other()
		alias := other.name[:1] + "codes"
		p.f.use(Module+"/"+other.name+"/codes", alias)
		m.NearMisses += 2
		return fmt.Sprintf("\tif len(req.Name) > %s.MaxNameLen || h.lastCode == %s.LegacyAuthCode {\n\t\th.limit--\n\t}\n", alias, alias)
	case r < 12:
		p.f.use(Module+"/"+ns.name+"/codes", "")
		a, b := pick(rng, ns.codes), pick(rng, ns.codes)
		if a == b {
			m.NamespaceRefs++
			return fmt.Sprintf("\tif h.lastCode == codes.%s {\n\t\th.limit = 0\n\t}\n", a.ident)
		}
		m.NamespaceRefs += 2
		return fmt.Sprintf("\tswitch h.lastCode {\n\tcase codes.%s, codes.%s:\n\t\th.limit = 0\n\t}\n", a.ident, b.ident)
	default:
		p.f.use(Module+"/"+ns.name+"/errs", "")
		v := pick(rng, ns.errVars)
		m.NamespaceRefs++
		return fmt.Sprintf("\tif h.last == errs.%s {\n\t\th.last = nil\n\t}\n", v.ident)
	}
}

type intn interface{ IntN(int) int }

func pick[T any](rng intn, xs []T) T { return xs[rng.IntN(len(xs))] }

// pickOther returns an element of xs other than not.
func pickOther(rng intn, xs []int, not int) int {
	for {
		if x := pick(rng, xs); x != not {
			return x
		}
	}
}
