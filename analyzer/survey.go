package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A Survey collects, over the type-checked packages of a project, what
// "errcodecheck init" proposes as constructors: those the naming
// heuristics recognize (declared in the packages, or called from them),
// and candidates, functions that the heuristics do not recognize but that
// are called with an HTTP status and a code, both constant: one argument
// in 100..599 (http.StatusXxx or a three-digit number) and another of the
// catalog's width.
type Survey struct {
	digits int // the catalog's code width; 0: any width of 4 digits or more
	found  map[proposalKey]*Proposal
	fset   *token.FileSet
}

// Proposal is one constructor entry that a Survey proposes, in config form.
type Proposal struct {
	// Func (types.Func.FullName form) or Type (path/to/pkg.Name).
	Func, Type string
	// Status, Code and Message are parameter names (an index where a
	// parameter has no usable name) or field names; Message may be "".
	Status, Code, Message string
	// Calls counts the calls (composite literals, for a Type) seen.
	Calls int
	// Candidate: not recognized by the heuristics, only seen called with a
	// constant status and code.
	Candidate bool
}

type proposalKey struct {
	name         string // Func or Type
	status, code string
}

// NewSurvey returns an empty survey for codes of digits digits (0: any).
func NewSurvey(digits int) *Survey {
	return &Survey{digits: digits, found: map[proposalKey]*Proposal{}}
}

// Add surveys one type-checked package: its declarations and its calls
// in files (a subset of the package's files, so that files shared by a
// package and its test variant are surveyed once).
func (s *Survey) Add(fset *token.FileSet, pkg *types.Package, info *types.Info, files []*ast.File) {
	s.fset = fset
	for _, obj := range info.Defs {
		switch obj := obj.(type) {
		case *types.Func:
			if sp := heuristicFuncSpec(obj.Signature()); sp != nil && s.configurable(obj) {
				s.recognized(obj, sp)
			}
		case *types.TypeName:
			if named, sp := heuristicNamed(obj); sp != nil && obj.Parent() == pkg.Scope() && !s.inTest(obj) {
				s.recognizedType(named, sp)
			}
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				s.call(info, n)
			case *ast.CompositeLit:
				if tv, ok := info.Types[n]; ok {
					if named, ok := types.Unalias(tv.Type).(*types.Named); ok {
						if named, sp := heuristicNamed(named.Origin().Obj()); sp != nil && !s.inTest(named.Obj()) {
							s.recognizedType(named, sp).Calls++
						}
					}
				}
			}
			return true
		})
	}
}

// configurable reports whether a config entry can name fn: a function or
// method of a package-level, non-generic type (the FullName of a method
// of a generic type has type parameters, which func entries do not take),
// declared outside test files (the package without its tests would not
// have it, and the entry would be an error there).
func (s *Survey) configurable(fn *types.Func) bool {
	if fn.Pkg() == nil || s.inTest(fn) {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return fn.Parent() == fn.Pkg().Scope()
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.TypeParams().Len() == 0 && named.Obj().Parent() == named.Obj().Pkg().Scope()
}

// inTest reports whether obj is declared in a _test.go file.
func (s *Survey) inTest(obj types.Object) bool {
	f := s.fset.File(obj.Pos())
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// heuristicNamed returns the named struct type of tn and how the
// heuristics read its literals, or nil.
func heuristicNamed(tn *types.TypeName) (*types.Named, *spec) {
	named, ok := types.Unalias(tn.Type()).(*types.Named)
	if !ok || tn.Pkg() == nil || named.TypeParams().Len() > 0 {
		return nil, nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	return named, heuristicStructSpec(st)
}

func (s *Survey) recognized(fn *types.Func, sp *spec) *Proposal {
	params := fn.Signature().Params()
	name := func(i int) string { return paramRef(params, i) }
	return s.entry(Proposal{Func: fn.FullName(), Status: name(sp.status), Code: name(sp.code), Message: name(sp.message)})
}

func (s *Survey) recognizedType(named *types.Named, sp *spec) *Proposal {
	st := named.Underlying().(*types.Struct)
	name := func(i int) string {
		if i == noArg {
			return ""
		}
		return st.Field(i).Name()
	}
	return s.entry(Proposal{Type: typeKey(named), Status: name(sp.status), Code: name(sp.code), Message: name(sp.message)})
}

// entry returns the proposal with p's key, adding p when it is new.
func (s *Survey) entry(p Proposal) *Proposal {
	k := proposalKey{p.Func + p.Type, p.Status, p.Code}
	if e, ok := s.found[k]; ok {
		return e
	}
	e := &p
	s.found[k] = e
	return e
}

// paramRef names parameter i for a config entry: its name when it has a
// unique one, else its index ("" for noArg).
func paramRef(params *types.Tuple, i int) string {
	if i == noArg {
		return ""
	}
	name := params.At(i).Name()
	if name == "" || name == "_" {
		return strconv.Itoa(i)
	}
	for j := range params.Len() {
		if j != i && params.At(j).Name() == name {
			return strconv.Itoa(i)
		}
	}
	return name
}

// call counts a call of a recognized constructor, or records the callee
// as a candidate when the call passes a constant status and code.
func (s *Survey) call(info *types.Info, call *ast.CallExpr) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return
	}
	fn = fn.Origin()
	if !s.configurable(fn) {
		return
	}
	sig := fn.Signature()
	if sp := heuristicFuncSpec(sig); sp != nil {
		s.recognized(fn, sp).Calls++
		return
	}
	params := sig.Params()
	fixed := params.Len() // arguments bound to one parameter each
	if sig.Variadic() {
		fixed--
	}
	if call.Ellipsis.IsValid() || len(call.Args) < fixed {
		return
	}
	status, code, message := noArg, noArg, noArg
	for i := range fixed {
		v, ok := constIntOf(info, call.Args[i])
		switch {
		case !ok || !isInteger(params.At(i).Type()):
		case status == noArg && 100 <= v && v <= 599:
			status = i
		case code == noArg && s.codeWidth(v):
			code = i
		}
	}
	if status == noArg || code == noArg {
		return
	}
	for i := range fixed {
		if isString(params.At(i).Type()) {
			message = i
			break
		}
	}
	p := s.entry(Proposal{Func: fn.FullName(), Status: paramRef(params, status), Code: paramRef(params, code),
		Message: paramRef(params, message), Candidate: true})
	p.Calls++
}

// codeWidth reports whether v looks like a code of the catalog's width.
func (s *Survey) codeWidth(v int64) bool {
	if v < 0 {
		return false
	}
	if s.digits == 0 {
		return v >= 1000
	}
	n := 1
	for x := v; x >= 10; x /= 10 {
		n++
	}
	return n == s.digits
}

// Proposals returns what the survey found: recognized constructors first,
// then candidates, each group by decreasing number of calls, then by name.
func (s *Survey) Proposals() []Proposal {
	var out []Proposal
	for _, p := range s.found {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b Proposal) int {
		return cmp.Or(
			cmp.Compare(b2i(a.Candidate), b2i(b.Candidate)),
			cmp.Compare(b.Calls, a.Calls),
			cmp.Compare(a.Func+a.Type, b.Func+b.Type),
			cmp.Compare(a.Status, b.Status),
			cmp.Compare(a.Code, b.Code),
		)
	})
	return out
}
